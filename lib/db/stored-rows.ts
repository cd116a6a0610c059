// The compact rows schema v2 stores for claims and mentions, and the conversions to and from the records the rest of the code uses.
import type { ClaimRecord, MentionRecord, SpanSelectors } from '../model';

/**
 * What v2 keeps of a span's W3C selectors: only the quote context. The position is the row's own start/end and the
 * exact quote is its text, so storing them again per row (v1) doubled each row's size; they are kept only when they differ.
 */
export interface StoredQuote {
  prefix: string;
  suffix: string;
  /** Present only when the quoted text is not the row's `text`. */
  exact?: string;
  /** Present only when the selector's position is not the row's start/end. */
  position?: { start: number; end: number };
}

export type StoredClaim = Omit<ClaimRecord, 'selectors'> & StoredQuote;
export type StoredMention = Omit<MentionRecord, 'selectors'> & StoredQuote;

/** The quote fields of a row, from full selectors of the span [start, end) with text `text`. */
export function compactQuote(s: SpanSelectors, start: number, end: number, text: string): StoredQuote {
  const q: StoredQuote = { prefix: s.quote.prefix, suffix: s.quote.suffix };
  if (s.quote.exact !== text) q.exact = s.quote.exact;
  if (s.position.start !== start || s.position.end !== end) q.position = { start: s.position.start, end: s.position.end };
  return q;
}

/** The full selectors of a stored row, derived from its own fields. */
export function selectorsOf(row: { start: number; end: number; text: string } & StoredQuote): SpanSelectors {
  return {
    position: row.position ? { start: row.position.start, end: row.position.end } : { start: row.start, end: row.end },
    quote: { exact: row.exact ?? row.text, prefix: row.prefix, suffix: row.suffix },
  };
}

export function toStoredClaim({ selectors, ...rest }: ClaimRecord): StoredClaim {
  return { ...rest, ...compactQuote(selectors, rest.start, rest.end, rest.text) };
}

export function toStoredMention({ selectors, ...rest }: MentionRecord): StoredMention {
  return { ...rest, ...compactQuote(selectors, rest.start, rest.end, rest.text) };
}

export function claimRecordOf(row: StoredClaim): ClaimRecord {
  const { prefix, suffix, exact, position, ...rest } = row;
  return { ...rest, selectors: selectorsOf(row) };
}

export function mentionRecordOf(row: StoredMention): MentionRecord {
  const { prefix, suffix, exact, position, ...rest } = row;
  return { ...rest, selectors: selectorsOf(row) };
}
