// An actor's stances across saved pages, read one window at a time so a history of 100,000 claims opens instantly.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { actorHistory, actorHistoryWindow, countActorHistory, db, getActor } from '@/lib/db';
import type { ActorRecord, ClaimRecord } from '@/lib/model';

/** Rows fetched per window; the list asks for the window around what is on screen. */
export const WINDOW = 200;

export interface ActorHistory {
  actor: ActorRecord | null | undefined;
  total: number | undefined;
  /** The claim at a position in the newest-first history, or undefined while its window loads. */
  claimAt(index: number): ClaimRecord | undefined;
  /** Tells the hook which rows are on screen, so it loads their window. */
  showRange(first: number, last: number): void;
}

/** Reads the window's claims, timed: a named measure lets the benchmark read the real query time from the running panel. */
async function timedWindow(actorId: string, start: number, total: Promise<number>): Promise<ClaimRecord[]> {
  const t0 = performance.now();
  // The first window is always read from the newest end; later ones need the count (one kept row) to pick the nearer end.
  const claims = start === 0 ? await actorHistory(db, actorId, { limit: WINDOW }) : await actorHistoryWindow(db, actorId, start, WINDOW, await total);
  performance.measure('fa:history-query', { start: t0, end: performance.now() });
  return claims;
}

export function useActorHistory(actorId: string): ActorHistory {
  const [windowStart, setWindowStart] = useState(0);
  // Actor, count and window in one live query: the panel renders once, when all three are in, rather than drawing the
  // header and an empty list while the window's read waits behind that work on the same thread.
  const view = useLiveQuery(async () => {
    const total = countActorHistory(db, actorId);
    const [actor, count, claims] = await Promise.all([getActor(db, actorId), total, timedWindow(actorId, windowStart, total)]);
    return { actor: actor ?? null, total: count, start: windowStart, claims };
  }, [actorId, windowStart]);

  const claimAt = useCallback((i: number) => (view && i >= view.start ? view.claims[i - view.start] : undefined), [view]);
  const showRange = useCallback((first: number, last: number) => {
    setWindowStart((current) => {
      if (first >= current && last < current + WINDOW) return current;
      // Centre the window on what is visible so scrolling either way stays inside it for a while.
      const middle = Math.floor((first + last) / 2);
      return Math.max(0, Math.floor((middle - WINDOW / 2) / 50) * 50);
    });
  }, []);
  return { actor: view?.actor, total: view?.total, claimAt, showRange };
}
