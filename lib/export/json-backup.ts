// Full JSON backup of every table, built as string chunks so 100,000 claims never become one giant string at once.
import type { FactDatabase } from '../db';
import type { Table } from 'dexie';
import { forEachBatch } from '../db/batches';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-schema';
import { yieldToUi, type OnProgress } from './progress';

const BATCH = 10_000;

/** The backup as Blob parts: concatenated, they are one JSON document `{format, version, exportedAt, pages, actors, mentions, claims}`. */
export async function exportBackup(db: FactDatabase, onProgress?: OnProgress, now = new Date()): Promise<string[]> {
  const tables: Table<unknown, any, any>[] = [db.pages, db.actors, db.mentions, db.claims];
  const counts = await Promise.all(tables.map((t) => t.count()));
  const total = counts.reduce((a, b) => a + b, 0);
  let done = 0;
  const parts: string[] = [`{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(now.toISOString())}`];
  for (const table of tables) {
    parts.push(`,${JSON.stringify(table.name)}:[`);
    let first = true;
    await forEachBatch(table, BATCH, async (rows) => {
      // One stringify per batch (minus its brackets) is several times faster than one per row.
      parts.push((first ? '' : ',') + JSON.stringify(rows).slice(1, -1));
      first = false;
      onProgress?.((done += rows.length), total);
      await yieldToUi();
    });
    parts.push(']');
  }
  parts.push('}');
  onProgress?.(total, total);
  return parts;
}
