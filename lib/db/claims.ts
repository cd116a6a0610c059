// The claims table: the only code that writes it, and the speaker-history and search reads behind the panel.
import Dexie from 'dexie';
import type { ClaimRecord } from '../model';
import { adjustClaimCounts, claimCountDeltas, claimCountOf } from './actor-stats';
import type { FactDatabase } from './database';
import { pageClaimIdRange } from './schema';
import { claimRecordOf, toStoredClaim, type StoredClaim } from './stored-rows';

/** A page's stored claims: a primary-key range, since every claim id starts with its page's URL. */
export function pageClaims(db: FactDatabase, pageUrl: string) {
  const [from, to] = pageClaimIdRange(pageUrl);
  return db.claims.where(':id').between(from, to, true, true);
}

/** Replaces a page's claims from `fromOffset` on (0 for a whole re-analysis). */
export async function replaceClaims(db: FactDatabase, pageUrl: string, fromOffset: number, rows: ClaimRecord[]): Promise<void> {
  const replaced = pageClaims(db, pageUrl).filter((c) => c.start >= fromOffset);
  const removed = await replaced.toArray();
  await replaced.delete();
  await db.claims.bulkPut(rows.map(toStoredClaim));
  await adjustClaimCounts(db, claimCountDeltas(removed, rows));
}

/** One speaker's claims, newest first, a window at a time, from the [speakerActorId+analysedAt] index. The first window
 * is one bounded getAll (milliseconds at any size); a later one skips `offset` entries, which IndexedDB does linearly. */
export async function actorHistory(db: FactDatabase, actorId: string, page: { offset?: number; limit?: number } = {}): Promise<ClaimRecord[]> {
  const rows = await speakerRange(db, actorId).reverse().offset(page.offset ?? 0).limit(page.limit ?? 50).toArray();
  return rows.map(claimRecordOf);
}

/**
 * The same newest-first window, read from whichever end of the index is nearer: IndexedDB skips entries one by one,
 * so a window near the oldest claims is read oldest-first and flipped. `total` is the speaker's claim count.
 */
export async function actorHistoryWindow(db: FactDatabase, actorId: string, offset: number, limit: number, total: number): Promise<ClaimRecord[]> {
  if (offset <= total / 2) return actorHistory(db, actorId, { offset, limit });
  const end = Math.min(total, offset + limit);
  const fromOldest = total - end;
  const rows = await speakerRange(db, actorId).offset(fromOldest).limit(end - offset).toArray();
  return rows.reverse().map(claimRecordOf);
}

/** From the kept count, not the index: IndexedDB counts by walking entries, seconds at 100,000. */
export async function countActorHistory(db: FactDatabase, actorId: string): Promise<number> {
  return claimCountOf(db, actorId);
}

function speakerRange(db: FactDatabase, actorId: string) {
  return db.claims.where('[speakerActorId+analysedAt]').between([actorId, Dexie.minKey], [actorId, Dexie.maxKey], true, true);
}

export async function claimsOfPage(db: FactDatabase, pageUrl: string): Promise<ClaimRecord[]> {
  return (await pageClaims(db, pageUrl).sortBy('start')).map(claimRecordOf);
}

/** Claims whose text, speaker or target contains the query, newest page first (v2 keeps no index over every claim's
 * date). Stops after `limit` hits or `maxScan` claims, and says whether it looked at every claim, so the panel can tell
 * the reader when older claims were not searched. */
export async function searchClaims(db: FactDatabase, query: string, limit = 20, maxScan = 20_000): Promise<{ claims: ClaimRecord[]; searchedAll: boolean }> {
  const q = query.trim().toLowerCase();
  if (!q) return { claims: [], searchedAll: true };
  const matches = (c: StoredClaim) => c.text.toLowerCase().includes(q) || (c.speakerName ?? '').toLowerCase().includes(q) || (c.target ?? '').toLowerCase().includes(q);
  const found: StoredClaim[] = [];
  let scanned = 0;
  let searchedAll = true;
  const urls = (await db.pages.orderBy('analysedAt').reverse().primaryKeys()) as string[];
  for (const url of urls) {
    if (found.length >= limit) break;
    const rows = (await pageClaims(db, url).toArray()).sort((a, b) => b.analysedAt - a.analysedAt || b.start - a.start);
    if (scanned + rows.length > maxScan) {
      // Only part of this page fits in the bound: look at its newest rows, then stop.
      rows.length = maxScan - scanned;
      searchedAll = false;
    }
    scanned += rows.length;
    for (const c of rows) if (found.length < limit && matches(c)) found.push(c);
    if (!searchedAll) break;
  }
  return { claims: found.map(claimRecordOf), searchedAll: searchedAll || found.length >= limit };
}
