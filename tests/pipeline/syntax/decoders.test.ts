// The tagger's cached decoder must give exactly what the plain per-token decoder (the one training uses) gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeChunks, decodePos, DecodeBuffers } from '../../../lib/pipeline/syntax/decode';
import { decodeSyntaxModel } from '../../../lib/pipeline/syntax/model-format';
import { pennForms } from '../../../lib/pipeline/syntax/normalise';
import { SparseScorer } from '../../../lib/pipeline/syntax/weights';
import { tokenRecords } from '../../../lib/pipeline/syntax/word-hashes';
import { createSyntaxTagger } from '../../../lib/pipeline/syntax';
import { MODEL_BYTES, tagText } from './helpers';

describe('cached decoder', () => {
  it('agrees with the per-token decoder on every token of a real article, cold and with its words cached', () => {
    const text = readFileSync(join(__dirname, '../../../../shared/fixtures/seed-article.txt'), 'utf8');
    const cold = tagText(text, createSyntaxTagger(MODEL_BYTES));
    // The second pass reads the repeated words from the cache the first pass filled.
    const { doc, tags } = tagText(text, cold.model);
    expect(Array.from(tags.pos)).toEqual(Array.from(cold.tags.pos));
    const model = decodeSyntaxModel(MODEL_BYTES);
    const posScorer = new SparseScorer(model.pos), chunkScorer = new SparseScorer(model.chunk), buffers = new DecodeBuffers();
    const h = tokenRecords(pennForms(doc.tokens.map((t) => t.text)), model.dictionary);
    const pos = new Uint8Array(doc.tokens.length), chunk = new Uint8Array(doc.tokens.length);
    for (const s of doc.sentences) {
      decodePos(h, s.tokenStart, s.tokenEnd, posScorer, pos, buffers);
      decodeChunks(h, pos, s.tokenStart, s.tokenEnd, chunkScorer, chunk, buffers);
    }
    expect(doc.tokens.length).toBeGreaterThan(300);
    expect(Array.from(tags.pos)).toEqual(Array.from(pos));
    expect(Array.from(tags.chunk)).toEqual(Array.from(chunk));
  });
});
