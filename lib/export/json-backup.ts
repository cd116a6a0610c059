// Full JSON backup of every table, written into a Blob a batch at a time so 100,000 claims never become one giant string.
import type { FactDatabase } from '../db';
import { claimTotal, forEachBatch, forEachClaimBatch, forEachMentionBatch, mentionTotal } from '../db/batches';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-schema';
import { BACKUP_TYPE, BlobWriter } from './output';
import { yieldToUi, type OnProgress } from './progress';

const BATCH = 10_000;
/** Mention rows hold a whole page's; claims go about 1,000 at a time (whole pages): chunks small enough that their
 * objects die young, large enough that one JSON.stringify serves many rows. */
const MENTION_PAGES_PER_BATCH = 50;
const CLAIMS_PER_BATCH = 1_000;

/** The backup: one JSON document `{format, version, exportedAt, pages, actors, mentions, claims}`. Claims and mentions
 * are written one object each (the file format does not depend on how the database groups them). */
export async function exportBackup(db: FactDatabase, onProgress?: OnProgress, now = new Date()): Promise<Blob> {
  const counts = await Promise.all([db.pages.count(), db.actors.count(), mentionTotal(db), claimTotal(db)]);
  const total = counts.reduce((a, b) => a + b, 0);
  let done = 0;
  const out = new BlobWriter(BACKUP_TYPE);
  out.write(`{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(now.toISOString())}`);
  const writeArray = async (name: string, each: (onRows: (rows: unknown[]) => Promise<void>) => Promise<void>) => {
    out.write(`,${JSON.stringify(name)}:[`);
    let first = true;
    await each(async (rows) => {
      if (rows.length === 0) return;
      // One stringify per batch (minus its brackets) is several times faster than one per row.
      out.write((first ? '' : ',') + JSON.stringify(rows).slice(1, -1));
      first = false;
      onProgress?.(Math.min(total, (done += rows.length)), total);
      await yieldToUi();
    });
    out.write(']');
  };
  await writeArray('pages', (onRows) => forEachBatch(db.pages, BATCH, onRows));
  await writeArray('actors', (onRows) => forEachBatch(db.actors, BATCH, onRows));
  await writeArray('mentions', (onRows) => forEachMentionBatch(db, MENTION_PAGES_PER_BATCH, onRows));
  await writeArray('claims', (onRows) => forEachClaimBatch(db, CLAIMS_PER_BATCH, onRows));
  out.write('}');
  onProgress?.(total, total);
  return out.result;
}
