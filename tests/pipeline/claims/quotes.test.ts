import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../lib/pipeline/claims/quotes';

const paragraphsOf = (text: string) => [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
const quoted = (text: string) => findQuotes(text, paragraphsOf(text)).map((q) => text.slice(q.start, q.end));

describe('findQuotes', () => {
  it('pairs curly, straight, guillemet and wire-style double apostrophe quotes', () => {
    expect(quoted('He said “yes, we will” and left.')).toEqual(['“yes, we will”']);
    expect(quoted('He said "no way" twice.')).toEqual(['"no way"']);
    expect(quoted('Elle a dit «jamais» hier.')).toEqual(['«jamais»']);
    expect(quoted("''It has virtue,'' Mr. Burman said.")).toEqual(["''It has virtue,''"]);
  });

  it('keeps nested quotes inside the outer one and ignores apostrophes', () => {
    expect(quoted('“She told me ‘don’t go’ and I didn’t,” he said.')).toEqual(['“She told me ‘don’t go’ and I didn’t,”']);
  });

  it('continues a quote into the next paragraph only when that paragraph opens with a quote mark', () => {
    const multi = '“First part of the speech.\n“Second part,” she said.';
    expect(quoted(multi)).toEqual([multi.slice(0, multi.indexOf(',”') + 2)]);
    const stray = 'A stray “mark here.\nNext paragraph with “a real quote” inside.';
    expect(quoted(stray)).toEqual(['“a real quote”']);
  });

  it('pairs British-style single quotes and still ignores apostrophes', () => {
    expect(quoted("'We will not back down,' Mr Starmer said.")).toEqual(["'We will not back down,'"]);
    expect(quoted("He called it 'a disgrace'.")).toEqual(["'a disgrace'"]);
    expect(quoted("'It's the economy,' he said, 'and it's bad.'")).toEqual(["'It's the economy,'", "'and it's bad.'"]);
    expect(quoted("The players' union met in the '90s.")).toEqual([]);
  });

  it('drops an unbalanced quote instead of swallowing the rest of the text', () => {
    expect(quoted('He said “this never closes. And then more text follows.')).toEqual([]);
    expect(quoted('Closing only” here and “fine” there.')).toEqual(['“fine”']);
  });

  it('closes a curly opening with a straight mark, so a mixed-mark split quote keeps its "he said" outside', () => {
    const text = '“We’re going to build a wall," he said. "It’s going to be built.”';
    expect(quoted(text)).toEqual(['“We’re going to build a wall,"', '"It’s going to be built.”']);
    // A straight pair nested in a curly quote still opens before its word and closes after it.
    expect(quoted('“He told me "no" twice,” she said.')).toEqual(['“He told me "no" twice,”']);
    // A left mark typed for the right one after a word closes the open quote instead of opening another.
    expect(quoted('“Apparently not,“ she said. “The old habits remain.”')).toEqual(['“Apparently not,“', '“The old habits remain.”']);
  });
});
