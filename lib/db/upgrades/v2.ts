// v1 -> v2: claim and mention rows drop the selectors that repeated their own text and offsets, keeping the quote context.
import type { Transaction } from 'dexie';
import type { ClaimRecord, MentionRecord } from '../../model';
import { toStoredClaim, toStoredMention } from '../stored-rows';

/** A row as v1 stored it; `selectors` is optional so a row already rewritten is left alone. */
type V1Row<T> = Omit<T, 'selectors'> & { selectors?: ClaimRecord['selectors'] } & Record<string, unknown>;

/** Rewrites every claim and mention row in place; the dropped claim indexes are removed by Dexie from the store list. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx.table('claims').toCollection().modify((row: V1Row<ClaimRecord>) => {
    if (!row.selectors) return;
    Object.assign(row, toStoredClaim(row as ClaimRecord));
    delete row.selectors;
  });
  await tx.table('mentions').toCollection().modify((row: V1Row<MentionRecord>) => {
    if (!row.selectors) return;
    Object.assign(row, toStoredMention(row as MentionRecord));
    delete row.selectors;
  });
}
