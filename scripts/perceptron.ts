// Averaged perceptrons over string features for the claim models' trainers: a yes/no classifier and a ranker.
import { writeFileSync } from 'node:fs';
import { encodeWeights } from '../lib/pipeline/claims/hashed-weights';

export type Weights = Map<string, number>;
/** A yes/no example: its features and y = 1 or -1. */
export interface BinaryExample { f: string[]; y: number }
/** A choice among candidates: each candidate's features and the index of the right one. */
export interface RankExample { cands: string[][]; gold: number }

/**
 * A fixed stride through the data that changes each epoch: shuffled enough, and the same on every run. Each order
 * of an ensemble has its own prime stride; a stride that shares a factor with n is passed over (no permutation).
 */
const STRIDES = [7919, 7907, 7901, 7883, 7879, 7873, 7877, 7867];
const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
function strideFor(order: number, n: number): number {
  const usable = STRIDES.filter((p) => gcd(p, n) === 1);
  return usable[order % usable.length];
}
const visit = (k: number, epoch: number, n: number, stride: number): number => (k * stride + epoch * 104729) % n;

/**
 * Orders of the data each model is trained in; their averaged weights are averaged again. One order alone made the
 * models move by a point or two whenever the data changed slightly (a changed count reshuffles every epoch).
 */
const ORDERS = 5;

/** The mean of several weight maps, pruned and rounded as `Averager.average` does. */
function meanOf(runs: Weights[], prune: number): Weights {
  const sum: Weights = new Map();
  for (const w of runs) for (const [x, v] of w) sum.set(x, (sum.get(x) ?? 0) + v);
  const out: Weights = new Map();
  for (const [x, v] of sum) {
    const a = v / runs.length;
    if (Math.abs(a) >= prune) out.set(x, Math.round(a * 100) / 100);
  }
  return out;
}

/** Accumulates updates; `average` returns the averaged weights, without those smaller than `prune` in size. */
class Averager {
  private readonly w: Weights = new Map();
  private readonly acc: Weights = new Map();
  step = 1;

  score(f: readonly string[]): number {
    let s = 0;
    for (const x of f) s += this.w.get(x) ?? 0;
    return s;
  }

  add(f: readonly string[], by: number): void {
    for (const x of f) {
      this.w.set(x, (this.w.get(x) ?? 0) + by);
      this.acc.set(x, (this.acc.get(x) ?? 0) + this.step * by);
    }
  }

  /** The averaged weights, unrounded. */
  average(): Weights {
    const out: Weights = new Map();
    for (const [x, v] of this.w) out.set(x, v - (this.acc.get(x) ?? 0) / this.step);
    return out;
  }
}

/**
 * Trains one averaged perceptron per order over `data`, each example seen through `learn` (which scores with and
 * updates the perceptron it is given), and returns the mean of their weights.
 */
function trainEnsemble<T>(data: readonly T[], epochs: number, prune: number, learn: (p: Averager, ex: T) => void): Weights {
  const runs: Weights[] = [];
  for (let order = 0; order < ORDERS; order++) {
    const p = new Averager();
    const stride = strideFor(order, data.length);
    for (let e = 0; e < epochs; e++) {
      for (let k = 0; k < data.length; k++) {
        learn(p, data[visit(k, e, data.length, stride)]);
        p.step++;
      }
    }
    runs.push(p.average());
  }
  return meanOf(runs, prune);
}

/** Trains a yes/no classifier; features seen fewer than `minCount` times are left out (memorised noise). */
export function trainBinary(examples: BinaryExample[], epochs: number, prune: number, minCount = 1): Weights {
  const seen = new Map<string, number>();
  for (const ex of examples) for (const x of ex.f) seen.set(x, (seen.get(x) ?? 0) + 1);
  const data = minCount > 1 ? examples.map((ex) => ({ y: ex.y, f: ex.f.filter((x) => (seen.get(x) ?? 0) >= minCount) })) : examples;
  return trainEnsemble(data, epochs, prune, (p, ex) => {
    if (p.score(ex.f) * ex.y <= 0) p.add(ex.f, ex.y);
  });
}

/** Trains a ranker: on a wrong choice, the right candidate's features gain and the chosen one's lose. */
export function trainRanking(data: RankExample[], epochs: number, prune = 0.05): Weights {
  return trainEnsemble(data, epochs, prune, (p, ex) => {
    const best = bestOf((f) => p.score(f), ex.cands);
    if (best !== ex.gold) {
      p.add(ex.cands[ex.gold], 1);
      p.add(ex.cands[best], -1);
    }
  });
}

export const scoreWith = (w: Weights) => (f: readonly string[]): number => f.reduce((s, x) => s + (w.get(x) ?? 0), 0);

/** Index of the best-scoring candidate (the first on ties). */
export function bestOf(score: (f: readonly string[]) => number, cands: readonly string[][]): number {
  let best = 0;
  let bestS = -Infinity;
  cands.forEach((f, i) => {
    const s = score(f);
    if (s > bestS) {
      bestS = s;
      best = i;
    }
  });
  return best;
}

/**
 * Writes weights as a TypeScript module exporting `name`, a base64 table keyed by the hash of each feature name
 * (lib/pipeline/claims/hashed-weights.ts): a third of the size of the names, and scored without building them.
 */
export function writeHashedWeights(file: string, header: string, name: string, weights: Weights, extra = ''): void {
  writeFileSync(file, `// ${header}\n${extra}export const ${name} =\n  '${encodeWeights(weights)}';\n`);
}
