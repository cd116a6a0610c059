// Domain types of stored pages and the records the database keeps per page.
import type { ActorType, ClaimKind, Polarity, TextSpan } from './analysis';

export interface PageRecord {
  /** Normalised URL (no hash); one record per URL, re-analysis replaces its rows. */
  url: string;
  title: string;
  site: string;
  analysedAt: number;
  /** Length of the analysed text, for re-anchoring by position. */
  textLength: number;
  actorCount: number;
  claimCount: number;
  truncated?: string;
}

export interface ActorRecord {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  partOfId?: string;
  /** The reader's corrections win over the model (issue: linking). */
  userEdited?: boolean;
  firstSeen: number;
  lastSeen: number;
}

/** W3C Web Annotation selectors that re-attach a span of a page's text. */
export interface SpanSelectors {
  position: { start: number; end: number };
  quote: { exact: string; prefix: string; suffix: string };
}

export interface MentionRecord {
  id?: number;
  pageUrl: string;
  actorId: string;
  start: number;
  end: number;
  text: string;
  selectors: SpanSelectors;
}

export interface ClaimRecord {
  /** `${pageUrl}#${start}-${end}`: re-analysing a page updates rather than duplicates. */
  id: string;
  pageUrl: string;
  pageTitle: string;
  site: string;
  analysedAt: number;
  start: number;
  end: number;
  text: string;
  kind: ClaimKind;
  cue: string | null;
  speakerActorId: string | null;
  speakerName: string | null;
  polarity: Polarity | null;
  target: string | null;
  targetActorIds: string[];
  topic: string | null;
  selectors: SpanSelectors;
}

export type { TextSpan };
