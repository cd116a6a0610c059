// The panel's and hover card's reads: actor card, paged history, search, latest page.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { actorHistory, actorHistoryWindow, countActorHistory, getActorCard, latestPage, saveAnalysis, search, searchClaims, type FactDatabase } from '../../lib/db';
import { replaceClaims } from '../../lib/db/claims';
import { PAGE_ONE, PAGE_ONE_TEXT, PAGE_TWO, PAGE_TWO_TEXT, freshDb, pageOne, pageTwo } from './sample';
import type { ClaimRecord } from '../../lib/model';

async function twoPages() {
  const db = freshDb();
  await saveAnalysis(db, PAGE_ONE, PAGE_ONE_TEXT, pageOne());
  await new Promise((r) => setTimeout(r, 5));
  await saveAnalysis(db, PAGE_TWO, PAGE_TWO_TEXT, pageTwo());
  return db;
}

describe('reads', () => {
  it('getActorCard gives the actor and its latest stances, newest first; an unknown id gives null and none', async () => {
    const db = await twoPages();
    const card = await getActorCard(db, 'person:anna-berg');
    expect(card.actor).toMatchObject({ name: 'Anna Berg', type: 'person' });
    expect(card.stances.map((s) => [s.polarity, s.pageTitle])).toEqual([['support', PAGE_TWO.title], ['oppose', PAGE_ONE.title]]);
    expect(await getActorCard(db, 'person:nobody')).toEqual({ actor: null, stances: [] });
  });

  it('getActorCard returns at most five stances', async () => {
    const db = freshDb();
    await storeClaims(db, Array.from({ length: 8 }, (_, i) => fakeClaim(i)));
    const card = await getActorCard(db, 'person:x');
    expect(card.stances.map((s) => s.text)).toEqual(['claim 7', 'claim 6', 'claim 5', 'claim 4', 'claim 3']);
  });

  it('actorHistory pages through a long history newest first without gaps or repeats', async () => {
    const db = freshDb();
    await storeClaims(db, [...Array.from({ length: 120 }, (_, i) => fakeClaim(i)), { ...fakeClaim(500), speakerActorId: 'person:other' }]);
    expect(await countActorHistory(db, 'person:x')).toBe(120);
    const first = await actorHistory(db, 'person:x', { limit: 50 });
    const rest = await actorHistory(db, 'person:x', { offset: 50, limit: 100 });
    const all = [...first, ...rest].map((c) => c.text);
    expect(all).toHaveLength(120);
    expect(all[0]).toBe('claim 119');
    expect(new Set(all).size).toBe(120);
  });

  it('a window near the oldest claims, read from the other end, is the same as read from the newest end', async () => {
    const db = freshDb();
    await storeClaims(db, Array.from({ length: 120 }, (_, i) => fakeClaim(i)));
    const texts = async (offset: number, limit: number) => (await actorHistoryWindow(db, 'person:x', offset, limit, 120)).map((c) => c.text);
    const direct = async (offset: number, limit: number) => (await actorHistory(db, 'person:x', { offset, limit })).map((c) => c.text);
    expect(await texts(100, 50)).toEqual(await direct(100, 50));
    expect(await texts(100, 50)).toEqual(Array.from({ length: 20 }, (_, i) => `claim ${19 - i}`));
    expect(await texts(70, 30)).toEqual(await direct(70, 30));
    expect(await texts(10, 5)).toEqual(await direct(10, 5));
  });

  it('history windows cross rows that each hold one speaker\'s many claims on one page, and count rows per page and speaker', async () => {
    const db = freshDb();
    // 90 claims on 3 pages, 30 per page, each page analysed after the one before.
    const claims = Array.from({ length: 90 }, (_, i) => {
      const url = `https://p.example/${Math.floor(i / 30)}`;
      return { ...fakeClaim(i), pageUrl: url, id: `${url}#${i * 10}-${i * 10 + 7}`, start: i * 10, end: i * 10 + 7 };
    });
    await db.transaction('rw', db.claims, db.actorStats, async () => {
      for (let p = 0; p < 3; p++) await replaceClaims(db, `https://p.example/${p}`, 0, claims.slice(p * 30, p * 30 + 30));
    });
    expect(await db.claims.count()).toBe(3);
    const newestFirst = Array.from({ length: 90 }, (_, i) => `claim ${89 - i}`);
    expect((await actorHistory(db, 'person:x', { limit: 100 })).map((c) => c.text)).toEqual(newestFirst);
    for (const [offset, limit] of [[0, 10], [25, 20], [44, 3], [60, 30], [85, 10], [29, 2]]) {
      expect((await actorHistoryWindow(db, 'person:x', offset, limit, 90)).map((c) => c.text)).toEqual(newestFirst.slice(offset, offset + limit));
    }
  });

  it('search finds actors by name, alias or word prefix and claims by contained text, case-insensitively', async () => {
    const db = await twoPages();
    expect((await search(db, 'ann')).actors.map((a) => a.name)).toEqual(['Anna Berg']);
    expect((await search(db, 'berg')).actors.map((a) => a.name)).toEqual(['Anna Berg']);
    expect((await search(db, 'pact co')).actors.map((a) => a.name)).toEqual(['Pact Council']);
    expect((await search(db, 'TRADE DEAL')).claims.map((c) => c.text)).toEqual(['supports the new trade deal']);
    expect(await search(db, '   ')).toEqual({ actors: [], claims: [], searchedAllClaims: true });
  });

  it('search stops at its limit', async () => {
    const db = freshDb();
    await storeClaims(db, Array.from({ length: 60 }, (_, i) => fakeClaim(i)));
    expect((await search(db, 'claim', 10)).claims).toHaveLength(10);
  });

  it('claim search is bounded, newest first, and says when it did not reach the oldest claims', async () => {
    const db = freshDb();
    await storeClaims(db, Array.from({ length: 60 }, (_, i) => fakeClaim(i)));
    expect(await searchClaims(db, 'claim 1', 20, 30)).toEqual({ claims: [], searchedAll: false }); // claims 1 and 10-19 are all older than the newest 30
    const found = await searchClaims(db, 'claim 5', 20, 30);
    expect(found.claims.map((c) => c.text)).toEqual(['claim 59', 'claim 58', 'claim 57', 'claim 56', 'claim 55', 'claim 54', 'claim 53', 'claim 52', 'claim 51', 'claim 50']);
    expect(found.searchedAll).toBe(false);
    expect((await searchClaims(db, 'claim 5', 20, 100)).searchedAll).toBe(true);
  });

  it('latestPage is the page analysed last', async () => {
    const db = await twoPages();
    expect((await latestPage(db))?.url).toBe(PAGE_TWO.url);
    expect(await latestPage(freshDb())).toBeUndefined();
  });
});

/** Stores claims through the claims table's own writer, one page each (the search walks pages), so the kept counts follow. */
async function storeClaims(db: FactDatabase, claims: ClaimRecord[]) {
  await db.transaction('rw', db.claims, db.actorStats, db.pages, async () => {
    for (const c of claims) {
      await db.pages.put({ url: c.pageUrl, title: c.pageTitle, site: c.site, analysedAt: c.analysedAt, textLength: c.end, actorCount: 1, claimCount: 1 });
      await replaceClaims(db, c.pageUrl, 0, [c]);
    }
  });
}

function fakeClaim(i: number): ClaimRecord {
  return {
    id: `https://p.example/${i}#0-7`, pageUrl: `https://p.example/${i}`, pageTitle: `Page ${i}`, site: 'p.example', analysedAt: 1_700_000_000_000 + i * 1000,
    start: 0, end: 7, text: `claim ${i}`, kind: 'direct', cue: 'said', speakerActorId: 'person:x', speakerName: 'X', polarity: 'neutral', target: null,
    targetActorIds: [], topic: null, selectors: { position: { start: 0, end: 7 }, quote: { exact: `claim ${i}`, prefix: '', suffix: '' } },
  };
}
