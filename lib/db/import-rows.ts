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

/** Rows per bulk write: each is one IndexedDB request per row either way; batches only bound what one call holds. */
const BATCH = 5_000;
/** Page rows per bulk write (a claims row holds a whole page's claims, so fewer make a batch of similar size). */
const PAGE_ROW_BATCH = 200;

type Progress = (n: number) => void;

/**
 * Existing rows win (the reader's local data is never overwritten by an older file): pages, actors and claims are
 * duplicates by primary key; mentions by page, actor and offsets. An empty table (a restore) needs no look-ups.
 */
export async function importRows(db: FactDatabase, rows: BackupRows, onProgress?: (done: number, total: number) => void): Promise<{ imported: TableCounts; duplicate: TableCounts }> {
  const total = rows.pages.length + rows.actors.length + rows.mentions.length + rows.claims.length;
  let done = 0;
  const progress: Progress = (n) => onProgress?.((done += n), total);
  const imported: TableCounts = { pages: 0, actors: 0, mentions: 0, claims: 0 };
  const duplicate: TableCounts = { pages: 0, actors: 0, mentions: 0, claims: 0 };
  const count = (name: keyof TableCounts, fresh: number, all: number) => {
    imported[name] += fresh;
    duplicate[name] += all - fresh;
  };

  await db.transaction('rw', [db.pages, db.actors, db.pageMentions, db.claims, db.actorStats], async () => {
    count('pages', await importByKey(db.pages, rows.pages, (p) => p.url, progress), rows.pages.length);
    count('actors', await importByKey(db.actors, rows.actors, (a) => a.id, progress), rows.actors.length);
    const freshClaims = await importClaims(db, rows.claims, progress);
    count('claims', freshClaims.length, rows.claims.length);
    await adjustClaimCounts(db, claimCountDeltas([], freshClaims));
    count('mentions', await importMentions(db, rows.mentions, progress), rows.mentions.length);
  });
  return { imported, duplicate };
}

/** Adds the rows whose key is not stored yet; returns how many. */
async function importByKey<T>(table: Table<T, any, any>, all: T[], key: (r: T) => string, progress: Progress): Promise<number> {
  const list = dedupe(all, key);
  progress(all.length - list.length);
  const empty = (await table.count()) === 0;
  let added = 0;
  for (let i = 0; i < list.length; i += BATCH) {
    const batch = list.slice(i, i + BATCH);
    const existing = empty ? [] : await table.bulkGet(batch.map(key));
    const fresh = batch.filter((_, j) => existing[j] === undefined);
    await table.bulkAdd(fresh);
    added += fresh.length;
    progress(batch.length);
  }
  return added;
}

/** Page rows already stored for the pages these items belong to (none when the table is empty). */
async function storedRows<R>(table: Table<R, any, any>, pageUrls: string[], keyOf: (r: R) => string): Promise<Map<string, R>> {
  const stored = new Map<string, R>();
  if ((await table.count()) === 0) return stored;
  for (const row of await table.bulkGet(pageUrls)) if (row) stored.set(keyOf(row), row);
  return stored;
}

/** Writes page rows, adding where the table had none (an add skips Dexie's read of the old row that a put makes). */
async function writeRows<R>(table: Table<R, any, any>, rows: R[], stored: Map<string, R>, keyOf: (r: R) => string, onBatch: (batch: R[]) => void): Promise<void> {
  for (let i = 0; i < rows.length; i += PAGE_ROW_BATCH) {
    const batch = rows.slice(i, i + PAGE_ROW_BATCH);
    const fresh = batch.filter((r) => !stored.has(keyOf(r)));
    const merged = batch.filter((r) => stored.has(keyOf(r)));
    if (fresh.length) await table.bulkAdd(fresh);
    if (merged.length) await table.bulkPut(merged);
    onBatch(batch);
  }
}

/** A claim whose id is already stored is a duplicate; new claims join their page's stored row. Returns the new claims. */
async function importClaims(db: FactDatabase, all: StoredClaim[], progress: Progress): Promise<StoredClaim[]> {
  const claims = dedupe(all, (c) => c.id);
  const stored = await storedRows(db.claims, [...new Set(claims.map((c) => c.pageUrl))], (r) => r.id);
  const storedIds = new Set<string>();
  for (const row of stored.values()) for (const c of unpackRow(row)) storedIds.add(c.id);
  const fresh = claims.filter((c) => !storedIds.has(c.id));
  progress(all.length - fresh.length);
  const added = (r: ClaimPageRow) => claimCountOfRow(r) - (stored.has(r.id) ? claimCountOfRow(stored.get(r.id)!) : 0);
  await writeRows(db.claims, groupClaims(fresh, stored), stored, (r) => r.id, (batch) => progress(batch.reduce((n, r) => n + added(r), 0)));
  return fresh;
}

/** A mention already stored (same page, actor and offsets) is a duplicate; new ones join their page's row. Returns how many were new. */
async function importMentions(db: FactDatabase, all: StoredMention[], progress: Progress): Promise<number> {
  const stored = await storedRows(db.pageMentions, [...new Set(all.map((m) => m.pageUrl))], (r) => r.pageUrl);
  const seen = new Set<string>();
  for (const row of stored.values()) for (const m of unpackMentions(row)) seen.add(mentionKeyOf(row.pageUrl, m));
  const fresh = all.filter((m) => {
    const key = mentionKeyOf(m.pageUrl, m);
    return seen.has(key) ? false : (seen.add(key), true);
  });
  progress(all.length - fresh.length);
  const added = (r: MentionPageRow) => mentionCountOfRow(r) - (stored.has(r.pageUrl) ? mentionCountOfRow(stored.get(r.pageUrl)!) : 0);
  await writeRows(db.pageMentions, groupMentions(fresh, stored), stored, (r) => r.pageUrl, (batch) => progress(batch.reduce((n, r) => n + added(r), 0)));
  return fresh.length;
}

/** Within one file, later copies of a key are duplicates too (they would make bulkAdd fail). */
function dedupe<T>(list: T[], key: (r: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((r) => (seen.has(key(r)) ? false : (seen.add(key(r)), true)));
}
