// Shrinks trained dense weights into the shipped sparse table: the strongest weights only, each coded in one byte.
import type { SparseTable } from '../model-format';
import { DenseScorer } from './perceptron';
import { lloyd } from '../../training/lloyd';

/**
 * How the 256 code levels start before k-means: at quantiles of all weights (most levels near zero, where most weights
 * are), or evenly over each sign's range, 128 levels a side (the large, decisive weights get finer levels).
 */
export type CodebookStart = 'quantiles' | 'even-per-sign';

/** Keeps the `maxEntries` weights of largest magnitude (rows with none left are dropped) and codes them in 256 levels. */
export function sparsify(scorer: DenseScorer, maxEntries: number, start: CodebookStart = 'quantiles'): SparseTable {
  const w = scorer.weights, L = scorer.labels;
  const threshold = magnitudeThreshold(w, maxEntries);
  const buckets: number[] = [], rowStarts: number[] = [0], labels: number[] = [], values: number[] = [];
  for (let b = 0; b < w.length / L; b++) {
    const before = labels.length;
    for (let l = 0; l < L; l++) {
      const v = w[b * L + l];
      if (v !== 0 && Math.abs(v) >= threshold) { labels.push(l); values.push(v); }
    }
    if (labels.length > before) { buckets.push(b); rowStarts.push(labels.length); }
  }
  const codebook = start === 'quantiles' ? buildCodebook(values) : evenPerSignCodebook(values);
  return {
    bucketBits: scorer.bucketBits,
    buckets: Uint32Array.from(buckets),
    rowStarts: Uint32Array.from(rowStarts),
    labels: Uint8Array.from(labels),
    codes: Uint8Array.from(values, (v) => nearestCode(codebook, v)),
    codebook,
  };
}

/** The dense weights with what sparsify() would drop set to zero, unquantised: tells pruning loss from coding loss. */
export function prunedOnly(scorer: DenseScorer, maxEntries: number): DenseScorer {
  const threshold = magnitudeThreshold(scorer.weights, maxEntries);
  return new DenseScorer(scorer.bucketBits, scorer.labels, scorer.weights.map((v) => (Math.abs(v) >= threshold ? v : 0)));
}

/** The smallest magnitude among the `keep` largest non-zero weights (0 keeps all). */
function magnitudeThreshold(w: Float64Array, keep: number): number {
  const mags: number[] = [];
  for (let i = 0; i < w.length; i++) if (w[i] !== 0) mags.push(Math.abs(w[i]));
  if (mags.length <= keep) return 0;
  const sorted = Float64Array.from(mags).sort();
  return sorted[sorted.length - keep];
}

/** 256 sorted representatives placed by 1-D k-means (Lloyd), started from quantiles so dense regions get more. */
export function buildCodebook(values: readonly number[]): Float32Array {
  const k = 256;
  const sorted = Float64Array.from(values).sort();
  const book = new Float64Array(k);
  if (!sorted.length) return new Float32Array(k);
  const prefix = new Float64Array(sorted.length + 1);
  for (let i = 0; i < sorted.length; i++) prefix[i + 1] = prefix[i] + sorted[i];
  for (let c = 0; c < k; c++) book[c] = sorted[Math.min(sorted.length - 1, Math.floor(((c + 0.5) * sorted.length) / k))];
  const firstAtLeast = (x: number) => {
    let lo = 0, hi = sorted.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (sorted[m] < x) lo = m + 1; else hi = m; }
    return lo;
  };
  for (let iter = 0; iter < 30; iter++) {
    let start = 0;
    for (let c = 0; c < k; c++) {
      const end = c === k - 1 ? sorted.length : firstAtLeast((book[c] + book[c + 1]) / 2);
      if (end > start) book[c] = (prefix[end] - prefix[start]) / (end - start);
      start = Math.max(start, end);
    }
    book.sort();
  }
  return Float32Array.from(book);
}

/** 128 levels for the negative weights and 128 for the positive ones, each started evenly over its range. */
function evenPerSignCodebook(values: readonly number[]): Float32Array {
  const book = new Float64Array(256);
  const neg = Float64Array.from(values.filter((v) => v < 0)).sort();
  const pos = Float64Array.from(values.filter((v) => v >= 0)).sort();
  book.set(lloyd(neg, 128, 40), 0);
  book.set(lloyd(pos, 128, 40), 128);
  return Float32Array.from(book.sort());
}

/** Index of the representative closest to v (the book is sorted). */
export function nearestCode(book: Float32Array, v: number): number {
  let lo = 0, hi = book.length - 1;
  while (lo < hi) { const m = (lo + hi) >> 1; if (book[m] < v) lo = m + 1; else hi = m; }
  return lo > 0 && Math.abs(book[lo - 1] - v) <= Math.abs(book[lo] - v) ? lo - 1 : lo;
}
