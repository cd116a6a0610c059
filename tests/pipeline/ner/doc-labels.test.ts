// Second-pass evidence: a name tagged one way here and another way elsewhere in the document is flagged for pass 2.
import { describe, expect, it } from 'vitest';
import { docLabelFeatures } from '../../../lib/pipeline/ner/doc-labels';
import { extractFeatures } from '../../../lib/pipeline/ner/features';
import { Gazetteer } from '../../../lib/pipeline/ner/gazetteer';
import { tagId } from '../../../lib/pipeline/ner/labels';

describe('document-label features', () => {
  const words = ['Clinton', 'spoke', '.', 'Bill', 'Clinton', 'left', '.', 'Paris', 'is', 'calm', '.'];
  const input = { words, sentenceStarts: [0, 3, 7, 11] };
  const local = extractFeatures(input, new Gazetteer(), new Gazetteer());

  it('flags only the sentences whose names the rest of the document types differently', () => {
    const pass1 = Uint8Array.from(['B-ORG', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O', 'O', 'O'].map(tagId));
    const labels = docLabelFeatures(input, local, pass1);
    expect([...labels.disputed]).toEqual([1, 1, 0]);
  });

  it('flags nothing when the document agrees with itself', () => {
    const pass1 = Uint8Array.from(['B-PER', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O', 'O', 'O'].map(tagId));
    const labels = docLabelFeatures(input, local, pass1);
    expect([...labels.disputed]).toEqual([0, 0, 0]);
    // Every token still gets its features (its own pass-1 tag at least).
    for (let i = 0; i < words.length; i++) expect(labels.offsets[i + 1]).toBeGreaterThan(labels.offsets[i]);
  });
});
