// The cue context model: a one-hidden-layer network that rereads the cue classifier's score with the word vectors of
// the seven words around the candidate, so that a rare verb is judged by words like it ("recapitulated", "foretell").
//
// Why a second model: the hashed-feature perceptron knows each word it saw in PolNeAR train and nothing about the
// rest; its five-fold F1 stops near 77 whatever features it gets (docs/decisions/007). Pre-trained vectors carry what
// GloVe learnt from six billion words. Stacked on the perceptron's score, five-fold cue F1 rose by about one point.
import type { Token } from '../document';
import type { WordVectors } from './word-vectors';
import { base64ToBytes, bytesToBase64 } from './base64';

/** Offsets of the words the model reads, around the candidate. */
export const CONTEXT_WINDOW: readonly number[] = [-3, -2, -1, 0, 1, 2, 3];
/** Row markers for a word without a vector and for a position outside the candidate's sentence. */
export const UNKNOWN_ROW = -1;
export const OUTSIDE_ROW = -2;

/** The network: inputs are the window's vectors, two flags per position (unknown, outside), and the score / 10. */
export interface ContextModel {
  hidden: number;
  inputs: number;
  /** Row-major, `inputs` weights per hidden unit. */
  w1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
  /** Weight of the perceptron's score straight to the output, and the output's bias. */
  direct: number;
  bias: number;
}

export const contextInputs = (dims: number): number => CONTEXT_WINDOW.length * (dims + 2) + 1;

/** The input set to 1 for window place j when its row is a marker (unknown word, outside the sentence). */
export const flagInput = (j: number, row: number, dims: number): number => CONTEXT_WINDOW.length * dims + 2 * j + (row === UNKNOWN_ROW ? 0 : 1);

/** The vector rows of the words around token i, as the model reads them (into `rows` when given). */
export function windowRows(tokens: readonly Token[], i: number, rowOf: (text: string) => number, rows = new Int32Array(CONTEXT_WINDOW.length)): Int32Array {
  const s = tokens[i].sentence;
  for (let j = 0; j < CONTEXT_WINDOW.length; j++) {
    const t = tokens[i + CONTEXT_WINDOW[j]];
    rows[j] = !t || t.sentence !== s ? OUTSIDE_ROW : rowOf(t.text);
  }
  return rows;
}

/** Flattens the model: a header (hidden, inputs) and then every weight as float32, in base64. */
export function encodeContextModel(m: ContextModel): string {
  const all = new Float32Array(4 + m.w1.length + 2 * m.hidden);
  all.set([m.hidden, m.inputs, m.direct, m.bias]);
  all.set(m.w1, 4);
  all.set(m.b1, 4 + m.w1.length);
  all.set(m.w2, 4 + m.w1.length + m.hidden);
  return bytesToBase64(new Uint8Array(all.buffer));
}

export function decodeContextModel(base64: string): ContextModel {
  const all = new Float32Array(base64ToBytes(base64).buffer);
  const [hidden, inputs, direct, bias] = all;
  const n = hidden * inputs;
  if (all.length !== 4 + n + 2 * hidden) throw new Error('cue context model: wrong length');
  return { hidden, inputs, direct, bias, w1: all.slice(4, 4 + n), b1: all.slice(4 + n, 4 + n + hidden), w2: all.slice(4 + n + hidden) };
}

/**
 * Projections kept at most: each is one word's contribution to the hidden units at one place in the window (256
 * bytes). Candidates share most of their neighbours ("the", "said", names), so most cost a few additions; 84 PolNeAR
 * articles need about 15,000 (8 MB at this limit).
 */
const CACHE_LIMIT = 32_768;

/** Scores candidates with one model and one set of vectors; the vectors' scales are folded into the weights once. */
export class ContextScorer {
  private readonly scaled: Float32Array;
  private readonly dims: number;
  private readonly cache = new Map<number, Float32Array>();
  /** Rows by token text as written: the same words recur, and looking one up normalises its text. */
  private readonly rowOfText = new Map<string, number>();
  private readonly rows = new Int32Array(CONTEXT_WINDOW.length);
  private readonly h: Float64Array;

  constructor(private readonly m: ContextModel, private readonly vectors: WordVectors) {
    this.dims = vectors.dims;
    if (m.inputs !== contextInputs(this.dims)) throw new Error(`cue context model reads ${m.inputs} inputs, the vectors give ${contextInputs(this.dims)}`);
    this.scaled = m.w1.slice();
    for (let u = 0; u < m.hidden; u++)
      for (let j = 0; j < CONTEXT_WINDOW.length; j++)
        for (let d = 0; d < this.dims; d++) this.scaled[u * m.inputs + j * this.dims + d] *= vectors.scales[d];
    this.h = new Float64Array(m.hidden);
  }

  /** The candidate's new score, on the perceptron's scale (ten times the network's log-odds). */
  score(tokens: readonly Token[], i: number, perceptronScore: number): number {
    return this.scoreRows(windowRows(tokens, i, this.rowOf, this.rows), perceptronScore);
  }

  private readonly rowOf = (text: string): number => {
    let r = this.rowOfText.get(text);
    if (r === undefined) {
      if (this.rowOfText.size >= CACHE_LIMIT * 4) this.rowOfText.clear();
      r = this.vectors.rowOf(text);
      this.rowOfText.set(text, r);
    }
    return r;
  };

  /** The same, from the window's rows (the trainer keeps rows, not tokens). */
  scoreRows(rows: Int32Array, perceptronScore: number): number {
    const { m, h, scaled } = this;
    const x = perceptronScore / 10;
    for (let u = 0; u < m.hidden; u++) h[u] = m.b1[u] + scaled[u * m.inputs + m.inputs - 1] * x;
    for (let j = 0; j < rows.length; j++) {
      const r = rows[j];
      if (r >= 0) {
        const p = this.projection(j, r);
        for (let u = 0; u < m.hidden; u++) h[u] += p[u];
      } else {
        const at = flagInput(j, r, this.dims);
        for (let u = 0; u < m.hidden; u++) h[u] += scaled[u * m.inputs + at];
      }
    }
    let z = m.bias + m.direct * x;
    for (let u = 0; u < m.hidden; u++) z += m.w2[u] * Math.tanh(h[u]);
    return 10 * z;
  }

  /** Word row r's contribution to each hidden unit at window place j. */
  private projection(j: number, r: number): Float32Array {
    const key = r * CONTEXT_WINDOW.length + j;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const { m, dims, scaled } = this;
    const values = this.vectors.values;
    const p = new Float32Array(m.hidden);
    for (let u = 0; u < m.hidden; u++) {
      const wo = u * m.inputs + j * dims;
      let s = 0;
      for (let d = 0; d < dims; d++) s += scaled[wo + d] * values[r * dims + d];
      p[u] = s;
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, p);
    return p;
  }
}
