// v1 -> v2: claims regrouped into one row per (page, speaker); claim and mention rows drop the selectors that repeated
// their own text and offsets, keeping the quote context.
import type { Transaction } from 'dexie';
import type { ClaimRecord, MentionRecord } from '../../model';
import { groupClaims } from '../claim-groups';
import { toStoredClaim, toStoredMention } from '../stored-rows';

/** A mention row as v1 stored it; `selectors` is optional so a row already rewritten is left alone. */
type V1Mention = Omit<MentionRecord, 'selectors'> & { selectors?: MentionRecord['selectors'] } & Record<string, unknown>;

/** The dropped claim indexes are removed by Dexie from the store list; the rows are rewritten here. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const claims = tx.table('claims');
  const v1Claims: ClaimRecord[] = await claims.toArray();
  await claims.clear();
  await claims.bulkAdd(groupClaims(v1Claims.map(toStoredClaim)));
  await tx.table('mentions').toCollection().modify((row: V1Mention) => {
    if (!row.selectors) return;
    Object.assign(row, toStoredMention(row as MentionRecord));
    delete row.selectors;
  });
}
