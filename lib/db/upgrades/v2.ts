// v1 -> v2: claims regrouped into one row per (page, speaker); claim and mention rows drop the selectors that repeated
// their own text and offsets, keeping the quote context. The v2 row layout is written out here, not taken from the
// current claim-groups.ts, so that this step keeps producing what v3's upgrade expects to read.
import type { Transaction } from 'dexie';
import type { ClaimRecord, MentionRecord } from '../../model';
import { toStoredClaim, toStoredMention, type StoredClaim } from '../stored-rows';

/** A claim inside a v2 row: `id`, `pageTitle` and `site` only when they differ from what the row implies. */
export type V2PackedClaim = Omit<StoredClaim, 'id' | 'pageUrl' | 'pageTitle' | 'site' | 'speakerActorId'> & { id?: string; pageTitle?: string; site?: string };

/** A v2 claims row: one speaker's claims on one page, id `${pageUrl}#${speakerActorId ?? ''}`. */
export interface V2ClaimRow {
  id: string;
  pageUrl: string;
  pageTitle: string;
  site: string;
  speakerActorId: string | null;
  /** The newest claim's date (v2's history index ordered rows by it). */
  analysedAt: number;
  claims: V2PackedClaim[];
}

export function groupClaimsV2(claims: StoredClaim[]): V2ClaimRow[] {
  const rows = new Map<string, V2ClaimRow>();
  for (const { id, pageUrl, pageTitle, site, speakerActorId, ...rest } of claims) {
    const rowId = `${pageUrl}#${speakerActorId ?? ''}`;
    let row = rows.get(rowId);
    if (!row) rows.set(rowId, (row = { id: rowId, pageUrl, pageTitle, site, speakerActorId, analysedAt: rest.analysedAt, claims: [] }));
    const packed: V2PackedClaim = { ...rest };
    if (id !== `${pageUrl}#${rest.start}-${rest.end}`) packed.id = id;
    if (pageTitle !== row.pageTitle) packed.pageTitle = pageTitle;
    if (site !== row.site) packed.site = site;
    row.claims.push(packed);
    row.analysedAt = Math.max(row.analysedAt, rest.analysedAt);
  }
  for (const row of rows.values()) row.claims.sort((a, b) => a.start - b.start || a.end - b.end);
  return [...rows.values()];
}

/** A mention row as v1 stored it; `selectors` is optional so a row already rewritten is left alone. */
type V1Mention = Omit<MentionRecord, 'selectors'> & { selectors?: MentionRecord['selectors'] } & Record<string, unknown>;

/** The dropped claim indexes are removed by Dexie from the store list; the rows are rewritten here. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const claims = tx.table('claims');
  const v1Claims: ClaimRecord[] = await claims.toArray();
  await claims.clear();
  await claims.bulkAdd(groupClaimsV2(v1Claims.map(toStoredClaim)));
  await tx.table('mentions').toCollection().modify((row: V1Mention) => {
    if (!row.selectors) return;
    Object.assign(row, toStoredMention(row as MentionRecord));
    delete row.selectors;
  });
}
