// Writes already-validated backup rows in one transaction: rows the database already holds are counted, not duplicated.
import type { ActorRecord, PageRecord } from '../model';
import type { TableCounts } from './batches';
import { adjustClaimCounts, claimCountDeltas } from './actor-stats';
import { groupClaims, unpackGroup, type ClaimGroupRow } from './claim-groups';
import { pageClaimRows } from './claims';
import type { FactDatabase } from './database';
import type { StoredClaim, StoredMention } from './stored-rows';

export interface BackupRows {
  pages: PageRecord[];
  actors: ActorRecord[];
  mentions: StoredMention[];
  claims: StoredClaim[];
}

const BATCH = 5_000;
/** Claim rows hold a page's claims by one speaker, so fewer rows make a batch of similar size. */
const GROUP_BATCH = 1_000;

/**
 * Existing rows win (the reader's local data is never overwritten by an older file): pages, actors and claims are
 * duplicates by primary key; mentions by page, actor and offsets, since their numeric ids are local to one database.
 */
export async function importRows(db: FactDatabase, rows: BackupRows, onProgress?: (done: number, total: number) => void): Promise<{ imported: TableCounts; duplicate: TableCounts }> {
  const total = rows.pages.length + rows.actors.length + rows.mentions.length + rows.claims.length;
  let done = 0;
  const progress = (n: number) => onProgress?.((done += n), total);
  const imported: TableCounts = { pages: 0, actors: 0, mentions: 0, claims: 0 };
  const duplicate: TableCounts = { pages: 0, actors: 0, mentions: 0, claims: 0 };

  await db.transaction('rw', [db.pages, db.actors, db.mentions, db.claims, db.actorStats], async () => {
    const byKey = async <T>(name: 'pages' | 'actors', all: T[], key: (r: T) => string) => {
      const table = db[name] as unknown as import('dexie').Table<T, string>;
      const list = dedupe(all, key);
      duplicate[name] += all.length - list.length;
      progress(all.length - list.length);
      // Restoring into an empty table (the common case) needs no look-ups: every row is new.
      const empty = (await table.count()) === 0;
      for (let i = 0; i < list.length; i += BATCH) {
        const batch = list.slice(i, i + BATCH);
        const existing = empty ? [] : await table.bulkGet(batch.map(key));
        const fresh = batch.filter((_, j) => existing[j] === undefined);
        await table.bulkAdd(fresh);
        imported[name] += fresh.length;
        duplicate[name] += batch.length - fresh.length;
        progress(batch.length);
      }
    };
    await byKey('pages', rows.pages, (p) => p.url);
    await byKey('actors', rows.actors, (a) => a.id);

    // Claims go into their (page, speaker) rows: a claim whose id is already stored is a duplicate; new claims join
    // the page's stored rows. An empty table (a restore) needs no look-ups.
    const claims = dedupe(rows.claims, (c) => c.id);
    const existingRows = new Map<string, ClaimGroupRow>();
    const storedIds = new Set<string>();
    if ((await db.claims.count()) > 0) {
      for (const url of new Set(claims.map((c) => c.pageUrl))) {
        for (const row of await pageClaimRows(db, url).toArray()) {
          existingRows.set(row.id, row);
          for (const c of unpackGroup(row)) storedIds.add(c.id);
        }
      }
    }
    const freshClaims = claims.filter((c) => !storedIds.has(c.id));
    imported.claims = freshClaims.length;
    duplicate.claims = rows.claims.length - freshClaims.length;
    const groups = groupClaims(freshClaims, existingRows);
    progress(rows.claims.length - freshClaims.length);
    for (let i = 0; i < groups.length; i += GROUP_BATCH) {
      const batch = groups.slice(i, i + GROUP_BATCH);
      await db.claims.bulkPut(batch);
      progress(batch.reduce((n, g) => n + g.claims.length - (existingRows.get(g.id)?.claims.length ?? 0), 0));
    }
    await adjustClaimCounts(db, claimCountDeltas([], freshClaims));

    const mentionKey = (m: StoredMention) => `${m.pageUrl}\u0000${m.actorId}\u0000${m.start}\u0000${m.end}`;
    const pageUrls = [...new Set(rows.mentions.map((m) => m.pageUrl))];
    const seen = new Set<string>();
    if ((await db.mentions.count()) > 0) await db.mentions.where('pageUrl').anyOf(pageUrls).each((m) => seen.add(mentionKey(m)));
    for (let i = 0; i < rows.mentions.length; i += BATCH) {
      const batch = rows.mentions.slice(i, i + BATCH);
      const fresh: StoredMention[] = [];
      for (const m of batch) {
        const k = mentionKey(m);
        if (seen.has(k)) continue;
        seen.add(k);
        const { id: _localId, ...rest } = m;
        fresh.push(rest);
      }
      await db.mentions.bulkAdd(fresh);
      imported.mentions += fresh.length;
      duplicate.mentions += batch.length - fresh.length;
      progress(batch.length);
    }
  });
  return { imported, duplicate };
}

/** Within one file, later copies of a key are duplicates too (they would make bulkAdd fail). */
function dedupe<T>(list: T[], key: (r: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((r) => (seen.has(key(r)) ? false : (seen.add(key(r)), true)));
}
