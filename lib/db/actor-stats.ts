// The actorStats table: each speaker's claim count, kept in step with the claims table by the code that writes claims.
import type { ClaimRecord } from '../model';
import type { FactDatabase } from './database';

export interface ActorStatsRecord {
  actorId: string;
  claimCount: number;
}

/** Per-speaker count changes from claims removed and claims added. */
export function claimCountDeltas(removed: Pick<ClaimRecord, 'speakerActorId'>[], added: Pick<ClaimRecord, 'speakerActorId'>[]): Map<string, number> {
  const deltas = new Map<string, number>();
  const bump = (id: string | null, by: number) => id && deltas.set(id, (deltas.get(id) ?? 0) + by);
  for (const c of removed) bump(c.speakerActorId, -1);
  for (const c of added) bump(c.speakerActorId, 1);
  return deltas;
}

/** Applies count changes; call inside the transaction that changes the claims. */
export async function adjustClaimCounts(db: FactDatabase, deltas: Map<string, number>): Promise<void> {
  const ids = [...deltas.keys()].filter((id) => deltas.get(id) !== 0);
  if (ids.length === 0) return;
  const stored = await db.actorStats.bulkGet(ids);
  await db.actorStats.bulkPut(ids.map((actorId, i) => ({ actorId, claimCount: Math.max(0, (stored[i]?.claimCount ?? 0) + (deltas.get(actorId) ?? 0)) })));
}

export async function claimCountOf(db: FactDatabase, actorId: string): Promise<number> {
  return (await db.actorStats.get(actorId))?.claimCount ?? 0;
}
