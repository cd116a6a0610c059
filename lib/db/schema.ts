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

export const CURRENT_VERSION = 1;
