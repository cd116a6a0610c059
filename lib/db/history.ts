// An actor's claims newest first, a window at a time, through the claims' `*speakers` index of [speaker, newest date,
// count] keys: whole pages before the window are skipped by reading index keys only, then page rows are read in batches.
import Dexie, { cmp } from 'dexie';
import type { ClaimRecord } from '../model';
import { claimCountOf } from './actor-stats';
import { speakerClaimsOfRow, speakerEntryOf, type ClaimPageRow, type SpeakerEntry } from './claim-groups';
import type { FactDatabase } from './database';
import { claimRecordOf, type StoredClaim } from './stored-rows';

/** Page rows read first: 8 cover a 200-claim window when a speaker has 25 claims a page; sparser speakers take a second read sized by what the first found. */
const FIRST_BATCH = 8;

export async function actorHistory(db: FactDatabase, actorId: string, page: { offset?: number; limit?: number } = {}): Promise<ClaimRecord[]> {
  return (await speakerClaims(db, actorId, page.offset ?? 0, page.limit ?? 50, true)).map(claimRecordOf);
}

/**
 * The same newest-first window, read from whichever end of the index is nearer: skipping means walking index keys, so
 * a window near the oldest claims is read oldest-first and flipped. `total` is the speaker's claim count.
 */
export async function actorHistoryWindow(db: FactDatabase, actorId: string, offset: number, limit: number, total: number): Promise<ClaimRecord[]> {
  if (offset <= total / 2) return actorHistory(db, actorId, { offset, limit });
  const end = Math.min(total, offset + limit);
  const rows = await speakerClaims(db, actorId, total - end, end - offset, false);
  return rows.reverse().map(claimRecordOf);
}

/** From the kept count, not the index: IndexedDB counts by walking entries, seconds at 100,000. */
export async function countActorHistory(db: FactDatabase, actorId: string): Promise<number> {
  return claimCountOf(db, actorId);
}

/** The speaker's index entries from one end (or from `from`, inclusive, towards the other end). */
function speakerRange(db: FactDatabase, actorId: string, newestFirst: boolean, from?: SpeakerEntry) {
  const lowest = [actorId, Dexie.minKey];
  const highest = [actorId, Dexie.maxKey];
  return newestFirst
    ? db.claims.where('speakers').between(lowest, from ?? highest, true, true).reverse()
    : db.claims.where('speakers').between(from ?? lowest, highest, true, true);
}

interface WindowStart {
  /** The index key of the row holding the window's first claim (undefined: the first row). */
  from?: SpeakerEntry;
  /** Rows with that same key that come before it in the walk (ties are ordered by page URL). */
  passed: Set<string>;
  /** That row's claims of this speaker before the window. */
  skipInRow: number;
}

/** Walks index keys only, adding up the claim counts they carry, to the row where the window starts; null if past the end. */
async function findStart(db: FactDatabase, actorId: string, skip: number, newestFirst: boolean): Promise<WindowStart | null> {
  if (skip === 0) return { passed: new Set(), skipInRow: 0 };
  let before = 0;
  let start: WindowStart | null = null;
  let lastKey: SpeakerEntry | undefined;
  let passedAtLastKey = new Set<string>();
  await speakerRange(db, actorId, newestFirst)
    .until(() => start !== null)
    .eachKey((key, cursor) => {
      const entry = key as unknown as SpeakerEntry;
      if (!lastKey || cmp(entry, lastKey) !== 0) passedAtLastKey = new Set();
      lastKey = entry;
      if (before + entry[2] > skip) start = { from: entry, passed: passedAtLastKey, skipInRow: skip - before };
      else {
        before += entry[2];
        passedAtLastKey.add(cursor.primaryKey as string);
      }
    });
  return start;
}

/** Skips `skip` claims from one end and takes `take`, reading page rows in batches until it has them. */
async function speakerClaims(db: FactDatabase, actorId: string, skip: number, take: number, newestFirst: boolean): Promise<StoredClaim[]> {
  const out: StoredClaim[] = [];
  const start = take > 0 ? await findStart(db, actorId, skip, newestFirst) : null;
  if (!start) return out;
  const seen = start.passed;
  let { from, skipInRow } = start;
  // A short window (the hover card's five) needs no more rows than claims.
  let batch = Math.min(FIRST_BATCH, take);
  for (;;) {
    const rows: ClaimPageRow[] = await speakerRange(db, actorId, newestFirst, from).limit(batch).toArray();
    let fresh = 0;
    let claimsSeen = 0;
    for (const row of rows) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      fresh += 1;
      const claims = speakerClaimsOfRow(row, actorId);
      if (!newestFirst) claims.reverse();
      claimsSeen += claims.length;
      for (let i = skipInRow; i < claims.length && out.length < take; i++) out.push(claims[i]);
      skipInRow = 0;
      if (out.length >= take) return out;
    }
    if (rows.length < batch) return out;
    // The next read starts at the last row's key (inclusive: rows sharing it are told apart by `seen`), sized by the
    // claims a row held so far; a read that found only rows already seen (many rows with one key) reads twice as many.
    from = speakerEntryOf(rows[rows.length - 1], actorId);
    batch = fresh === 0 ? batch * 2 : Math.max(2, Math.ceil((take - out.length) / Math.max(1, claimsSeen / fresh)) + 1);
  }
}
