// Averaged structured perceptron over hashed features (training only; the extension never imports this).
import type { DocFeatures } from '../features';
import { averagedWeights } from '../../training/averaged-weights';
import { TAG_COUNT } from '../labels';
import type { EmissionScorer } from '../scorer';

const L = TAG_COUNT;
const TRANSITIONS = (L + 1) * L;

/** Dense float weights, bucket-major: weight of feature bucket b for tag t is at b * TAG_COUNT + t. */
export class DenseScorer implements EmissionScorer {
  constructor(
    readonly bucketBits: number,
    readonly weights: Float64Array,
    readonly transitions: Float64Array,
  ) {}

  addEmissions(sets: readonly DocFeatures[], from: number, to: number, out: Float64Array): void {
    for (const f of sets) this.add(f, from, to, out);
  }

  private add(f: DocFeatures, from: number, to: number, out: Float64Array): void {
    const mask = 2 ** this.bucketBits - 1;
    const w = this.weights;
    for (let i = from; i < to; i++) {
      const o = (i - from) * L;
      for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) {
        const r = (f.feats[k] & mask) * L;
        for (let t = 0; t < L; t++) out[o + t] += w[r + t];
      }
    }
  }
}

export class Perceptron {
  readonly current: DenseScorer;
  /** Sums of step * update, for averaging without touching every weight at every step. */
  private readonly stepWeighted: Float64Array;
  private readonly stepWeightedTransitions: Float64Array;
  private step = 1;

  constructor(readonly bucketBits: number) {
    const size = 2 ** bucketBits * L;
    this.current = new DenseScorer(bucketBits, new Float64Array(size), new Float64Array(TRANSITIONS));
    this.stepWeighted = new Float64Array(size);
    this.stepWeightedTransitions = new Float64Array(TRANSITIONS);
  }

  /** One training example: the tokens [from, to) of one sentence, its gold and predicted tags. */
  update(sets: readonly DocFeatures[], from: number, gold: ArrayLike<number>, predicted: ArrayLike<number>): void {
    const mask = 2 ** this.bucketBits - 1;
    const w = this.current.weights, u = this.stepWeighted, c = this.step;
    const n = gold.length;
    for (let i = 0; i < n; i++) {
      const g = gold[i], p = predicted[i];
      if (g !== p) {
        for (const f of sets) {
          for (let k = f.offsets[from + i]; k < f.offsets[from + i + 1]; k++) {
            const r = (f.feats[k] & mask) * L;
            w[r + g] += 1; u[r + g] += c;
            w[r + p] -= 1; u[r + p] -= c;
          }
        }
      }
      const gp = i === 0 ? L : gold[i - 1], pp = i === 0 ? L : predicted[i - 1];
      if (g !== p || gp !== pp) {
        this.bumpTransition(gp * L + g, 1);
        this.bumpTransition(pp * L + p, -1);
      }
    }
  }

  private bumpTransition(k: number, delta: number): void {
    this.current.transitions[k] += delta;
    this.stepWeightedTransitions[k] += this.step * delta;
  }

  /** Call after each training sentence, whether or not it was updated (the averaging counts examples). */
  tick(): void {
    this.step++;
  }

  /** The averaged weights: what to evaluate and ship (averaging smooths the perceptron's last-example swings). */
  averaged(): DenseScorer {
    const c = this.step;
    const t = this.current.transitions.map((v, i) => v - this.stepWeightedTransitions[i] / c);
    return new DenseScorer(this.bucketBits, averagedWeights(this.current.weights, this.stepWeighted, c), t);
  }
}
