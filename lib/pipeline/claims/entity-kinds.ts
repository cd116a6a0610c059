// Per token, the kind of name it lies in (person, organisation, place, other), read by the cue classifier and the claim finder.
import type { PipelineDoc, EntityLabel } from '../document';

/** Codes in the array entityKinds() returns; 0 is "not in a name". */
export const ENTITY_KIND_NAMES = ['', 'PER', 'ORG', 'LOC', 'MISC'] as const;
const CODE: Record<EntityLabel, number> = { PER: 1, ORG: 2, LOC: 3, MISC: 4 };

/** One code per token: the label of the tagged or linked name covering it, or 0. */
export function entityKinds(doc: PipelineDoc): Uint8Array {
  const kinds = new Uint8Array(doc.tokens.length);
  let k = 0;
  for (const m of doc.mentions) {
    while (k < doc.tokens.length && doc.tokens[k].end <= m.start) k++;
    for (let j = k; j < doc.tokens.length && doc.tokens[j].start < m.end; j++) kinds[j] = CODE[m.label];
  }
  return kinds;
}
