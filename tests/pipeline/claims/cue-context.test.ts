// The cue context model and its word vectors: the file formats, and that the runtime scores as the trainer trained.
import { describe, expect, it } from 'vitest';
import { decodeWordVectors, encodeWordVectors, vectorKey } from '../../../lib/pipeline/claims/word-vectors';
import { CONTEXT_WINDOW, ContextScorer, OUTSIDE_ROW, UNKNOWN_ROW, contextInputs, decodeContextModel, encodeContextModel, windowRows } from '../../../lib/pipeline/claims/cue-context';
import { trainContextModel, type ContextExample } from '../../../scripts/train-cue-context';
import { newDoc } from '../../../lib/pipeline/document';
import { tokensStage } from '../../../lib/pipeline/01-tokens';

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

describe('cue context model', () => {
  const doc = newDoc('t', 'The minister said money. Said the');
  tokensStage(doc);

  it('reads the seven words around the candidate, marking unknown words and the sentence edge', () => {
    const rows = windowRows(doc.tokens, 2, vectors.rowOf); // "said"
    expect(CONTEXT_WINDOW.length).toBe(7);
    // Before the text, "The minister said money", "." (no vector here), then the next sentence.
    expect([...rows]).toEqual([OUTSIDE_ROW, 0, 3, 1, 4, UNKNOWN_ROW, OUTSIDE_ROW]);
  });

  it('learns from the words what the score alone cannot tell, and scores at run time as it trained', () => {
    // Same perceptron score for all; only the word at the candidate's place tells cues (odd rows) from the rest.
    const data: ContextExample[] = [];
    for (let k = 0; k < 400; k++) {
      const row = k % WORDS.length;
      const rows = new Int32Array(CONTEXT_WINDOW.length).fill(OUTSIDE_ROW);
      rows[3] = row;
      data.push({ rows, score: 0, y: row % 2 ? 1 : -1 });
    }
    const model = decodeContextModel(encodeContextModel(trainContextModel(data, vectors)));
    expect(model.inputs).toBe(contextInputs(DIMS));
    const scorer = new ContextScorer(model, vectors);
    for (const ex of data.slice(0, WORDS.length)) expect(Math.sign(scorer.scoreRows(ex.rows, 0))).toBe(ex.y);
    // Scoring from tokens reads the same rows as scoring from the rows.
    const rows = windowRows(doc.tokens, 2, vectors.rowOf);
    expect(scorer.score(doc.tokens, 2, -3)).toBeCloseTo(scorer.scoreRows(rows, -3), 6);
  });

  it('refuses a model trained on vectors of another size', () => {
    const other = decodeWordVectors(encodeWordVectors(WORDS, new Float32Array(WORDS.length * 2), 2));
    const model = trainContextModel([], vectors);
    expect(() => new ContextScorer(model, other)).toThrow(/inputs/);
  });
});

describe('the shipped cue context model', () => {
  it('is loaded with the pipeline in Node, as in the extension, and rereads the perceptron’s scores', async () => {
    const { loadNodeResources } = await import('../../../lib/pipeline/node-resources');
    const { findCues } = await import('../../../lib/pipeline/claims/cues');
    const { entityKinds } = await import('../../../lib/pipeline/claims/entity-kinds');
    const res = loadNodeResources();
    expect(res.wordVectors?.dims).toBe(100);
    const doc = newDoc('t', 'The senator surmised that the bill would pass.');
    tokensStage(doc);
    const tags = res.syntax!.tagDoc(doc);
    const heads = (vectors?: typeof res.wordVectors) => findCues(doc.tokens, () => false, entityKinds(doc), tags, vectors).map((c) => [doc.tokens[c.head].text, c.score]);
    const reread = heads(res.wordVectors);
    expect(reread.map(([w]) => w)).toEqual(['surmised']);
    // The same cue, a different score: the vectors were read.
    expect(reread[0][1]).not.toBe(heads()[0][1]);
  });
});
