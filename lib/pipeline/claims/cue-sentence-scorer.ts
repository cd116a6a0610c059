// Runs the cue sentence model (cue-sentence.ts) over a sentence once and scores each cue candidate in it.
import type { Token } from '../document';
import type { SyntaxTags } from '../syntax';
import type { WordVectors } from './word-vectors';
import { POS_ROWS, TOKEN_FLAGS, sentenceInputs, tokenFlags, type SentenceModel } from './cue-sentence';

/**
 * Vector projections kept at most: each is one word's contribution to both directions' gates (8·hidden floats).
 * Words recur ("the", "said", names), so most tokens cost additions, not a product with a 100-dimension vector.
 */
const CACHE_LIMIT = 32_768;

// The logistic function from a table with linear interpolation (error under 1e-6): the LSTM takes 160 of them a
// token, and Math.exp and Math.tanh made up most of its time.
const SIGMOID_RANGE = 16;
const SIGMOID_STEPS = 128;
const SIGMOID_TABLE = Float64Array.from({ length: 2 * SIGMOID_RANGE * SIGMOID_STEPS + 2 }, (_, k) => 1 / (1 + Math.exp(-(k / SIGMOID_STEPS - SIGMOID_RANGE))));
function sigmoid(x: number): number {
  if (x <= -SIGMOID_RANGE) return SIGMOID_TABLE[0];
  if (x >= SIGMOID_RANGE) return SIGMOID_TABLE[2 * SIGMOID_RANGE * SIGMOID_STEPS];
  const at = (x + SIGMOID_RANGE) * SIGMOID_STEPS;
  const k = at | 0;
  const a = SIGMOID_TABLE[k];
  return a + (SIGMOID_TABLE[k + 1] - a) * (at - k);
}
const tanh = (x: number): number => 2 * sigmoid(2 * x) - 1;

export class SentenceCueScorer {
  private readonly g: number;
  /** Per direction: the vector columns of the input weights, with the vectors' int8 scales folded in (g × dims). */
  private readonly wVec: Float32Array[];
  /** Per direction: each part of speech's contribution to the gates, bias included (POS_ROWS × g). */
  private readonly posGates: Float32Array[];
  /** Per direction: the flag columns (TOKEN_FLAGS × g). */
  private readonly flagGates: Float32Array[];
  private readonly cache = new Map<number, Float32Array>();
  private readonly rowOfText = new Map<string, number>();
  private readonly flags = new Float32Array(TOKEN_FLAGS);
  /** The recurrent weights per direction, as doubles: the step's products then need no conversion. */
  private readonly wRec: Float64Array[];
  /** The held sentence's input gates, 2·g per token (forward, then backward). */
  private inGates = new Float64Array(0);
  private readonly z: Float64Array;
  private readonly c: Float64Array;
  private readonly h: Float64Array;
  // The sentence whose states are held: its tokens array, sentence number, first token, and 2·hidden states a token.
  private heldTokens: readonly Token[] | null = null;
  private heldSentence = -1;
  private heldStart = 0;
  private states = new Float32Array(0);

  constructor(private readonly m: SentenceModel, private readonly vectors: WordVectors) {
    if (vectors.dims !== m.dims) throw new Error(`cue sentence model reads ${m.dims}-dimension vectors, the vectors have ${vectors.dims}`);
    const g = (this.g = 4 * m.hidden);
    const inputs = sentenceInputs(m);
    this.wVec = m.wIn.map((w) => {
      const out = new Float32Array(g * m.dims);
      for (let r = 0; r < g; r++) for (let d = 0; d < m.dims; d++) out[r * m.dims + d] = w[r * inputs + d] * vectors.scales[d];
      return out;
    });
    this.posGates = m.wIn.map((w, dir) => {
      const out = new Float32Array(POS_ROWS * g);
      for (let p = 0; p < POS_ROWS; p++)
        for (let r = 0; r < g; r++) {
          let s = m.bias[dir][r];
          for (let e = 0; e < m.posDims; e++) s += w[r * inputs + m.dims + e] * m.posTable[p * m.posDims + e];
          out[p * g + r] = s;
        }
      return out;
    });
    this.flagGates = m.wIn.map((w) => {
      const out = new Float32Array(TOKEN_FLAGS * g);
      for (let f = 0; f < TOKEN_FLAGS; f++) for (let r = 0; r < g; r++) out[f * g + r] = w[r * inputs + m.dims + m.posDims + f];
      return out;
    });
    this.wRec = m.wRec.map((w) => Float64Array.from(w));
    this.z = new Float64Array(g);
    this.c = new Float64Array(m.hidden);
    this.h = new Float64Array(m.hidden);
  }

