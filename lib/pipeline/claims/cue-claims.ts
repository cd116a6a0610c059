// Turns each reporting cue into a claim draft: decides whether the content comes before or after the cue and where it ends.
import type { PipelineDoc, Token } from '../document';
import type { Cue } from './cues';
import type { ClaimDraft } from './draft';
import type { QuoteSpan } from './quotes';
import { sourceAfter, sourceBefore, type TokenRange } from './source-span';
import { isQuoteMark, isWordToken } from './words';

const SENTENCE_END = new Set(['.', '?', '!']);
const OPENING_QUOTES = new Set(['“', '"', '‘', '«', '„']);
// Cues whose source follows them ("according to the ministry", "citing officials").
const SOURCE_FOLLOWS = new Set(['according', 'citing', 'cited']);
// Short trailing phrases after a closing cue (", he said on Monday.") start with these.
const TAIL_STARTERS = new Set(['on', 'in', 'at', 'during', 'to', 'from', 'with', 'last', 'this', 'yesterday', 'today', 'earlier', 'late', 'recently', 'after', 'before', 'when', 'while', 'via', 'through', 'of', 'about']);
/** Object phrases allowed between a cue and its "that" ("told reporters on Monday that"). */
const MAX_OBJECT_TOKENS = 7;

export interface ClaimContext {
  doc: PipelineDoc;
  quotes: QuoteSpan[];
  /** Per token: index into `quotes` of the quote containing it, or -1. */
  quoteOf: Int32Array;
}

export function draftFromCue(ctx: ClaimContext, cue: Cue): ClaimDraft | null {
  const { tokens, sentences } = ctx.doc;
  const sent = sentences[tokens[cue.head].sentence];
  const s0 = sent.tokenStart;
  let s1 = sent.tokenEnd;
  while (s1 - 1 > s0 && (SENTENCE_END.has(tokens[s1 - 1].text) || isQuoteMark(tokens[s1 - 1].text))) s1--;
  const head = tokens[cue.head].text.toLowerCase();

  if (SOURCE_FOLLOWS.has(head)) {
    const source = sourceAfter(tokens, cue.last + 1, s1);
    if (cue.first > s0 && tokens[cue.first - 1].text === ',') return contentBefore(ctx, cue, source, cue.first - 1, s0);
    if (cue.first - s0 <= 2) {
      let a = source ? source.last + 1 : cue.last + 1;
      while (a < s1 && !isWordToken(tokens[a].text) && !OPENING_QUOTES.has(tokens[a].text)) a++;
      return a < s1 ? contentAfter(ctx, cue, source, a, s1) : null;
    }
    return null;
  }

  const after = cue.last + 1;
  const nextText = after < sent.tokenEnd ? tokens[after].text : '.';
  const prevText = cue.first > s0 ? tokens[cue.first - 1].text : '';
  const tailEnd = shortTail(tokens, after, s1);

  // Inversion: "..., said Dmitry Peskov." / "“...,” says the minister."
  if ((prevText === ',' || isQuoteMark(prevText)) && nextText !== ':' && !OPENING_QUOTES.has(nextText)) {
    const source = sourceAfter(tokens, after, s1);
    if (source && (source.last + 1 >= s1 || tokens[source.last + 1].text === ',' || shortTail(tokens, source.last + 1, s1))) {
      return contentBefore(ctx, cue, source, cue.first - (prevText === ',' ? 1 : 0), s0);
    }
  }

  const closesSentence = after >= s1 || (nextText === ',' && !OPENING_QUOTES.has(tokens[after + 1]?.text ?? '')) || tailEnd;
  if (closesSentence && nextText !== ':') {
    const source = sourceBefore(tokens, cue.first, s0);
    if (!source) return null;
    const boundary = source.first - 1;
    if (boundary < s0) return null;
    const b = tokens[boundary].text;
    if (b !== ',' && !isQuoteMark(b) && b !== '—' && b !== '–') return null;
    return contentBefore(ctx, cue, source, boundary, s0);
  }

  const source = sourceBefore(tokens, cue.first, s0);
  let a = after;
  if (nextText === ',' || nextText === ':') a++;
  if (a >= sent.tokenEnd) {
    // "He declared:" closing a paragraph, then the quote on the next line.
    const q = ctx.quoteOf[a];
    if (a < tokens.length && q >= 0 && ctx.quotes[q].start === tokens[a].start) return { start: ctx.quotes[q].start, end: ctx.quotes[q].end, cue, source };
    return null;
  }
  if (!OPENING_QUOTES.has(tokens[a].text)) {
    for (let k = a; k < Math.min(s1, a + MAX_OBJECT_TOKENS); k++) {
      const w = tokens[k].text.toLowerCase();
      if (w === 'that') {
        a = k;
        break;
      }
      if (!isWordToken(tokens[k].text)) break;
    }
  }
  return contentAfter(ctx, cue, source, a, s1);
}

/** Content running from token `a` to the sentence end, stretched to the end of any quote it opens. */
function contentAfter(ctx: ClaimContext, cue: Cue, source: TokenRange | null, a: number, s1: number): ClaimDraft | null {
  const { tokens } = ctx.doc;
  if (a >= s1) return null;
  let end = tokens[s1 - 1].end;
  const q = ctx.quoteOf[a];
  if (q >= 0 && ctx.quotes[q].start === tokens[a].start) end = Math.max(ctx.quotes[q].end, q === ctx.quoteOf[s1 - 1] ? ctx.quotes[q].end : end);
  const lastQ = ctx.quoteOf[s1 - 1];
  if (lastQ >= 0) end = Math.max(end, ctx.quotes[lastQ].end);
  return { start: tokens[a].start, end, cue, source };
}

/** Content before a closing cue: the quote that ends at the boundary, or the sentence up to it. */
function contentBefore(ctx: ClaimContext, cue: Cue, source: TokenRange | null, boundary: number, s0: number): ClaimDraft | null {
  const { tokens } = ctx.doc;
  let k = boundary - 1;
  if (tokens[boundary] && isQuoteMark(tokens[boundary].text)) k = boundary;
  while (k >= s0 && (tokens[k].text === ',' || tokens[k].text === '—')) k--;
  if (k < s0) return null;
  const q = ctx.quoteOf[k];
  if (q >= 0) {
    const quote = ctx.quotes[q];
    const start = Math.min(quote.start, tokens[s0].start);
    return { start: quote.start < tokens[s0].start ? quote.start : start, end: quote.end, cue, source };
  }
  return { start: tokens[s0].start, end: tokens[k].end, cue, source };
}

/** If the tokens from `a` to the sentence end are a short adverbial tail (" on Monday", " in a statement"), returns true. */
function shortTail(tokens: readonly Token[], a: number, s1: number): boolean {
  if (a >= s1) return true;
  if (s1 - a > 8) return false;
  if (!TAIL_STARTERS.has(tokens[a].text.toLowerCase()) && !/^\p{Lu}/u.test(tokens[a].text)) return false;
  for (let k = a; k < s1; k++) if (tokens[k].text.toLowerCase() === 'that' || OPENING_QUOTES.has(tokens[k].text)) return false;
  return true;
}
