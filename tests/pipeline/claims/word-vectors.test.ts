// The word vectors the cue sentence model reads: the file format and how words are looked up.
import { describe, expect, it } from 'vitest';
import { decodeWordVectors, encodeWordVectors, vectorKey } from '../../../lib/pipeline/claims/word-vectors';

const WORDS = ['the', 'said', 'not', 'minister', 'money', '"'];
const DIMS = 4;
// Two groups of words the network can tell apart by their first dimension.
const RAW = new Float32Array(WORDS.flatMap((_, i) => [i % 2 ? 0.8 : -0.6, 0.1 * i, -0.2, 0.05]));
const vectors = decodeWordVectors(encodeWordVectors(WORDS, RAW, DIMS));

describe('word vectors', () => {
  it('round-trips words and int8 values within one quantisation step', () => {
    expect(vectors.dims).toBe(DIMS);
    for (let i = 0; i < WORDS.length; i++)
      for (let d = 0; d < DIMS; d++) expect(Math.abs(vectors.values[i * DIMS + d] * vectors.scales[d] - RAW[i * DIMS + d])).toBeLessThanOrEqual(vectors.scales[d] / 2 + 1e-6);
  });

  it('looks words up in lower case, with straight quotes and “n’t” read as “not”', () => {
    expect(vectors.rowOf('Said')).toBe(1);
    expect(vectors.rowOf('n’t')).toBe(2);
    expect(vectors.rowOf('“')).toBe(5);
    expect(vectors.rowOf('unheard')).toBe(-1);
    expect(vectorKey('MINISTER')).toBe('minister');
  });

  it('refuses a file that is not a vector file or is cut short, with a message saying so', () => {
    const bytes = encodeWordVectors(WORDS, RAW, DIMS);
    expect(() => decodeWordVectors(bytes.subarray(0, bytes.length - 3))).toThrow(/truncated/);
    expect(() => decodeWordVectors(new Uint8Array(32))).toThrow(/not a FAWV file/);
  });
});