  /** Candidate i's new score, on the perceptron's scale (ten times the model's log-odds). */
  score(tokens: readonly Token[], i: number, perceptronScore: number, tags: SyntaxTags, inQuote: (i: number) => boolean): number {
    if (tokens !== this.heldTokens || tokens[i].sentence !== this.heldSentence) this.runSentence(tokens, i, tags, inQuote);
    const { m, states } = this;
    const at = (i - this.heldStart) * 2 * m.hidden;
    const x = perceptronScore / 10;
    const width = 2 * m.hidden + 1;
    let out = m.b3 + m.directW * x + m.directB;
    for (let u = 0; u < m.outHidden; u++) {
      let s = m.b2[u] + m.w2[u * width + 2 * m.hidden] * x;
      for (let k = 0; k < 2 * m.hidden; k++) s += m.w2[u * width + k] * states[at + k];
      out += m.w3[u] * Math.tanh(s);
    }
    return 10 * out;
  }

  /** Both directions over token i's sentence; the states are kept for its other candidates. */
  private runSentence(tokens: readonly Token[], i: number, tags: SyntaxTags, inQuote: (i: number) => boolean): void {
    const s = tokens[i].sentence;
    let start = i;
    while (start > 0 && tokens[start - 1].sentence === s) start--;
    let end = i;
    while (end + 1 < tokens.length && tokens[end + 1].sentence === s) end++;
    const n = end - start + 1;
    const { g } = this;
    const H = this.m.hidden;
    if (this.states.length < n * 2 * H) this.states = new Float32Array(Math.max(n, 64) * 2 * H);
    if (this.inGates.length < n * 2 * g) this.inGates = new Float64Array(Math.max(n, 64) * 2 * g);
    // Each token's input to both directions' gates, once: part of speech (with the bias), vector, flags.
    const { inGates, flags } = this;
    for (let t = 0; t < n; t++) {
      const k = start + t;
      const row = this.rowOf(tokens[k].text);
      tokenFlags(tokens[k].text, inQuote(k), row, flags, 0);
      const p = row >= 0 ? this.projection(row) : null;
      for (let dir = 0; dir < 2; dir++) {
        const at = (t * 2 + dir) * g;
        const pg = this.posGates[dir];
        const pAt = tags.pos[k] * g;
        for (let r = 0; r < g; r++) inGates[at + r] = pg[pAt + r];
        if (p) for (let r = 0; r < g; r++) inGates[at + r] += p[dir * g + r];
        const fg = this.flagGates[dir];
        for (let f = 0; f < TOKEN_FLAGS; f++) if (flags[f]) for (let r = 0; r < g; r++) inGates[at + r] += fg[f * g + r];
      }
    }
    for (let dir = 0; dir < 2; dir++) {
      this.c.fill(0);
      this.h.fill(0);
      for (let k = 0; k < n; k++) {
        const t = dir === 0 ? k : n - 1 - k;
        this.step(dir, (t * 2 + dir) * g);
        const at = t * 2 * H + dir * H;
        for (let u = 0; u < H; u++) this.states[at + u] = this.h[u];
      }
    }
    this.heldTokens = tokens;
    this.heldSentence = s;
    this.heldStart = start;
  }

  /** One LSTM step from the token's input gates at `at` (PyTorch's gate order: input, forget, cell, output). */
  private step(dir: number, at: number): void {
    const { g, z, c, h, inGates } = this;
    const H = this.m.hidden;
    const wRec = this.wRec[dir];
    for (let r = 0; r < g; r++) {
      let s = inGates[at + r];
      const o = r * H;
      for (let u = 0; u < H; u++) s += wRec[o + u] * h[u];
      z[r] = s;
    }
    for (let u = 0; u < H; u++) {
      const cu = sigmoid(z[H + u]) * c[u] + sigmoid(z[u]) * tanh(z[2 * H + u]);
      c[u] = cu;
      h[u] = sigmoid(z[3 * H + u]) * tanh(cu);
    }
  }

  private rowOf(text: string): number {
    let r = this.rowOfText.get(text);
    if (r === undefined) {
      if (this.rowOfText.size >= CACHE_LIMIT * 4) this.rowOfText.clear();
      r = this.vectors.rowOf(text);
      this.rowOfText.set(text, r);
    }
    return r;
  }

  /** Word row r's contribution to both directions' gates. */
  private projection(row: number): Float32Array {
    const hit = this.cache.get(row);
    if (hit) return hit;
    const { g } = this;
    const dims = this.m.dims;
    const values = this.vectors.values;
    const p = new Float32Array(2 * g);
    for (let dir = 0; dir < 2; dir++) {
      const w = this.wVec[dir];
      for (let r = 0; r < g; r++) {
        let s = 0;
        for (let d = 0; d < dims; d++) s += w[r * dims + d] * values[row * dims + d];
        p[dir * g + r] = s;
      }
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(row, p);
    return p;
  }
}
