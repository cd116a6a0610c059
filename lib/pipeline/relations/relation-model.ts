// Scores an ordered mention pair with the trained directed relation weights (knowledge/relation-model.ts).
import type { Token } from '../document';
import { RELATION_MODEL_FEATURES, RELATION_MODEL_WEIGHTS } from '../knowledge/relation-model';
import { base64ToBytes, bytesToBase64 } from '../claims/base64';
import { relationFeatures, type PairSpan } from './relation-features';

/** Classes in model order: no relation, a positive toward b, b toward a, a negative toward b, b toward a. */
export const RELATION_CLASSES = ['none', 'a+b', 'b+a', 'a-b', 'b-a'] as const;
export type RelationClass = (typeof RELATION_CLASSES)[number];

// A null-prototype object rather than a Map: the engine interns its keys, so the reused feature strings
// (relation-features.ts) are compared by identity after their first lookup. Each key gives its row of five weights,
// in tenths, in one int16 array: parsing 137,000 decimal numbers took a tenth of a second on a cold worker.
let rows: Record<string, number | undefined> | null = null;
let table: Int16Array = new Int16Array(0);

// Decoded on first use: a page without a sentence naming two actors never pays for it.
function loadWeights(): Record<string, number | undefined> {
  if (rows) return rows;
  ({ rows, table } = decodeRelationWeights(RELATION_MODEL_FEATURES, RELATION_MODEL_WEIGHTS));
  return rows;
}

/** Replaces the shipped weights (null restores them): for the held-out directed-sentiment check in eval:claims. */
export function useRelationModel(model: { features: string; weights: string } | null): void {
  rows = null;
  if (model) ({ rows, table } = decodeRelationWeights(model.features, model.weights));
}

/** Each feature's row, and the rows' weights in tenths (the inverse of encodeRelationWeights). */
export function decodeRelationWeights(features: string, weights: string): { rows: Record<string, number | undefined>; table: Int16Array } {
  const index = Object.create(null) as Record<string, number | undefined>;
  const names = features.split('\n');
  for (let r = 0; r < names.length; r++) index[names[r]] = r;
  const decoded = new Int16Array(base64ToBytes(weights).buffer);
  if (decoded.length !== names.length * 5) throw new Error(`relation model: ${names.length} features but ${decoded.length} weights`);
  return { rows: index, table: decoded };
}

/** The file format, for scripts/derive-relations.ts: feature names one per line, and five weights each as int16 tenths. */
export function encodeRelationWeights(weights: readonly (readonly [string, ArrayLike<number>])[]): { features: string; weights: string } {
  const tenths = new Int16Array(weights.length * 5);
  weights.forEach(([, v], r) => {
    for (let c = 0; c < 5; c++) tenths[r * 5 + c] = Math.round(v[c] * 10);
  });
  return { features: weights.map(([name]) => name).join('\n'), weights: bytesToBase64(new Uint8Array(tenths.buffer)) };
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
  // Sums of tenths are exact integers; the margin is given in weight units, as the thresholds on it expect.
  return { label: RELATION_CLASSES[best], margin: (scores[best] - scores[0]) / 10 };
}
