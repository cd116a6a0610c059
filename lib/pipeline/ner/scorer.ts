// Per-token tag scores from hashed features: the trained-weights lookup used when tagging (and, in float form, when training).
import type { DocFeatures } from './features';
import { TAG_COUNT } from './labels';
import type { WeightTable } from './model-format';

export interface EmissionScorer {
  /** Adds the scores of tokens [from, to) to out[(i - from) * TAG_COUNT + tag], summed over feature sets. */
  addEmissions(sets: readonly DocFeatures[], from: number, to: number, out: Float64Array): void;
  readonly transitions: Float64Array;
}

/** Bytes per slot of the lookup table: a 4-byte bucket key, then the row's TAG_COUNT weight codes, padded. */
const SLOT_BYTES = 16;
const CODES_AT = 4;

/**
 * Looks feature buckets up in an open-addressing table over the rows the model kept; unknown features score 0.
 * Each slot holds its key and its row's one-byte weight codes side by side, so a lookup touches one cache line.
 */
export class QuantisedScorer implements EmissionScorer {
  readonly transitions: Float64Array;
  private readonly mask: number;
  private readonly slotMask: number;
  private readonly keys: Int32Array;
  private readonly codes: Uint8Array;
  private readonly codebook: Float64Array;

  constructor(m: WeightTable) {
    if (TAG_COUNT > SLOT_BYTES - CODES_AT) throw new Error('tag set too large for the slot layout');
    this.mask = 2 ** m.bucketBits - 1;
    this.transitions = Float64Array.from(m.transitions);
    this.codebook = Float64Array.from(m.codebook);
    // Load factor up to 2/3: linear probing stays short and mostly within one cache line, and the table stays small.
    let slots = 1;
    while (slots < m.buckets.length * 1.5) slots *= 2;
    this.slotMask = slots - 1;
    const buffer = new ArrayBuffer(slots * SLOT_BYTES);
    this.keys = new Int32Array(buffer);
    this.codes = new Uint8Array(buffer);
    const stride = SLOT_BYTES / 4;
    const keys = this.keys, codes = this.codes, slotMask = this.slotMask;
    for (let s = 0; s < slots; s++) keys[s * stride] = -1;
    for (let r = 0; r < m.buckets.length; r++) {
      let s = m.buckets[r] & slotMask;
      while (keys[s * stride] !== -1) s = (s + 1) & slotMask;
      keys[s * stride] = m.buckets[r];
      for (let t = 0, at = s * SLOT_BYTES + CODES_AT, from = r * TAG_COUNT; t < TAG_COUNT; t++) codes[at + t] = m.codes[from + t];
    }
  }

  addEmissions(sets: readonly DocFeatures[], from: number, to: number, out: Float64Array): void {
    for (let k = 0; k < sets.length; k++) this.add(sets[k].feats, sets[k].offsets, from, to, out);
  }

  private add(feats: Uint32Array, offsets: Uint32Array, from: number, to: number, out: Float64Array): void {
    const keys = this.keys, codes = this.codes, book = this.codebook, slotMask = this.slotMask, mask = this.mask;
    // A local copy: under Node's CommonJS interop an imported binding is a getter call on every access.
    const tagCount = TAG_COUNT;
    for (let i = from; i < to; i++) {
      const o = (i - from) * tagCount;
      for (let k = offsets[i], end = offsets[i + 1]; k < end; k++) {
        const bucket = feats[k] & mask;
        let s = bucket & slotMask;
        let key: number;
        while ((key = keys[s << 2]) !== bucket && key !== -1) s = (s + 1) & slotMask;
        if (key === -1) continue;
        const c = (s << 4) + CODES_AT;
        for (let t = 0; t < tagCount; t++) out[o + t] += book[codes[c + t]];
      }
    }
  }
}
