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

/** v2. A claims row is one page's claims by one speaker (claim-groups.ts): about a fifth of the rows and index entries
 * of one row per claim. Its id is `${pageUrl}#${speaker}`, so a page's claims are a primary-key range and the claims
 * store needs only the [speakerActorId+analysedAt] index (history); the newest-first search walks pages by their
 * analysedAt index. Claim and mention rows no longer repeat their text and offsets in stored selectors (stored-rows.ts). */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  // Nothing reads mentions by actor across pages, so v1's [actorId+pageUrl] index only cost writes.
  mentions: '++id, pageUrl',
  claims: 'id, [speakerActorId+analysedAt]',
} as const;

export const CURRENT_VERSION = 2;

/** The primary-key range of one page's claim rows: ids are `${pageUrl}#${speaker}` and normalised URLs have no '#'. */
export function pageClaimIdRange(pageUrl: string): [string, string] {
  return [`${pageUrl}#`, `${pageUrl}#\uffff`];
}
