// Phrase spans read from chunk labels: inclusive token ranges, noun phrases picked out, stray labels still counted.
import { describe, expect, it } from 'vitest';
import { chunkId, chunkSpans, npChunks, sentenceBounds } from '../../../lib/pipeline/syntax';

const labels = (...tags: string[]) => Uint8Array.from(tags.map(chunkId));

describe('chunk spans', () => {
  it('returns noun phrases as [first, last] token ranges', () => {
    // "The minister | said | on | Monday"
    const c = labels('B-NP', 'I-NP', 'B-VP', 'B-PP', 'B-NP', 'O');
    expect(npChunks(c)).toEqual([[0, 1], [4, 4]]);
    expect(chunkSpans(c).map((s) => s.type)).toEqual(['NP', 'VP', 'PP', 'NP']);
  });

  it('starts a new phrase at every B, even right after one of the same type', () => {
    expect(npChunks(labels('B-NP', 'B-NP', 'I-NP'))).toEqual([[0, 0], [1, 2]]);
  });

  it('counts a stray I- label as the start of its own phrase', () => {
    expect(chunkSpans(labels('O', 'I-VP', 'I-VP', 'I-NP'))).toEqual([
      { type: 'VP', first: 1, last: 2 },
      { type: 'NP', first: 3, last: 3 },
    ]);
  });

  it('limits spans to the requested token range', () => {
    expect(npChunks(labels('B-NP', 'I-NP', 'I-NP', 'B-NP'), 1, 3)).toEqual([[1, 2]]);
  });
});

describe('sentence bounds', () => {
  it('accepts starts with or without the trailing token count, unsorted or repeated', () => {
    expect(Array.from(sentenceBounds([0, 3, 7], 7))).toEqual([0, 3, 7]);
    expect(Array.from(sentenceBounds([3, 0, 3], 7))).toEqual([0, 3, 7]);
    expect(Array.from(sentenceBounds([], 4))).toEqual([0, 4]);
    expect(Array.from(sentenceBounds([0], 0))).toEqual([0]);
  });
});
