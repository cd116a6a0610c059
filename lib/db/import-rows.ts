// Writes already-validated backup rows in one transaction: rows the database already holds are counted, not duplicated.
import type { Table } from 'dexie';
import type { ActorRecord, PageRecord } from '../model';
import type { TableCounts } from './batches';
import { adjustClaimCounts, claimCountDeltas } from './actor-stats';
import { claimCountOfRow, groupClaims, unpackRow, type ClaimPageRow } from './claim-groups';
import type { FactDatabase } from './database';
import { groupMentions, mentionCountOfRow, mentionKeyOf, unpackMentions, type MentionPageRow } from './mention-rows';
import type { StoredClaim, StoredMention } from './stored-rows';

export interface BackupRows {
  pages: PageRecord[];
  actors: ActorRecord[];
  mentions: StoredMention[];
  claims: StoredClaim[];
}

/** Rows per bulk write. All writes are issued at once; batches only let the progress bar move as they land. */
const BATCH = 200;

type Progress = (n: number) => void;

/**
 * Existing rows win (the reader's local data is never overwritten by an older file): pages, actors and claims are
 * duplicates by primary key; mentions by page, actor and offsets. An empty table (a restore) needs no look-ups.
 *
 * Requests in one IndexedDB transaction run in the order they were made, so every look-up comes first; then all the
 * writes are issued without waiting for one batch before the next, so the browser writes while this page still
 * groups and serialises rows (waiting per batch left either side idle half the time).
 */
export async function importRows(db: FactDatabase, rows: BackupRows, onProgress?: (done: number, total: number) => void): Promise<{ imported: TableCounts; duplicate: TableCounts }> {
  const total = rows.pages.length + rows.actors.length + rows.mentions.length + rows.claims.length;
  let done = 0;
  const progress: Progress = (n) => onProgress?.((done += n), total);
  const pageUrlsOf = (list: { pageUrl: string }[]) => [...new Set(list.map((r) => r.pageUrl))];

  return db.transaction('rw', [db.pages, db.actors, db.pageMentions, db.claims, db.actorStats], async () => {
    const [storedPages, storedActors, storedClaimRows, storedMentionRows] = await Promise.all([
      storedRows(db.pages, rows.pages.map((p) => p.url), (p) => p.url),
      storedRows(db.actors, rows.actors.map((a) => a.id), (a) => a.id),
      storedRows(db.claims, pageUrlsOf(rows.claims), (r) => r.id),
      storedRows(db.pageMentions, pageUrlsOf(rows.mentions), (r) => r.pageUrl),
    ]);
    const pages = newOnly(rows.pages, (p) => p.url, storedPages);
    const actors = newOnly(rows.actors, (a) => a.id, storedActors);
    const claims = newClaims(rows.claims, storedClaimRows);
    const mentions = newMentions(rows.mentions, storedMentionRows);
    progress(total - pages.length - actors.length - claims.length - mentions.length);

    const claimRows = groupClaims(claims, storedClaimRows);
    const mentionRows = groupMentions(mentions, storedMentionRows);
    const addedClaims = (r: ClaimPageRow) => claimCountOfRow(r) - (storedClaimRows.has(r.id) ? claimCountOfRow(storedClaimRows.get(r.id)!) : 0);
    const addedMentions = (r: MentionPageRow) => mentionCountOfRow(r) - (storedMentionRows.has(r.pageUrl) ? mentionCountOfRow(storedMentionRows.get(r.pageUrl)!) : 0);
    await Promise.all([
      ...write(db.pages, pages, storedPages, (p) => p.url, (batch) => progress(batch.length)),
      ...write(db.actors, actors, storedActors, (a) => a.id, (batch) => progress(batch.length)),
      ...write(db.claims, claimRows, storedClaimRows, (r) => r.id, (batch) => progress(batch.reduce((n, r) => n + addedClaims(r), 0))),
      ...write(db.pageMentions, mentionRows, storedMentionRows, (r) => r.pageUrl, (batch) => progress(batch.reduce((n, r) => n + addedMentions(r), 0))),
      adjustClaimCounts(db, claimCountDeltas([], claims)),
    ]);
    const counts = (p: number, a: number, m: number, c: number): TableCounts => ({ pages: p, actors: a, mentions: m, claims: c });
    return {
      imported: counts(pages.length, actors.length, mentions.length, claims.length),
      duplicate: counts(rows.pages.length - pages.length, rows.actors.length - actors.length, rows.mentions.length - mentions.length, rows.claims.length - claims.length),
    };
  });
}

/** Stored rows with these keys, by key; none are looked up when the table is empty. */
async function storedRows<R>(table: Table<R, any, any>, keys: string[], keyOf: (r: R) => string): Promise<Map<string, R>> {
  const stored = new Map<string, R>();
  if (keys.length === 0 || (await table.count()) === 0) return stored;
  for (const row of await table.bulkGet(keys)) if (row) stored.set(keyOf(row), row);
  return stored;
}

/** Rows whose key is neither stored nor earlier in the file (a later copy would make the add fail). */
function newOnly<T>(list: T[], key: (r: T) => string, stored: Map<string, unknown>): T[] {
  const seen = new Set(stored.keys());
  return list.filter((r) => (seen.has(key(r)) ? false : (seen.add(key(r)), true)));
}

/** A claim whose id is already stored (in its page's row) or earlier in the file is a duplicate. */
function newClaims(all: StoredClaim[], stored: Map<string, ClaimPageRow>): StoredClaim[] {
  const storedIds = new Map<string, unknown>();
  for (const row of stored.values()) for (const c of unpackRow(row)) storedIds.set(c.id, c);
  return newOnly(all, (c) => c.id, storedIds);
}

/** A mention already stored (same page, actor and offsets) or earlier in the file is a duplicate. */
function newMentions(all: StoredMention[], stored: Map<string, MentionPageRow>): StoredMention[] {
  const storedKeys = new Map<string, unknown>();
  for (const row of stored.values()) for (const m of unpackMentions(row)) storedKeys.set(mentionKeyOf(row.pageUrl, m), m);
  return newOnly(all, (m) => mentionKeyOf(m.pageUrl, m), storedKeys);
}

/** Issues the writes in batches without waiting between them: adds for new keys (an add skips the read of the old
 * row that Dexie makes for a put), puts for rows merged into stored ones. Returns the batches' promises. */
function write<R>(table: Table<R, any, any>, rows: R[], stored: Map<string, unknown>, keyOf: (r: R) => string, onBatch: (batch: R[]) => void): Promise<void>[] {
  const pending: Promise<void>[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const fresh = batch.filter((r) => !stored.has(keyOf(r)));
    const merged = batch.filter((r) => stored.has(keyOf(r)));
    pending.push(Promise.all([fresh.length ? table.bulkAdd(fresh) : null, merged.length ? table.bulkPut(merged) : null]).then(() => onBatch(batch)));
  }
  return pending;
}
