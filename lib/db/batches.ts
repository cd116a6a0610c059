// Reads a whole table in primary-key order, a batch at a time, so exports of 100,000 rows never hold one huge array.
import type { Table } from 'dexie';

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

export interface TableCounts {
  pages: number;
  actors: number;
  mentions: number;
  claims: number;
}
