// The claims table: the only code that writes it, and the speaker-history and search reads behind the panel.
import Dexie from 'dexie';
import type { ClaimRecord } from '../model';
import { adjustClaimCounts, claimCountDeltas, claimCountOf } from './actor-stats';
import { claimCountOfRows, groupClaims, unpackGroup, type ClaimGroupRow } from './claim-groups';
import type { FactDatabase } from './database';
import { pageClaimIdRange } from './schema';
import { claimRecordOf, toStoredClaim, type StoredClaim } from './stored-rows';

/** A page's claim rows (one per speaker): a primary-key range, since every row id starts with its page's URL. */
export function pageClaimRows(db: FactDatabase, pageUrl: string) {
  const [from, to] = pageClaimIdRange(pageUrl);
  return db.claims.where(':id').between(from, to, true, true);
}

export async function pageClaimCount(db: FactDatabase, pageUrl: string): Promise<number> {
  return claimCountOfRows(await pageClaimRows(db, pageUrl).toArray());
}

/** Replaces a page's claims from `fromOffset` on (0 for a whole re-analysis): its rows are rewritten with what is kept. */
export async function replaceClaims(db: FactDatabase, pageUrl: string, fromOffset: number, rows: ClaimRecord[]): Promise<void> {
  const kept = new Map<string, StoredClaim>();
  const removed: StoredClaim[] = [];
  for (const row of await pageClaimRows(db, pageUrl).toArray()) {
    for (const c of unpackGroup(row)) c.start >= fromOffset ? removed.push(c) : kept.set(c.id, c);
  }
  for (const c of rows) kept.set(c.id, toStoredClaim(c));
  await pageClaimRows(db, pageUrl).delete();
  await db.claims.bulkAdd(groupClaims([...kept.values()]));
  await adjustClaimCounts(db, claimCountDeltas(removed, rows));
}

/** One speaker's claims, newest first, a window at a time, from the [speakerActorId+analysedAt] index over its rows. */
export async function actorHistory(db: FactDatabase, actorId: string, page: { offset?: number; limit?: number } = {}): Promise<ClaimRecord[]> {
  return (await speakerClaims(db, actorId, page.offset ?? 0, page.limit ?? 50, true)).map(claimRecordOf);
}

/**
 * The same newest-first window, read from whichever end of the index is nearer: skipping means reading rows one by
 * one, so a window near the oldest claims is read oldest-first and flipped. `total` is the speaker's claim count.
 */
export async function actorHistoryWindow(db: FactDatabase, actorId: string, offset: number, limit: number, total: number): Promise<ClaimRecord[]> {
  if (offset <= total / 2) return actorHistory(db, actorId, { offset, limit });
  const end = Math.min(total, offset + limit);
  const rows = await speakerClaims(db, actorId, total - end, end - offset, false);
  return rows.reverse().map(claimRecordOf);
}

/** Walks the speaker's rows from one end, skipping `skip` claims and taking `take`; stops reading once it has them. */
async function speakerClaims(db: FactDatabase, actorId: string, skip: number, take: number, newestFirst: boolean): Promise<StoredClaim[]> {
  const out: StoredClaim[] = [];
  if (take <= 0) return out;
  let toSkip = skip;
  const range = db.claims.where('[speakerActorId+analysedAt]').between([actorId, Dexie.minKey], [actorId, Dexie.maxKey], true, true);
  await (newestFirst ? range.reverse() : range)
    .until(() => out.length >= take)
    .each((row: ClaimGroupRow) => {
      if (toSkip >= row.claims.length) return void (toSkip -= row.claims.length);
      const claims = unpackGroup(row);
      if (!newestFirst) claims.reverse();
      out.push(...claims.slice(toSkip, toSkip + take - out.length));
      toSkip = 0;
    });
  return out;
}

/** From the kept count, not the index: IndexedDB counts by walking entries, seconds at 100,000. */
export async function countActorHistory(db: FactDatabase, actorId: string): Promise<number> {
  return claimCountOf(db, actorId);
}

export async function claimsOfPage(db: FactDatabase, pageUrl: string): Promise<ClaimRecord[]> {
  const claims = (await pageClaimRows(db, pageUrl).toArray()).flatMap(unpackGroup);
  return claims.sort((a, b) => a.start - b.start).map(claimRecordOf);
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
    const claims = (await pageClaimRows(db, url).toArray()).flatMap(unpackGroup);
    claims.sort((a, b) => b.analysedAt - a.analysedAt || b.start - a.start);
    if (scanned + claims.length > maxScan) {
      // Only part of this page fits in the bound: look at its newest claims, then stop.
      claims.length = maxScan - scanned;
      searchedAll = false;
    }
    scanned += claims.length;
    for (const c of claims) if (found.length < limit && matches(c)) found.push(c);
    if (!searchedAll) break;
  }
  return { claims: found.map(claimRecordOf), searchedAll: searchedAll || found.length >= limit };
}
