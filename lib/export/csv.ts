// CSV of all claims (RFC 4180), safe to open in a spreadsheet: cells that could run as formulas are defused.
import type { FactDatabase } from '../db';
import { claimTotal, forEachClaimBatch } from '../db/batches';
import type { ClaimRecord } from '../model';
import { BlobWriter, CSV_TYPE } from './output';
import { yieldToUi, type OnProgress } from './progress';

/** Claims per step (whole pages): enough that reads are few, few enough that each batch's strings die young. */
const CLAIMS_PER_BATCH = 1_000;

export const CSV_COLUMNS = ['date', 'speaker', 'polarity', 'target', 'topic', 'kind', 'claim', 'page title', 'site', 'url', 'start', 'end'] as const;

/** Quotes a cell when needed (comma, quote, line break), doubling quotes; prefixes `'` to text a spreadsheet would run as a formula. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function claimCsvRow(c: Omit<ClaimRecord, 'selectors'>): string {
  const cells = [new Date(c.analysedAt).toISOString(), c.speakerName, c.polarity, c.target, c.topic, c.kind, c.text, c.pageTitle, c.site, c.pageUrl, c.start, c.end];
  return cells.map(csvCell).join(',');
}

/** Every claim, one row each, written into a Blob a batch of pages at a time. */
export async function exportClaimsCsv(db: FactDatabase, onProgress?: OnProgress): Promise<Blob> {
  const total = await claimTotal(db);
  let done = 0;
  const out = new BlobWriter(CSV_TYPE);
  out.write(CSV_COLUMNS.map(csvCell).join(',') + '\r\n');
  await forEachClaimBatch(db, CLAIMS_PER_BATCH, async (rows) => {
    out.write(rows.map(claimCsvRow).join('\r\n') + '\r\n');
    onProgress?.((done += rows.length), total);
    await yieldToUi();
  });
  return out.result;
}
