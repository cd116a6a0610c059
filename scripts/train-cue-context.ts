// Trains the cue context model (lib/pipeline/claims/cue-context.ts) by stochastic gradient descent on log loss.
//
// Each example is a cue candidate's window rows, the perceptron's score for it from a model that did not see its
// article (so the network learns how far an unseen article's score can be trusted), and whether it heads a gold cue.
import { contextInputs, flagInput, type ContextModel } from '../lib/pipeline/claims/cue-context';
import type { WordVectors } from '../lib/pipeline/claims/word-vectors';

export interface ContextExample { rows: Int32Array; score: number; y: number }

const HIDDEN = 64;
const EPOCHS = 6;
const RATE = 0.01;

/** A small linear congruential generator: the same model from the same data on every run. */
function randomSource(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

/** The input vector of one example, written into `x` (the vectors as the runtime reads them: int8 times scale). */
function fill(x: Float32Array, ex: ContextExample, v: WordVectors): void {
  x.fill(0);
  ex.rows.forEach((r, j) => {
    if (r < 0) x[flagInput(j, r, v.dims)] = 1;
    else for (let d = 0; d < v.dims; d++) x[j * v.dims + d] = v.values[r * v.dims + d] * v.scales[d];
  });
  x[x.length - 1] = ex.score / 10;
}

export function trainContextModel(data: readonly ContextExample[], v: WordVectors): ContextModel {
  const inputs = contextInputs(v.dims);
  const rnd = randomSource(42);
  const m: ContextModel = {
    hidden: HIDDEN,
    inputs,
    w1: new Float32Array(HIDDEN * inputs).map(() => (rnd() - 0.5) * 0.1),
    b1: new Float32Array(HIDDEN),
    w2: new Float32Array(HIDDEN).map(() => (rnd() - 0.5) * 0.1),
    direct: 1,
    bias: 0,
  };
  const x = new Float32Array(inputs);
  const h = new Float32Array(HIDDEN);
  const order = data.map((_, k) => k);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rnd() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    const rate = RATE / (1 + epoch);
    for (const k of order) {
      fill(x, data[k], v);
      const xs = x[inputs - 1];
      let z = m.direct * xs + m.bias;
      for (let u = 0; u < HIDDEN; u++) {
        let s = m.b1[u];
        const o = u * inputs;
        for (let d = 0; d < inputs; d++) s += m.w1[o + d] * x[d];
        h[u] = Math.tanh(s);
        z += m.w2[u] * h[u];
      }
      const g = 1 / (1 + Math.exp(-z)) - (data[k].y > 0 ? 1 : 0);
      m.direct -= rate * g * xs;
      m.bias -= rate * g;
      for (let u = 0; u < HIDDEN; u++) {
        const gh = g * m.w2[u] * (1 - h[u] * h[u]);
        m.w2[u] -= rate * g * h[u];
        m.b1[u] -= rate * gh;
        const o = u * inputs;
        for (let d = 0; d < inputs; d++) if (x[d] !== 0) m.w1[o + d] -= rate * gh * x[d];
      }
    }
  }
  return m;
}
