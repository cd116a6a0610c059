// Word shapes, gazetteer matching and document hints: the inputs that let the tagger handle words it never saw.
import { describe, expect, it } from 'vitest';
import { buildDocContext } from '../../../lib/pipeline/ner/doc-context';
import { Gazetteer, GazetteerTable, lowerHashesOf, matchNames } from '../../../lib/pipeline/ner/gazetteer';
import { spansOf, tagId } from '../../../lib/pipeline/ner/labels';
import { longShape, shortShape } from '../../../lib/pipeline/ner/shape';

describe('word shapes', () => {
  it('keeps case, digits and punctuation patterns', () => {
    expect(longShape('Clinton')).toBe('Xxxxx');
    expect(shortShape('Clinton')).toBe('Xx');
    expect(longShape('1996-08-22')).toBe('dddd-dd-dd');
    expect(shortShape('U.S.')).toBe('X.X.');
    expect(shortShape('Zürich')).toBe('Xx');
  });
});

describe('gazetteer', () => {
  it('marks every name covering a token, nested ones included, the same in the builder and the shipped table', () => {
    const g = new Gazetteer();
    g.add(['new', 'york'], 0b0100); // LOC
    g.add(['new', 'york', 'stock', 'exchange'], 0b0010); // ORG
    const words = ['the', 'new', 'york', 'stock', 'exchange', 'fell'];
    const fromBuilder = new Int32Array(words.length);
    matchNames(g, lowerHashesOf(words), 0, words.length, fromBuilder);
    const out = new Int32Array(words.length);
    matchNames(new GazetteerTable(g.toData()), lowerHashesOf(words), 0, words.length, out);
    expect([...out]).toEqual([...fromBuilder]);
    const LOC = 2, ORG = 1;
    expect(out[0]).toBe(0);
    expect(out[1]).toBe((1 << (LOC * 4 + 0)) | (1 << (ORG * 4 + 0))); // begins both names
    expect(out[2] & (1 << (LOC * 4 + 2))).toBeTruthy(); // ends "new york"
    expect(out[4]).toBe(1 << (ORG * 4 + 2)); // ends the exchange only
    expect(out[5]).toBe(0);
    // A name cut short ("new" alone, "york stock") is no match.
    const partial = new Int32Array(2);
    matchNames(new GazetteerTable(g.toData()), lowerHashesOf(['york', 'stock']), 0, 2, partial);
    expect([...partial]).toEqual([0, 0]);
  });
});

describe('document context', () => {
  it('recognises headlines and words written differently elsewhere in the document', () => {
    const words = ['RUSSIA', 'BEATS', 'CHINA', 'The', 'team', 'from', 'China', 'won', 'the', 'game'];
    const ctx = buildDocContext({ words, sentenceStarts: [0, 3, 10] });
    expect([...ctx.inHeadline]).toEqual([1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(ctx.seenTitleMid[2]).toBe(1); // CHINA appears as "China" mid-sentence
    expect(ctx.seenTitleMid[0]).toBe(0);
    expect(ctx.seenLower[3]).toBe(1); // "The" also appears as "the"
  });
});

describe('BIO spans', () => {
  it('reads entity spans the way conlleval does', () => {
    const tags = ['B-PER', 'I-PER', 'O', 'I-LOC', 'B-ORG', 'B-ORG', 'I-ORG'].map(tagId);
    expect(spansOf(tags)).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'ORG' },
      { start: 5, end: 7, type: 'ORG' },
    ]);
  });
});
