// The cue sentence model: a small bidirectional LSTM that rereads the cue classifier's score with the whole sentence
// around the candidate (word vectors, parts of speech, capitals, quotes), trained by scripts/train-cue-sentence.py.
//
// Why: the perceptron knows the words it saw in PolNeAR train, and a window of seven words (the context model this
// replaces) knew little more; whether a verb reports often turns on what comes several words later ("made clear that",
// "made the case for") or on the subject far before it. Five-fold cue F1 over candidates: perceptron 79.2, seven-word
// window 79.8-80.7, this model 82.5 (docs/decisions/009).
import { base64ToBytes, bytesToBase64 } from './base64';

/** Inputs a token gives besides its vector: capitalised, inside a quote, word without a vector. */
export const TOKEN_FLAGS = 3;
/** Parts of speech the embedding table has rows for (the tagger uses fewer). */
export const POS_ROWS = 64;

/** The network's shapes; the weights follow in `encodeSentenceModel`'s order. */
export interface SentenceModel {
  /** LSTM units per direction. */
  hidden: number;
  dims: number;
  posDims: number;
  /** Units of the output layer that reads both directions and the perceptron's score. */
  outHidden: number;
  posTable: Float32Array;
  /** Per direction (forward, backward): input weights (4·hidden × inputs), recurrent weights (4·hidden × hidden), bias. */
  wIn: [Float32Array, Float32Array];
  wRec: [Float32Array, Float32Array];
  bias: [Float32Array, Float32Array];
  /** Output layer: outHidden × (2·hidden + 1), its bias, its weights to the log-odds, and the score's direct path. */
  w2: Float32Array;
  b2: Float32Array;
  w3: Float32Array;
  b3: number;
  directW: number;
  directB: number;
}

export const sentenceInputs = (m: Pick<SentenceModel, 'dims' | 'posDims'>): number => m.dims + m.posDims + TOKEN_FLAGS;

/** The parts of a model, in the order the file keeps them (also the order the trainer writes). */
function parts(m: SentenceModel): Float32Array[] {
  return [m.posTable, m.wIn[0], m.wRec[0], m.bias[0], m.wIn[1], m.wRec[1], m.bias[1], m.w2, m.b2, m.w3, new Float32Array([m.b3, m.directW, m.directB])];
}

export function encodeSentenceModel(m: SentenceModel): string {
  const all = [new Float32Array([m.hidden, m.dims, m.posDims, m.outHidden]), ...parts(m)];
  const out = new Float32Array(all.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of all) (out.set(a, at), (at += a.length));
  return bytesToBase64(new Uint8Array(out.buffer));
}

export const decodeSentenceModel = (base64: string): SentenceModel => sentenceModelFrom(new Float32Array(base64ToBytes(base64).buffer));

/** Reads the header and slices the weights in `parts` order (the trainer writes the same flat layout). */
export function sentenceModelFrom(all: Float32Array): SentenceModel {
  const [hidden, dims, posDims, outHidden] = all;
  const inputs = dims + posDims + TOKEN_FLAGS;
  const g = 4 * hidden;
  const sizes = [POS_ROWS * posDims, g * inputs, g * hidden, g, g * inputs, g * hidden, g, outHidden * (2 * hidden + 1), outHidden, outHidden, 3];
  if (all.length !== 4 + sizes.reduce((a, b) => a + b, 0)) throw new Error('cue sentence model: wrong length');
  let at = 4;
  const [posTable, wIn0, wRec0, b0, wIn1, wRec1, b1, w2, b2, w3, tail] = sizes.map((n) => all.slice(at, (at += n)));
  return { hidden, dims, posDims, outHidden, posTable, wIn: [wIn0, wIn1], wRec: [wRec0, wRec1], bias: [b0, b1], w2, b2, w3, b3: tail[0], directW: tail[1], directB: tail[2] };
}

/** The flags a token gives the model, written into `out` at `at`: the trainer's dump uses the same function. */
export function tokenFlags(text: string, inQuote: boolean, row: number, out: Float32Array | number[], at: number): void {
  const first = text.charCodeAt(0);
  out[at] = first >= 65 && first <= 90 ? 1 : 0; // A-Z
  out[at + 1] = inQuote ? 1 : 0;
  out[at + 2] = row < 0 ? 1 : 0;
}
