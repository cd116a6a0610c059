// Label scores from hashed features at tagging time: an open-addressing table from feature bucket to its few weights.
import type { SparseTable } from './model-format';

/** Adds the scores of `count` feature hashes to out[label]; training (dense floats) and tagging (this) share it. */
export interface LabelScorer {
  addScores(feats: Uint32Array, count: number, out: Float64Array): void;
}

/**
 * Slots hold [bucket, row offset] pairs side by side; a row is its length, then (label, weight) pairs, all in one
 * buffer, so a lookup touches the slot and one stretch of memory. Load factor at most 1/2, so misses (most unknown
 * features) end after a probe or two.
 */
export class SparseScorer implements LabelScorer {
  private readonly mask: number;
  private readonly slotMask: number;
  private readonly slots: Int32Array;
  /** Row lengths and labels (as integers) and weights (as floats): two views of one buffer. */
  private readonly rowInts: Int32Array;
  private readonly rowFloats: Float32Array;

  constructor(t: SparseTable) {
    this.mask = 2 ** t.bucketBits - 1;
    let size = 2;
    while (size < t.buckets.length * 2) size *= 2;
    this.slotMask = size - 1;
    const rows = t.buckets.length;
    const buffer = new ArrayBuffer((rows + 2 * t.labels.length) * 4);
    this.rowInts = new Int32Array(buffer);
    this.rowFloats = new Float32Array(buffer);
    const slots = new Int32Array(size * 2).fill(-1);
    let at = 0;
    for (let r = 0; r < rows; r++) {
      let s = t.buckets[r] & this.slotMask;
      while (slots[s << 1] !== -1) s = (s + 1) & this.slotMask;
      slots[s << 1] = t.buckets[r];
      slots[(s << 1) + 1] = at;
      this.rowInts[at++] = t.rowStarts[r + 1] - t.rowStarts[r];
      for (let e = t.rowStarts[r]; e < t.rowStarts[r + 1]; e++) {
        this.rowInts[at++] = t.labels[e];
        this.rowFloats[at++] = t.codebook[t.codes[e]];
      }
    }
    this.slots = slots;
  }

  /** Adds the scores into out[at + label] (at = 0 for a plain score vector; the tagger's caches pass an offset). */
  addScores(feats: Uint32Array, count: number, out: Float64Array | Float32Array, at = 0): void {
    const slots = this.slots, slotMask = this.slotMask, mask = this.mask, ints = this.rowInts, floats = this.rowFloats;
    for (let k = 0; k < count; k++) {
      const bucket = feats[k] & mask;
      let s = bucket & slotMask;
      let key: number;
      while ((key = slots[s << 1]) !== bucket && key !== -1) s = (s + 1) & slotMask;
      if (key === -1) continue;
      const row = slots[(s << 1) + 1];
      for (let e = row + 1, end = row + 1 + 2 * ints[row]; e < end; e += 2) out[at + ints[e]] += floats[e + 1];
    }
  }
}

/** Index of the highest of the first n scores; the first one wins ties, so output is deterministic. */
export function argmax(scores: Float64Array, n: number): number {
  let best = 0;
  for (let l = 1; l < n; l++) if (scores[l] > scores[best]) best = l;
  return best;
}
