// The BIO tag set the tagger predicts, and which tag may follow which (an I-X only continues a B-X or I-X).
import type { EntityLabel } from '../document';

export const ENTITY_TYPES: readonly EntityLabel[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** Tag ids: 0 = O, then B-type and I-type for each entity type in ENTITY_TYPES order. */
export const TAGS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const TAG_COUNT = TAGS.length;

export const isBegin = (tag: number) => tag > 0 && tag % 2 === 1;
export const isInside = (tag: number) => tag > 0 && tag % 2 === 0;
export const typeOf = (tag: number): EntityLabel => ENTITY_TYPES[(tag - 1) >> 1];

export function tagId(name: string): number {
  const id = TAGS.indexOf(name);
  if (id < 0) throw new Error(`unknown tag ${name}`);
  return id;
}

/** allowedTransition[prev * TAG_COUNT + next]; prev = TAG_COUNT stands for the sentence start. */
export const allowedTransition: Uint8Array = (() => {
  const a = new Uint8Array((TAG_COUNT + 1) * TAG_COUNT);
  for (let prev = 0; prev <= TAG_COUNT; prev++) {
    for (let next = 0; next < TAG_COUNT; next++) {
      const continues = prev < TAG_COUNT && prev > 0 && typeOf(prev) === typeOf(next);
      a[prev * TAG_COUNT + next] = isInside(next) && !continues ? 0 : 1;
    }
  }
  return a;
})();

/** Entity spans [start, end) with their type, from a tag sequence (a stray I-X opens a span, as conlleval does). */
export function spansOf(tags: ArrayLike<number>): { start: number; end: number; type: EntityLabel }[] {
  const out: { start: number; end: number; type: EntityLabel }[] = [];
  let i = 0;
  while (i < tags.length) {
    if (tags[i] === 0) { i++; continue; }
    const type = typeOf(tags[i]);
    let j = i + 1;
    while (j < tags.length && isInside(tags[j]) && typeOf(tags[j]) === type) j++;
    out.push({ start: i, end: j, type });
    i = j;
  }
  return out;
}
