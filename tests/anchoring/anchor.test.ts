// Re-anchoring stored spans on the sample article after the kinds of edits news pages get: moved text, repeats, typo fixes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchor, describe as describeSpan, fromW3CSelectors, toW3CSelectors } from '@/lib/anchoring';

const SHARED_DIR = process.env.SHARED_DIR ?? resolve(process.cwd(), '../shared');
const article = readFileSync(resolve(SHARED_DIR, 'fixtures/seed-article.txt'), 'utf8');

function spanOf(text: string, quote: string, nth = 0): [number, number] {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`fixture lacks ${quote}`);
  return [at, at + quote.length];
}

describe('describe', () => {
  it('keeps the quote and up to 32 characters of context on each side', () => {
    const [s, e] = spanOf(article, 'Mark Rutte');
    const sel = describeSpan(article, s, e);
    expect(sel.position).toEqual({ start: s, end: e });
    expect(sel.quote.exact).toBe('Mark Rutte');
    expect(sel.quote.prefix).toBe(article.slice(s - 32, s));
    expect(sel.quote.suffix).toBe(article.slice(e, e + 32));
  });

  it('clips context at the edges of the text', () => {
    const sel = describeSpan(article, 0, 7);
    expect(sel.quote).toMatchObject({ exact: 'Ukraine', prefix: '' });
  });
});

describe('anchor', () => {
  it('uses the position when the text there is unchanged', () => {
    const [s, e] = spanOf(article, 'Dmitry Peskov');
    expect(anchor(article, describeSpan(article, s, e))).toEqual({ start: s, end: e, method: 'position' });
  });

  it('follows a quote that moved when a paragraph was inserted above it', () => {
    const [s, e] = spanOf(article, 'Dmitry Peskov');
    const sel = describeSpan(article, s, e);
    const edited = 'Editor’s note: this story was updated with new reporting.\n' + article;
    const found = anchor(edited, sel);
    expect(found?.method).toBe('quote');
    expect(edited.slice(found!.start, found!.end)).toBe('Dmitry Peskov');
    expect(found!.start).toBe(s + 'Editor’s note: this story was updated with new reporting.\n'.length);
  });

  it('picks the right one of several identical words by its context', () => {
    // "Rutte" appears more than once; the second mention is the one after the quote ends.
    const [s, e] = spanOf(article, 'Rutte', 1);
    const sel = describeSpan(article, s, e);
    const edited = article.replace('Despite these urgent appeals', 'Despite these urgent and repeated appeals from Kyiv');
    const found = anchor(edited, sel)!;
    expect(edited.slice(found.start, found.end)).toBe('Rutte');
    expect(edited.slice(found.start - 20, found.start)).toBe(article.slice(s - 20, s));
  });

  it('re-attaches a claim whose wording was lightly corrected, within the error budget', () => {
    const claim = 'Make sure that Ukraine has what it needs to get to a position of strength when those peace talks start';
    const [s, e] = spanOf(article, claim);
    const sel = describeSpan(article, s, e);
    const edited = article.replace(claim, 'Make sure that Ukraine has what it needs to reach a position of strength when the peace talks start');
    const found = anchor(edited, sel)!;
    expect(found.method).toBe('approximate');
    expect(edited.slice(found.start, found.end)).toContain('position of strength when the peace talks start');
    expect(edited.slice(found.start, found.start + 15)).toBe('Make sure that ');
  });

  it('gives up rather than attach to unrelated text when the quote was rewritten', () => {
    const claim = 'Make sure that Ukraine has what it needs to get to a position of strength when those peace talks start';
    const [s, e] = spanOf(article, claim);
    const sel = describeSpan(article, s, e);
    const edited = article.replace(claim, 'Weapons deliveries come first, membership talks can wait for a later summit');
    expect(anchor(edited, sel)).toBeNull();
  });

  it('does not trust a stale position whose text no longer matches', () => {
    const sel = { position: { start: 0, end: 7 }, quote: { exact: 'Kellogg', prefix: '', suffix: '' } };
    const text = 'Ukraine and later Keith Kellogg spoke.';
    const found = anchor(text, sel)!;
    expect(text.slice(found.start, found.end)).toBe('Kellogg');
  });
});

describe('W3C selectors', () => {
  it('round-trip through the JSON-LD shape and still anchor', () => {
    const [s, e] = spanOf(article, 'Keith Kellogg');
    const w3c = JSON.parse(JSON.stringify(toW3CSelectors(describeSpan(article, s, e))));
    expect(w3c.map((x: { type: string }) => x.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    const found = anchor(article, fromW3CSelectors(w3c))!;
    expect(article.slice(found.start, found.end)).toBe('Keith Kellogg');
  });

  it('ignores selector types it does not know', () => {
    expect(fromW3CSelectors([{ type: 'CssSelector', value: 'p' }, null])).toEqual({});
  });
});
