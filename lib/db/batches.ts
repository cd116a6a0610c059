// Reads a whole table in primary-key order, a batch at a time, so exports of 100,000 rows never hold one huge array.
import type { Table } from 'dexie';
import { unpackRow } from './claim-groups';
import type { FactDatabase } from './database';
import { mentionCountOfRow, unpackMentions } from './mention-rows';
import type { StoredClaim, StoredMention } from './stored-rows';

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

/** Every claim, a batch of page rows at a time, as whole claim records. */
export async function forEachClaimBatch(db: FactDatabase, pagesPerBatch: number, onBatch: (claims: StoredClaim[]) => void | Promise<void>): Promise<void> {
  await forEachBatch(db.claims, pagesPerBatch, (rows) => onBatch(rows.flatMap(unpackRow)));
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
