// The stores of every schema version, in one place; each version's indexes are exactly what the read code queries.

/** v1: pages by url (and analysedAt for "most recent page"); actors by id, name, type and alias (search);
 * mentions by page, by actor and by actor on a page; claims by page, speaker history, topic and date. */
export const SCHEMA_V1 = {
  pages: 'url, analysedAt',
  actors: 'id, name, type, *aliases',
  mentions: '++id, pageUrl, actorId, [actorId+pageUrl]',
  claims: 'id, pageUrl, speakerActorId, topic, analysedAt, [speakerActorId+analysedAt]',
} as const;

export const CURRENT_VERSION = 1;
