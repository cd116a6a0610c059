// v2 -> v3: claims regrouped from one row per (page, speaker) into one row per page with its speaker index entries;
// mentions moved from one row per mention into one pageMentions row per page (the old store is then dropped).
import type { Transaction } from 'dexie';
import { groupClaims } from '../claim-groups';
import { groupMentions } from '../mention-rows';
import type { StoredClaim, StoredMention } from '../stored-rows';
import type { V2ClaimRow } from './v2';

/** v2's claims as whole stored claims: the fields a v2 row left out are the row's. */
export function claimsOfV2Row(row: V2ClaimRow): StoredClaim[] {
  return row.claims.map(({ id, pageTitle, site, ...rest }) => ({
    ...rest,
    id: id ?? `${row.pageUrl}#${rest.start}-${rest.end}`,
    pageUrl: row.pageUrl,
    pageTitle: pageTitle ?? row.pageTitle,
    site: site ?? row.site,
    speakerActorId: row.speakerActorId,
  }));
}

export async function upgradeToV3(tx: Transaction): Promise<void> {
  const claims = tx.table('claims');
  const v2Rows: V2ClaimRow[] = await claims.toArray();
  await claims.clear();
  await claims.bulkAdd(groupClaims(v2Rows.flatMap(claimsOfV2Row)));
  // Mention ids were local to one database and nothing refers to them; they are not kept.
  const v2Mentions: StoredMention[] = await tx.table('mentions').toArray();
  await tx.table('pageMentions').bulkAdd(groupMentions(v2Mentions));
}
