// Similarity scores used to rank candidate places for a quote: how well the text and its context match what was stored.
import search from 'approx-string-match';

/** 1 when `pattern` occurs in `text` exactly, falling towards 0 with each edit needed; empty patterns match fully. */
export function similarity(text: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (text.length === 0) return 0;
  if (text.includes(pattern)) return 1;
  const matches = search(text, pattern, pattern.length);
  if (matches.length === 0) return 0;
  const errors = Math.min(...matches.map((m) => m.errors));
  return 1 - errors / pattern.length;
}

/** Weights: the quote itself matters most, then its context; position only breaks ties between equal candidates. */
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

export interface QuoteContext {
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the quote was when stored; nearer candidates win ties. */
  hint?: number;
}

export function candidateScore(text: string, c: Candidate, q: QuoteContext): number {
  const quoteScore = 1 - c.errors / Math.max(1, q.exact.length);
  const prefixScore = similarity(text.slice(Math.max(0, c.start - q.prefix.length), c.start), q.prefix);
  const suffixScore = similarity(text.slice(c.end, c.end + q.suffix.length), q.suffix);
  const positionScore = q.hint === undefined || text.length === 0 ? 1 : 1 - Math.abs(c.start - q.hint) / text.length;
  return (
    (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore) /
    (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT)
  );
}
