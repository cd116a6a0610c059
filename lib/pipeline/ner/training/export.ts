// Shrinks trained float weights into the shipped model: keep the strongest feature rows, code weights in one byte each.
import { TAG_COUNT } from '../labels';
import type { WeightTable } from '../model-format';
import type { DenseScorer } from './perceptron';
import { lloyd } from '../../training/lloyd';

const L = TAG_COUNT;
/** Code 128 is exactly zero; 0..127 are negative quantile bins and 129..255 positive ones. */
const ZERO_CODE = 128;

/** Rows ranked by their largest absolute weight; the top `maxRows` are kept. */
export function compressWeights(scorer: DenseScorer, maxRows: number): WeightTable {
  const w = scorer.weights;
  const buckets = w.length / L;
  const strength: { bucket: number; max: number }[] = [];
  for (let b = 0; b < buckets; b++) {
    let max = 0;
    for (let t = 0; t < L; t++) max = Math.max(max, Math.abs(w[b * L + t]));
    if (max > 0) strength.push({ bucket: b, max });
  }
  strength.sort((x, y) => y.max - x.max);
  const kept = strength.slice(0, maxRows).map((s) => s.bucket).sort((x, y) => x - y);
  const values: number[] = [];
  for (const b of kept) for (let t = 0; t < L; t++) values.push(w[b * L + t]);
  const codebook = buildCodebook(values);
  const codes = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) codes[i] = nearestCode(codebook, values[i]);
  return {
    bucketBits: scorer.bucketBits,
    buckets: Uint32Array.from(kept),
    codes,
    codebook,
    transitions: Float32Array.from(scorer.transitions),
  };
}

/** 127 representatives per sign, placed by 1-D k-means (Lloyd), plus an exact zero; big rare weights keep their size. */
function buildCodebook(values: number[]): Float32Array {
  const book = new Float32Array(256);
  const neg = Float64Array.from(values.filter((v) => v < 0)).sort();
  const pos = Float64Array.from(values.filter((v) => v > 0)).sort();
  book.set(lloyd(neg, 127, 60), 0);
  book.set(lloyd(pos, 127, 60), ZERO_CODE + 1);
  return book;
}

function nearestCode(book: Float32Array, v: number): number {
  if (v === 0) return ZERO_CODE;
  // Bins are sorted within each sign, so a binary search finds the closest representative.
  let lo = v < 0 ? 0 : ZERO_CODE + 1, hi = v < 0 ? ZERO_CODE - 1 : 255;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (book[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  const below = lo > 0 ? lo - 1 : lo;
  return Math.abs(book[below] - v) < Math.abs(book[lo] - v) && below !== ZERO_CODE ? below : lo;
}
