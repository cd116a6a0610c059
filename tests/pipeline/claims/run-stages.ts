// Test helper: runs tokens + claims + attribution + stance on a text, with optional hand-made actors and mentions.
import type { Actor } from '../../../lib/model';
import { newDoc, type Mention, type PipelineDoc } from '../../../lib/pipeline/document';
import { tokensStage } from '../../../lib/pipeline/01-tokens';
import { claimsStage } from '../../../lib/pipeline/03-claims';
import { attributionStage } from '../../../lib/pipeline/04-attribution';
import { stanceStage } from '../../../lib/pipeline/05-stance';
import type { PipelineResources } from '../../../lib/pipeline/resources';
import { loadNodeResources } from '../../../lib/pipeline/node-resources';

// The syntax model and the word vectors (as the cue models were trained with); actors come from the test.
const SYNTAX_ONLY = { syntax: loadNodeResources().syntax, wordVectors: loadNodeResources().wordVectors } as PipelineResources;

/** The tagger's label for each actor type, as the actors stage would have tagged the name. */
const LABEL_OF: Record<Actor['type'], Mention['label']> = { person: 'PER', organization: 'ORG', country: 'LOC', place: 'LOC', other: 'MISC' };

/** Each actor is given by type and the exact strings that mention it; every occurrence becomes a linked mention. */
export function runClaimStages(text: string, actors: { id: string; type: Actor['type']; names: string[] }[] = []): PipelineDoc {
  const doc = newDoc('test', text);
  tokensStage(doc);
  for (const a of actors) {
    const actor: Actor = { id: a.id, name: a.names[0], type: a.type, aliases: a.names, mentions: [] };
    doc.actors.set(a.id, actor);
    for (const name of a.names) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const m: Mention = { start: at, end: at + name.length, text: name, tokenStart: 0, tokenEnd: 0, label: LABEL_OF[a.type], actorId: a.id, source: 'tagger' };
        doc.mentions.push(m);
        actor.mentions.push({ start: m.start, end: m.end, text: name });
      }
    }
  }
  claimsStage(doc, SYNTAX_ONLY);
  attributionStage(doc, SYNTAX_ONLY);
  stanceStage(doc, SYNTAX_ONLY);
  return doc;
}
