// Pre-trained word vectors (GloVe, 100 dimensions, stored as int8) that let the cue context model read unseen words.
//
// File layout (little-endian), written by scripts/derive-word-vectors.ts:
//   u32 magic "FAWV" | u32 words | u32 dims | u32 byte length of the word list | the words, "\n"-joined UTF-8 |
//   zero padding to a multiple of 4 | f32 scale per dimension | i8 value per word and dimension.
// A value times its dimension's scale gives the vector; the scale is folded into the model's weights at load time.

const MAGIC = 0x56574146; // "FAWV"

export interface WordVectors {
  readonly dims: number;
  readonly scales: Float32Array;
  /** Row-major, `dims` values per word. */
  readonly values: Int8Array;
  /** The row of a token's text, or -1 when the word has no vector. */
  rowOf(text: string): number;
}

/** How a token's text is looked up: lower case, straight quotes, and "n’t" as the "not" it is. */
export function vectorKey(text: string): string {
  const t = text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
  return t === "n't" || t === "'t" ? 'not' : t;
}

export function decodeWordVectors(bytes: Uint8Array): WordVectors {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 16 || view.getUint32(0, true) !== MAGIC) throw new Error('word vectors: not a FAWV file');
  const count = view.getUint32(4, true);
  const dims = view.getUint32(8, true);
  const wordBytes = view.getUint32(12, true);
  const words = new TextDecoder().decode(bytes.subarray(16, 16 + wordBytes)).split('\n');
  if (words.length !== count) throw new Error(`word vectors: ${words.length} words, header says ${count}`);
  const scalesAt = 16 + Math.ceil(wordBytes / 4) * 4;
  const valuesAt = scalesAt + 4 * dims;
  if (bytes.byteLength !== valuesAt + count * dims) throw new Error('word vectors: file is truncated');
  // Copies: the bundled bytes need not be aligned for a Float32Array view.
  const scales = new Float32Array(bytes.slice(scalesAt, valuesAt).buffer);
  const values = new Int8Array(bytes.buffer, bytes.byteOffset + valuesAt, count * dims);
  // A plain loop: mapping to [word, row] pairs first built 30,000 short-lived arrays on every worker start.
  const rows = new Map<string, number>();
  for (let i = 0; i < count; i++) rows.set(words[i], i);
  return { dims, scales, values, rowOf: (text) => rows.get(vectorKey(text)) ?? -1 };
}

/** Quantises float vectors (row-major, `dims` per word) to the file layout above: one int8 scale per dimension. */
export function encodeWordVectors(words: readonly string[], vectors: Float32Array, dims: number): Uint8Array {
  const wordBytes = new TextEncoder().encode(words.join('\n'));
  const scalesAt = 16 + Math.ceil(wordBytes.length / 4) * 4;
  const valuesAt = scalesAt + 4 * dims;
  const out = new Uint8Array(valuesAt + words.length * dims);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, words.length, true);
  view.setUint32(8, dims, true);
  view.setUint32(12, wordBytes.length, true);
  out.set(wordBytes, 16);
  const values = new Int8Array(out.buffer, valuesAt);
  for (let d = 0; d < dims; d++) {
    let max = 0;
    for (let i = 0; i < words.length; i++) max = Math.max(max, Math.abs(vectors[i * dims + d]));
    const scale = max / 127 || 1;
    view.setFloat32(scalesAt + 4 * d, scale, true);
    for (let i = 0; i < words.length; i++) values[i * dims + d] = Math.round(vectors[i * dims + d] / scale);
  }
  return out;
}
