// Scores an ordered mention pair with the trained directed relation weights (knowledge/relation-model.ts).
import type { Token } from '../document';
import { RELATION_MODEL_TEXT } from '../knowledge/relation-model';
import { relationFeatures, type PairSpan } from './relation-features';

/** Classes in model order: no relation, a positive toward b, b toward a, a negative toward b, b toward a. */
export const RELATION_CLASSES = ['none', 'a+b', 'b+a', 'a-b', 'b-a'] as const;
export type RelationClass = (typeof RELATION_CLASSES)[number];

// A null-prototype object rather than a Map: the engine interns its keys, so the reused feature strings
// (relation-features.ts) are compared by identity after their first lookup.
let weights: Record<string, Float32Array | undefined> | null = null;

// Parsed on first use: most pages never reach a sentence with two actors.
function loadWeights(): Record<string, Float32Array | undefined> {
  if (weights) return weights;
  weights = Object.create(null) as Record<string, Float32Array | undefined>;
  for (const line of RELATION_MODEL_TEXT.split('\n')) {
    const tab = line.indexOf('\t');
    weights[line.slice(0, tab)] = Float32Array.from(line.slice(tab + 1).split(' '), Number);
  }
  return weights;
}

/** The best class and how far its score is above "none" (0 when the best is "none"). */
export function classifyPair(tokens: readonly Token[], span: PairSpan): { label: RelationClass; margin: number } {
  const w = loadWeights();
  const scores = [0, 0, 0, 0, 0];
  for (const f of relationFeatures(tokens, span)) {
    const v = w[f];
    if (v) for (let c = 0; c < 5; c++) scores[c] += v[c];
  }
  let best = 0;
  for (let c = 1; c < 5; c++) if (scores[c] > scores[best]) best = c;
  return { label: RELATION_CLASSES[best], margin: scores[best] - scores[0] };
}
