// Per-token tag scores from hashed features: the trained-weights lookup used when tagging (and, in float form, when training).
import type { DocFeatures } from './features';
import { TAG_COUNT } from './labels';
import type { NerModelData } from './model-format';

export interface EmissionScorer {
  /** Writes the scores of tokens [from, to) into out[(i - from) * TAG_COUNT + tag]. */
  emissions(f: DocFeatures, from: number, to: number, out: Float64Array): void;
  readonly transitions: Float64Array;
}

/** Looks feature buckets up in an open-addressing table over the rows the model kept; unknown features score 0. */
export class QuantisedScorer implements EmissionScorer {
  readonly transitions: Float64Array;
  private readonly mask: number;
  private readonly slotMask: number;
  private readonly slotKeys: Int32Array;
  private readonly slotRows: Int32Array;
  /** Row weights decoded from the codebook once, so scoring is a plain float add. */
  private readonly weights: Float32Array;

  constructor(m: NerModelData) {
    this.mask = 2 ** m.bucketBits - 1;
    this.transitions = Float64Array.from(m.transitions);
    let slots = 1;
    while (slots < m.buckets.length * 2) slots *= 2;
    this.slotMask = slots - 1;
    this.slotKeys = new Int32Array(slots).fill(-1);
    this.slotRows = new Int32Array(slots);
    for (let r = 0; r < m.buckets.length; r++) {
      let s = m.buckets[r] & this.slotMask;
      while (this.slotKeys[s] !== -1) s = (s + 1) & this.slotMask;
      this.slotKeys[s] = m.buckets[r];
      this.slotRows[s] = r * TAG_COUNT;
    }
    this.weights = new Float32Array(m.codes.length);
    for (let i = 0; i < m.codes.length; i++) this.weights[i] = m.codebook[m.codes[i]];
  }

  emissions(f: DocFeatures, from: number, to: number, out: Float64Array): void {
    const { feats, offsets } = f;
    const w = this.weights, keys = this.slotKeys, rows = this.slotRows, slotMask = this.slotMask;
    out.fill(0, 0, (to - from) * TAG_COUNT);
    for (let i = from; i < to; i++) {
      const o = (i - from) * TAG_COUNT;
      for (let k = offsets[i]; k < offsets[i + 1]; k++) {
        const bucket = feats[k] & this.mask;
        let s = bucket & slotMask;
        let key: number;
        while ((key = keys[s]) !== bucket && key !== -1) s = (s + 1) & slotMask;
        if (key === -1) continue;
        const r = rows[s];
        for (let t = 0; t < TAG_COUNT; t++) out[o + t] += w[r + t];
      }
    }
  }
}
