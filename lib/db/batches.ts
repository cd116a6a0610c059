// Reads a whole table in primary-key order, a batch at a time, so exports of 100,000 rows never hold one huge array.
import type { Table } from 'dexie';
import { unpackGroup } from './claim-groups';
import type { FactDatabase } from './database';
import type { StoredClaim } from './stored-rows';

export async function forEachBatch<T>(table: Table<T, any, any>, batchSize: number, onBatch: (rows: T[]) => void | Promise<void>): Promise<void> {
  let last: unknown = undefined;
  for (;;) {
    const query = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
    const rows = await query.limit(batchSize).toArray();
    if (rows.length === 0) return;
    await onBatch(rows);
    if (rows.length < batchSize) return;
    last = (rows[rows.length - 1] as Record<string, unknown>)[table.schema.primKey.keyPath as string];
  }
}

/** Every claim, a batch of (page, speaker) rows at a time, as whole claim records. */
export async function forEachClaimBatch(db: FactDatabase, rowsPerBatch: number, onBatch: (claims: StoredClaim[]) => void | Promise<void>): Promise<void> {
  await forEachBatch(db.claims, rowsPerBatch, (rows) => onBatch(rows.flatMap(unpackGroup)));
}

/** The number of stored claims, from the pages' kept counts (claims are not one row each, so a table count would not do). */
export async function claimTotal(db: FactDatabase): Promise<number> {
  let total = 0;
  await db.pages.each((p) => void (total += p.claimCount));
  return total;
}

export interface TableCounts {
  pages: number;
  actors: number;
  mentions: number;
  claims: number;
}
