// An actor's history over v3's page rows: windows stay gap-free and in order when pages share index keys, when the
// speaker says little on each of many pages, and when other speakers fill the same pages.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { actorHistory, actorHistoryWindow, countActorHistory, type FactDatabase } from '../../lib/db';
import { replaceClaims } from '../../lib/db/claims';
import type { ClaimRecord } from '../../lib/model';
import { freshDb } from './sample';

const T0 = 1_700_000_000_000;

/** Claim `n` on a page, by a speaker, dated `at`; its text names it so order is easy to read. */
function claimOn(page: number, n: number, speaker: string, at: number): ClaimRecord {
  const url = `https://h.example/${page}`;
  const start = n * 20;
  return {
    id: `${url}#${start}-${start + 9}`, pageUrl: url, pageTitle: `Page ${page}`, site: 'h.example', analysedAt: at, start, end: start + 9, text: `p${page} c${n}`,
    kind: 'direct', cue: 'said', speakerActorId: speaker, speakerName: speaker, polarity: 'neutral', target: null, targetActorIds: [], topic: null,
    selectors: { position: { start, end: start + 9 }, quote: { exact: `p${page} c${n}`, prefix: '', suffix: '' } },
  };
}

async function store(db: FactDatabase, claims: ClaimRecord[]) {
  const byPage = new Map<string, ClaimRecord[]>();
  for (const c of claims) byPage.set(c.pageUrl, [...(byPage.get(c.pageUrl) ?? []), c]);
  await db.transaction('rw', db.claims, db.actorStats, async () => {
    for (const [url, list] of byPage) await replaceClaims(db, url, 0, list);
  });
}

const texts = (claims: ClaimRecord[]) => claims.map((c) => c.text);

describe('actor history over page rows', () => {
  it('pages analysed at the same moment with the same count (one index key) are each read once, in every window', async () => {
    const db = freshDb();
    // 40 pages, 3 claims each by x, all with one date: every page has the key [x, T0, 3].
    await store(db, Array.from({ length: 40 }, (_, p) => [0, 1, 2].map((n) => claimOn(p, n, 'person:x', T0))).flat());
    const all = texts(await actorHistory(db, 'person:x', { limit: 500 }));
    expect(all).toHaveLength(120);
    expect(new Set(all).size).toBe(120);
    for (const [offset, limit] of [[0, 7], [5, 30], [59, 2], [61, 50], [100, 40]]) {
      expect(texts(await actorHistory(db, 'person:x', { offset, limit }))).toEqual(all.slice(offset, offset + limit));
      expect(texts(await actorHistoryWindow(db, 'person:x', offset, limit, 120))).toEqual(all.slice(offset, offset + limit));
    }
  });

  it('a speaker with one claim on each of 300 pages full of other speakers gets the newest 200, newest first', async () => {
    const db = freshDb();
    const claims = Array.from({ length: 300 }, (_, p) => [claimOn(p, 0, 'person:rare', T0 + p * 1000), ...[1, 2, 3, 4].map((n) => claimOn(p, n, 'person:busy', T0 + p * 1000))]).flat();
    await store(db, claims);
    const history = await actorHistory(db, 'person:rare', { limit: 200 });
    expect(texts(history)).toEqual(Array.from({ length: 200 }, (_, i) => `p${299 - i} c0`));
    expect(history.every((c) => c.speakerActorId === 'person:rare')).toBe(true);
    expect(await countActorHistory(db, 'person:busy')).toBe(1200);
    // Deep in the busy speaker's history, read from the older end: same as from the newer end.
    expect(texts(await actorHistoryWindow(db, 'person:busy', 1100, 50, 1200))).toEqual(texts(await actorHistory(db, 'person:busy', { offset: 1100, limit: 50 })));
  });

  it('a window past the end is empty, and an actor without claims has none', async () => {
    const db = freshDb();
    await store(db, [claimOn(0, 0, 'person:x', T0)]);
    expect(await actorHistory(db, 'person:x', { offset: 5 })).toEqual([]);
    expect(await actorHistory(db, 'person:nobody')).toEqual([]);
  });

  it('re-analysing a page moves its claims in the history to the new date and keeps the count', async () => {
    const db = freshDb();
    await store(db, [claimOn(0, 0, 'person:x', T0), claimOn(1, 0, 'person:x', T0 + 1000)]);
    expect(texts(await actorHistory(db, 'person:x'))).toEqual(['p1 c0', 'p0 c0']);
    await store(db, [claimOn(0, 0, 'person:x', T0 + 2000)]);
    expect(texts(await actorHistory(db, 'person:x'))).toEqual(['p0 c0', 'p1 c0']);
    expect(await countActorHistory(db, 'person:x')).toBe(2);
  });
});
