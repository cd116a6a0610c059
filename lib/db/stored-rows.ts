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

/** The full selectors of a stored row, derived from its own fields. */
export function selectorsOf(row: { start: number; end: number; text: string } & StoredQuote): SpanSelectors {
  return {
    position: row.position ? { start: row.position.start, end: row.position.end } : { start: row.start, end: row.end },
    quote: { exact: row.exact ?? row.text, prefix: row.prefix, suffix: row.suffix },
  };
}

/** Written field by field: an import converts 100,000 rows, and object rest/spread was a second of it. */
export function toStoredClaim(c: ClaimRecord): StoredClaim {
  const row: StoredClaim = {
    id: c.id, pageUrl: c.pageUrl, pageTitle: c.pageTitle, site: c.site, analysedAt: c.analysedAt, start: c.start, end: c.end, text: c.text,
    kind: c.kind, cue: c.cue, speakerActorId: c.speakerActorId, speakerName: c.speakerName, polarity: c.polarity, target: c.target,
    targetActorIds: c.targetActorIds, topic: c.topic, prefix: c.selectors.quote.prefix, suffix: c.selectors.quote.suffix,
  };
  return addDifferences(row, c.selectors);
}

export function toStoredMention(m: MentionRecord): StoredMention {
  const row: StoredMention = { pageUrl: m.pageUrl, actorId: m.actorId, start: m.start, end: m.end, text: m.text, prefix: m.selectors.quote.prefix, suffix: m.selectors.quote.suffix };
  if (m.id !== undefined) row.id = m.id;
  return addDifferences(row, m.selectors);
}

function addDifferences<T extends { start: number; end: number; text: string } & StoredQuote>(row: T, s: SpanSelectors): T {
  if (s.quote.exact !== row.text) row.exact = s.quote.exact;
  if (s.position.start !== row.start || s.position.end !== row.end) row.position = { start: s.position.start, end: s.position.end };
  return row;
}

/** Field by field (an export converts every row; object rest/spread made that seconds at 100,000). */
export function claimRecordOf(c: StoredClaim): ClaimRecord {
  return {
    id: c.id, pageUrl: c.pageUrl, pageTitle: c.pageTitle, site: c.site, analysedAt: c.analysedAt, start: c.start, end: c.end, text: c.text,
    kind: c.kind, cue: c.cue, speakerActorId: c.speakerActorId, speakerName: c.speakerName, polarity: c.polarity, target: c.target,
    targetActorIds: c.targetActorIds, topic: c.topic, selectors: selectorsOf(c),
  };
}

export function mentionRecordOf(m: StoredMention): MentionRecord {
  const record: MentionRecord = { pageUrl: m.pageUrl, actorId: m.actorId, start: m.start, end: m.end, text: m.text, selectors: selectorsOf(m) };
  if (m.id !== undefined) record.id = m.id;
  return record;
}
