// Label scores from hashed features at tagging time: an open-addressing table from feature bucket to its few weights.
import type { SparseTable } from './model-format';

/** Adds the scores of `count` feature hashes to out[label]; training (dense floats) and tagging (this) share it. */
export interface LabelScorer {
  addScores(feats: Uint32Array, count: number, out: Float64Array): void;
}

/**
 * Slots hold [bucket, row] pairs side by side (one cache line for most probes); a row's entries are a label byte and
 * a decoded float weight. Load factor at most 1/2, so misses (most unknown features) end after a probe or two.
 */
export class SparseScorer implements LabelScorer {
  private readonly mask: number;
  private readonly slotMask: number;
  private readonly slots: Int32Array;
  private readonly rowStarts: Uint32Array;
  private readonly labels: Uint8Array;
  private readonly weights: Float64Array;

  constructor(t: SparseTable) {
    this.mask = 2 ** t.bucketBits - 1;
    let size = 2;
    while (size < t.buckets.length * 2) size *= 2;
    this.slotMask = size - 1;
    const slots = new Int32Array(size * 2).fill(-1);
    for (let r = 0; r < t.buckets.length; r++) {
      let s = t.buckets[r] & this.slotMask;
      while (slots[s << 1] !== -1) s = (s + 1) & this.slotMask;
      slots[s << 1] = t.buckets[r];
      slots[(s << 1) + 1] = r;
    }
    this.slots = slots;
    this.rowStarts = t.rowStarts;
    this.labels = t.labels;
    this.weights = Float64Array.from(t.codes, (c) => t.codebook[c]);
  }

  /** Adds the scores into out[at + label] (at = 0 for a plain score vector; the tagger's caches pass an offset). */
  addScores(feats: Uint32Array, count: number, out: Float64Array, at = 0): void {
    const slots = this.slots, slotMask = this.slotMask, mask = this.mask;
    const rowStarts = this.rowStarts, labels = this.labels, weights = this.weights;
    for (let k = 0; k < count; k++) {
      const bucket = feats[k] & mask;
      let s = bucket & slotMask;
      let key: number;
      while ((key = slots[s << 1]) !== bucket && key !== -1) s = (s + 1) & slotMask;
      if (key === -1) continue;
      const r = slots[(s << 1) + 1];
      for (let e = rowStarts[r], end = rowStarts[r + 1]; e < end; e++) out[at + labels[e]] += weights[e];
    }
  }
}

/** Index of the highest of the first n scores; the first one wins ties, so output is deterministic. */
export function argmax(scores: Float64Array, n: number): number {
  let best = 0;
  for (let l = 1; l < n; l++) if (scores[l] > scores[best]) best = l;
  return best;
}
