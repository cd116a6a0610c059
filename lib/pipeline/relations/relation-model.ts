// Scores an ordered mention pair with the trained directed relation weights (knowledge/relation-model.ts).
import type { Token } from '../document';
import { RELATION_MODEL_TEXT } from '../knowledge/relation-model';
import { relationFeatures, type PairSpan } from './relation-features';

/** Classes in model order: no relation, a positive toward b, b toward a, a negative toward b, b toward a. */
export const RELATION_CLASSES = ['none', 'a+b', 'b+a', 'a-b', 'b-a'] as const;
export type RelationClass = (typeof RELATION_CLASSES)[number];

// A null-prototype object rather than a Map: the engine interns its keys, so the reused feature strings
// (relation-features.ts) are compared by identity after their first lookup. Each key gives its row in one flat array
// of five weights per feature: 27,000 small typed arrays took a tenth of a second to build on a cold worker.
let rows: Record<string, number | undefined> | null = null;
let table = new Float32Array(0);

// Parsed on first use: a page without a sentence naming two actors never pays for it.
function loadWeights(): Record<string, number | undefined> {
  if (rows) return rows;
  const text = RELATION_MODEL_TEXT;
  const index = Object.create(null) as Record<string, number | undefined>;
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  table = new Float32Array(lines * 5);
  let row = 0;
  for (let at = 0; at < text.length; row++) {
    const tab = text.indexOf('\t', at);
    let end = text.indexOf('\n', tab);
    if (end < 0) end = text.length;
    index[text.slice(at, tab)] = row;
    let from = tab + 1;
    for (let c = 0; c < 5; c++) {
      const space = c < 4 ? text.indexOf(' ', from) : end;
      table[row * 5 + c] = +text.slice(from, space);
      from = space + 1;
    }
    at = end + 1;
  }
  rows = index;
  return rows;
}

/** The best class and how far its score is above "none" (0 when the best is "none"). */
export function classifyPair(tokens: readonly Token[], span: PairSpan): { label: RelationClass; margin: number } {
  const index = loadWeights();
  const scores = [0, 0, 0, 0, 0];
  for (const f of relationFeatures(tokens, span)) {
    const row = index[f];
    if (row !== undefined) for (let c = 0; c < 5; c++) scores[c] += table[row * 5 + c];
  }
  let best = 0;
  for (let c = 1; c < 5; c++) if (scores[c] > scores[best]) best = c;
  return { label: RELATION_CLASSES[best], margin: scores[best] - scores[0] };
}
