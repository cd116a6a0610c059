// Averaged multiclass perceptron over hashed features, for greedy taggers (training only; the extension never imports it).
import type { LabelScorer } from '../weights';
import { averagedWeights } from '../../training/averaged-weights';

/** Dense float weights, bucket-major: weight of bucket b for label l is at b * labels + l. */
export class DenseScorer implements LabelScorer {
  constructor(readonly bucketBits: number, readonly labels: number, readonly weights: Float64Array) {}

  addScores(feats: Uint32Array, count: number, out: Float64Array): void {
    const mask = 2 ** this.bucketBits - 1, L = this.labels, w = this.weights;
    for (let k = 0; k < count; k++) {
      const r = (feats[k] & mask) * L;
      for (let l = 0; l < L; l++) out[l] += w[r + l];
    }
  }
}

export class AveragedPerceptron {
  readonly current: DenseScorer;
  /** Sums of step * update, so averaging needs no pass over every weight at every step. */
  private readonly stepWeighted: Float64Array;
  private step = 1;

  constructor(bucketBits: number, readonly labels: number) {
    const size = 2 ** bucketBits * labels;
    this.current = new DenseScorer(bucketBits, labels, new Float64Array(size));
    this.stepWeighted = new Float64Array(size);
  }

  /** Moves the token's features towards the gold label and away from the predicted one. */
  update(feats: Uint32Array, count: number, gold: number, predicted: number): void {
    if (gold === predicted) return;
    const mask = 2 ** this.current.bucketBits - 1, L = this.labels;
    const w = this.current.weights, u = this.stepWeighted, c = this.step;
    for (let k = 0; k < count; k++) {
      const r = (feats[k] & mask) * L;
      w[r + gold] += 1; u[r + gold] += c;
      w[r + predicted] -= 1; u[r + predicted] -= c;
    }
  }

  /** Call once per token, updated or not (the average counts examples). */
  tick(): void {
    this.step++;
  }

  averaged(): DenseScorer {
    return new DenseScorer(this.current.bucketBits, this.labels, averagedWeights(this.current.weights, this.stepWeighted, this.step));
  }
}
