// The stores of every schema version, in one place; each version's indexes are exactly what the read code queries.

/** v1. Every index costs time on each write (100,000 claims must import in seconds), so only queried ones exist:
 * pages by url and analysedAt (the panel's "most recent page"); actors by id, name and alias (search);
 * mentions by page (actors on a page) and by actor on a page; claims by id, page (replace on re-analysis),
 * analysedAt (newest-first search) and [speakerActorId+analysedAt] (an actor's history, newest first);
 * actorStats keeps each speaker's claim count, because counting 100,000 index entries in IndexedDB takes seconds. */
export const SCHEMA_V1 = {
  pages: 'url, analysedAt',
  actors: 'id, name, *aliases',
  mentions: '++id, pageUrl, [actorId+pageUrl]',
  claims: 'id, pageUrl, analysedAt, [speakerActorId+analysedAt]',
  actorStats: 'actorId',
} as const;

/** v2. A claims row is one page's claims by one speaker: about a fifth of the rows and index entries of one row per
 * claim. Its id is `${pageUrl}#${speaker}`, so a page's claims are a primary-key range and the claims store needs only
 * the [speakerActorId+analysedAt] index (history); the newest-first search walks pages by their analysedAt index.
 * Claim and mention rows no longer repeat their text and offsets in stored selectors (stored-rows.ts). */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  // Nothing reads mentions by actor across pages, so v1's [actorId+pageUrl] index only cost writes.
  mentions: '++id, pageUrl',
  claims: 'id, [speakerActorId+analysedAt]',
} as const;

/** v3 (decision 005). In Chromium an IndexedDB row costs about as much to write as 40 KB of value, so rows are per
 * page: a claims row holds all of a page's claims (id = page URL; claim-groups.ts), found by speaker through the
 * multi-entry `speakers` index of [speaker, newest date, count] keys; a pageMentions row holds all of a page's mentions
 * (mention-rows.ts). The one-row-per-mention `mentions` store is dropped once the upgrade has moved its rows. */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  mentions: null,
  pageMentions: 'pageUrl',
  claims: 'id, *speakers',
} as const;

export const CURRENT_VERSION = 3;
