// Finds quoted passages by pairing quote marks in one linear scan: every quote style, nesting, multi-paragraph quotes, stray marks.
export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark (or the end of the last paragraph's text for a multi-paragraph quote). */
  end: number;
  /** Indices of the first and last paragraph the quote covers. */
  firstParagraph: number;
  lastParagraph: number;
}

type Family = 'double' | 'single' | 'guillemet' | 'straightDouble' | 'straightSingle';
interface Open {
  family: Family;
  at: number;
  paragraph: number;
}

const isLetterOrDigit = (ch: string | undefined): boolean => !!ch && /[\p{L}\p{N}]/u.test(ch);
const isSpaceOrStart = (ch: string | undefined): boolean => !ch || /[\s(\[{—–-]/u.test(ch);
const isLetter = (ch: string | undefined): boolean => !!ch && /\p{L}/u.test(ch);
const CLOSES_AFTER = /[,.?!;:…]/u;
const CLOSES_BEFORE = /^[\s,.?!;:)…—–-]?$/u;

/** Quotes deeper than this are treated as unbalanced noise rather than nested speech. */
const MAX_DEPTH = 6;
/** A quote running over more paragraphs than this is almost surely a stray mark, not speech. */
const MAX_PARAGRAPHS = 12;

/**
 * Pairs quote marks paragraph by paragraph and returns the top-level quotes (nested ones are inside them).
 * An unclosed quote continues into the next paragraph only when that paragraph opens with a quote mark (the
 * English convention for multi-paragraph quotes); otherwise it is dropped, so a stray mark never swallows text.
 */
export function findQuotes(text: string, paragraphs: readonly { start: number; end: number }[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let stack: Open[] = [];
  let carried: Open | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    let i = para.start;
    if (carried) {
      while (i < para.end && /\s/.test(text[i])) i++;
      const ch = text[i];
      if ((ch === '“' || ch === '"' || ch === '«') && p - carried.paragraph < MAX_PARAGRAPHS) {
        stack = [carried];
        i++;
      } else {
        stack = [];
      }
      carried = null;
    }
    for (; i < para.end; i++) {
      const ch = text[i];
      if (ch !== '"' && ch !== '“' && ch !== '”' && ch !== '„' && ch !== "'" && ch !== '‘' && ch !== '’' && ch !== '«' && ch !== '»') continue;
      const prev = text[i - 1];
      const next = text[i + 1];
      const top = stack[stack.length - 1];
      // “Apparently not,“ she said: a left mark after a word and before a space, with a left mark open, is a typo for
      // the right one; read as an opening it would leave both unclosed and drop the quote.
      if (ch === '“' && top?.family === 'double' && prev !== undefined && !/\s/u.test(prev) && (next === undefined || /\s/u.test(next))) close(['double'], i, p);
      else if (ch === '“' || ch === '„') push('double', i, p);
      else if (ch === '«') push('guillemet', i, p);
      else if (ch === '”') close(['double', 'straightDouble'], i, p);
      else if (ch === '»') close(['guillemet'], i, p);
      else if (ch === '‘') {
        if (!isLetterOrDigit(prev)) push('single', i, p);
      } else if (ch === '’') {
        // A right single mark is an apostrophe unless a left single mark is open and this one ends a word.
        if (stack.some((o) => o.family === 'single') && !isLetterOrDigit(next)) close(['single'], i, p);
      } else if (ch === '"') {
        if (stack.some((o) => o.family === 'straightDouble')) close(['straightDouble'], i, p);
        // “We’re going to build a wall," he said. "It’s going to be built.”: mixed marks, common in edited copy.
        // A straight mark ending a word right after a curly opening closes it; read as an opening it would turn
        // ', he said. ' into a nested quote and the whole passage into one quote with the speaker inside.
        else if (top?.family === 'double' && prev !== undefined && !/\s/u.test(prev) && !isLetterOrDigit(next)) close(['double'], i, p);
        else push('straightDouble', i, p);
      } else if (ch === "'" && next === "'") {
        // Two apostrophes stand for a double quote in some wire copy ('' ... '').
        if (stack.some((o) => o.family === 'straightDouble')) close(['straightDouble'], i + 1, p);
        else push('straightDouble', i, p);
        i++;
      } else if (ch === "'") {
        // Straight single marks are mostly apostrophes ("don't", "'90s", "players' union"). Nested in a double quote
        // one opens before a word; at the top level (British style: 'We will not back down,' he said) it opens
        // before a letter, and closes only right after punctuation or right before it.
        if (isSpaceOrStart(prev) && (stack.length > 0 ? isLetterOrDigit(next) : isLetter(next))) push('straightSingle', i, p);
        else if (top && top.family === 'straightSingle' && !isLetterOrDigit(next) && (stack.length > 1 || CLOSES_AFTER.test(prev ?? '') || CLOSES_BEFORE.test(next ?? '.'))) close(['straightSingle'], i, p);
      }
    }
    // A double quote still open at the paragraph's end may continue in the next paragraph.
    const bottom = stack[0];
    if (bottom && (bottom.family === 'double' || bottom.family === 'straightDouble' || bottom.family === 'guillemet')) carried = bottom;
    stack = [];
  }
  return out;

  function push(family: Family, at: number, paragraph: number): void {
    if (stack.length >= MAX_DEPTH) return;
    stack.push({ family, at, paragraph });
  }

  function close(families: Family[], at: number, paragraph: number): void {
    // Unwind to the nearest matching opener; the marks passed over were apostrophes or typos.
    let k = stack.length - 1;
    while (k >= 0 && !families.includes(stack[k].family)) k--;
    if (k < 0) return;
    const open = stack[k];
    stack.length = k;
    if (k === 0) out.push({ start: open.at, end: at + 1, firstParagraph: open.paragraph, lastParagraph: paragraph });
  }
}
