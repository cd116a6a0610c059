// Reads a whole table in primary-key order, a batch at a time, so exports of 100,000 rows never hold one huge array.
import type { Table } from 'dexie';
import { claimCountOfRow, unpackRow, type ClaimPageRow } from './claim-groups';
import type { FactDatabase } from './database';
import { mentionCountOfRow, unpackMentions } from './mention-rows';
import type { StoredClaim, StoredMention } from './stored-rows';

/** `batchSize` may be a function of the rows read so far, for tables whose rows hold many items each. */
export async function forEachBatch<T>(table: Table<T, any, any>, batchSize: number | ((rowsRead: T[]) => number), onBatch: (rows: T[]) => void | Promise<void>): Promise<void> {
  let last: unknown = undefined;
  let rows: T[] = [];
  for (;;) {
    const size = typeof batchSize === 'number' ? batchSize : batchSize(rows);
    const query = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
    rows = await query.limit(size).toArray();
    if (rows.length === 0) return;
    await onBatch(rows);
    if (rows.length < size) return;
    last = (rows[rows.length - 1] as Record<string, unknown>)[table.schema.primKey.keyPath as string];
  }
}

/** Every claim, about `claimsPerBatch` at a time (whole page rows, sized by the claims per page read so far), as
 * whole claim records. Small batches matter: an export's objects for a batch then die young, where batches of
 * 5,000 claims cost the JSON-LD export seconds of garbage collection. */
export async function forEachClaimBatch(db: FactDatabase, claimsPerBatch: number, onBatch: (claims: StoredClaim[]) => void | Promise<void>): Promise<void> {
  const pagesFor = (last: ClaimPageRow[]) => {
    const perPage = last.length ? last.reduce((n, r) => n + claimCountOfRow(r), 0) / last.length : 20;
    return Math.max(1, Math.min(500, Math.round(claimsPerBatch / Math.max(1, perPage))));
  };
  await forEachBatch(db.claims, pagesFor, (rows) => onBatch(rows.flatMap(unpackRow)));
}

/** Every mention, a batch of page rows at a time. */
export async function forEachMentionBatch(db: FactDatabase, pagesPerBatch: number, onBatch: (mentions: StoredMention[]) => void | Promise<void>): Promise<void> {
  await forEachBatch(db.pageMentions, pagesPerBatch, (rows) => onBatch(rows.flatMap(unpackMentions)));
}

/** The number of stored claims, from the pages' kept counts (claims are not one row each, so a table count would not do). */
export async function claimTotal(db: FactDatabase): Promise<number> {
  let total = 0;
  await db.pages.each((p) => void (total += p.claimCount));
  return total;
}

/** The number of stored mentions: no count is kept, so this reads every page's mentions row (a few MB at 100,000 claims). */
export async function mentionTotal(db: FactDatabase): Promise<number> {
  let total = 0;
  await db.pageMentions.each((row) => void (total += mentionCountOfRow(row)));
  return total;
}

export interface TableCounts {
  pages: number;
  actors: number;
  mentions: number;
  claims: number;
}
