// The claims table: the only code that writes it, and the page and search reads behind the panel (history: history.ts).
import type { ClaimRecord } from '../model';
import { adjustClaimCounts, claimCountDeltas } from './actor-stats';
import { claimCountOfRow, groupClaims, newestFirst, unpackRow } from './claim-groups';
import type { FactDatabase } from './database';
import { claimRecordOf, toStoredClaim, type StoredClaim } from './stored-rows';

export { actorHistory, actorHistoryWindow, countActorHistory } from './history';

export async function pageClaimCount(db: FactDatabase, pageUrl: string): Promise<number> {
  const row = await db.claims.get(pageUrl);
  return row ? claimCountOfRow(row) : 0;
}

/** Replaces a page's claims from `fromOffset` on (0 for a whole re-analysis): its row is rewritten with what is kept. */
export async function replaceClaims(db: FactDatabase, pageUrl: string, fromOffset: number, rows: ClaimRecord[]): Promise<void> {
  const kept = new Map<string, StoredClaim>();
  const removed: StoredClaim[] = [];
  const old = await db.claims.get(pageUrl);
  for (const c of old ? unpackRow(old) : []) c.start >= fromOffset ? removed.push(c) : kept.set(c.id, c);
  for (const c of rows) kept.set(c.id, toStoredClaim(c));
  const [row] = groupClaims([...kept.values()]);
  await (row ? db.claims.put(row) : db.claims.delete(pageUrl));
  await adjustClaimCounts(db, claimCountDeltas(removed, rows));
}

export async function claimsOfPage(db: FactDatabase, pageUrl: string): Promise<ClaimRecord[]> {
  const row = await db.claims.get(pageUrl);
  return row ? unpackRow(row).map(claimRecordOf) : [];
}

/** Page rows read per step of the search: enough to fill most result lists in one read. */
const SEARCH_PAGES_PER_READ = 20;

/** Claims whose text, speaker or target contains the query, newest page first (no index covers every claim's date).
 * Stops after `limit` hits or `maxScan` claims, and says whether it looked at every claim, so the panel can tell
 * the reader when older claims were not searched. */
export async function searchClaims(db: FactDatabase, query: string, limit = 20, maxScan = 20_000): Promise<{ claims: ClaimRecord[]; searchedAll: boolean }> {
  const q = query.trim().toLowerCase();
  if (!q) return { claims: [], searchedAll: true };
  const matches = (c: StoredClaim) => c.text.toLowerCase().includes(q) || (c.speakerName ?? '').toLowerCase().includes(q) || (c.target ?? '').toLowerCase().includes(q);
  const found: StoredClaim[] = [];
  let scanned = 0;
  let searchedAll = true;
  const urls = (await db.pages.orderBy('analysedAt').reverse().primaryKeys()) as string[];
  for (let i = 0; i < urls.length && found.length < limit && searchedAll; i += SEARCH_PAGES_PER_READ) {
    for (const row of await db.claims.bulkGet(urls.slice(i, i + SEARCH_PAGES_PER_READ))) {
      if (!row || found.length >= limit) continue;
      const claims = unpackRow(row).sort(newestFirst);
      if (scanned + claims.length > maxScan) {
        // Only part of this page fits in the bound: look at its newest claims, then stop.
        claims.length = maxScan - scanned;
        searchedAll = false;
      }
      scanned += claims.length;
      for (const c of claims) if (found.length < limit && matches(c)) found.push(c);
      if (!searchedAll) break;
    }
  }
  return { claims: found.map(claimRecordOf), searchedAll: searchedAll || found.length >= limit };
}
