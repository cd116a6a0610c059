// Backup and import: a round trip restores the same rows, re-importing duplicates nothing, a bad file changes nothing.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimsOfPage, countActorHistory, mentionsOfPage, saveAnalysis, type FactDatabase } from '../../lib/db';
import { exportBackup } from '../../lib/export/json-backup';
import { importBackup } from '../../lib/export/import';
import { PAGE_ONE, PAGE_ONE_TEXT, PAGE_TWO, PAGE_TWO_TEXT, freshDb, pageOne, pageTwo } from '../db/sample';

async function seeded() {
  const db = freshDb();
  await saveAnalysis(db, PAGE_ONE, PAGE_ONE_TEXT, pageOne());
  await saveAnalysis(db, PAGE_TWO, PAGE_TWO_TEXT, pageTwo());
  return db;
}

async function snapshot(db: FactDatabase) {
  return { pages: await db.pages.toArray(), actors: await db.actors.toArray(), mentions: await db.pageMentions.toArray(), claims: await db.claims.toArray(), stats: await db.actorStats.toArray() };
}

describe('JSON backup', () => {
  it('is one JSON document with format, version, date and every table', async () => {
    const db = await seeded();
    const progress: number[] = [];
    const file = await exportBackup(db, (done) => progress.push(done), new Date('2026-01-02T03:04:05Z'));
    expect(file.type).toBe('application/json');
    const json = JSON.parse(await file.text());
    expect(json).toMatchObject({ format: 'fact-annotator-backup', version: 2, exportedAt: '2026-01-02T03:04:05.000Z' });
    expect([json.pages.length, json.actors.length, json.mentions.length, json.claims.length]).toEqual([2, 4, 6, 2]);
    expect(progress.at(-1)).toBe(14);
  });

  it('round trip: export, import into an empty database, same rows', async () => {
    const db = await seeded();
    const text = await (await exportBackup(db)).text();
    const empty = freshDb();
    const result = await importBackup(empty, text);
    expect(result).toEqual({ status: 'imported', imported: { pages: 2, actors: 4, mentions: 6, claims: 2 }, duplicate: { pages: 0, actors: 0, mentions: 0, claims: 0 } });
    expect(await snapshot(empty)).toEqual(await snapshot(db));
    expect(await countActorHistory(empty, 'person:anna-berg')).toBe(2);
  });

  it('importing the same backup again adds nothing and counts every row as a duplicate', async () => {
    const db = await seeded();
    const text = await (await exportBackup(db)).text();
    const before = await snapshot(db);
    const result = await importBackup(db, text);
    expect(result).toEqual({ status: 'imported', imported: { pages: 0, actors: 0, mentions: 0, claims: 0 }, duplicate: { pages: 2, actors: 4, mentions: 6, claims: 2 } });
    expect(await snapshot(db)).toEqual(before);
    expect(await countActorHistory(db, 'person:anna-berg')).toBe(2);
  });

  it('a backup with more of a page than is stored adds the missing claims and mentions to that page, and counts the rest as duplicates', async () => {
    const db = await seeded();
    const backup = JSON.parse(await (await exportBackup(db)).text());
    // A database that has page one with only its mentions, and nothing of page two.
    const partial = freshDb();
    await saveAnalysis(partial, PAGE_ONE, PAGE_ONE_TEXT, { ...pageOne(), claims: [] });
    const result = await importBackup(partial, JSON.stringify(backup));
    expect(result).toEqual({ status: 'imported', imported: { pages: 1, actors: 1, mentions: 3, claims: 2 }, duplicate: { pages: 1, actors: 3, mentions: 3, claims: 0 } });
    expect((await claimsOfPage(partial, PAGE_ONE.url)).map((c) => c.text)).toEqual((await claimsOfPage(db, PAGE_ONE.url)).map((c) => c.text));
    expect(await mentionsOfPage(partial, PAGE_ONE.url)).toEqual(await mentionsOfPage(db, PAGE_ONE.url));
    expect(await countActorHistory(partial, 'person:anna-berg')).toBe(2);
  });

  it('exports an empty database as a valid, re-importable backup', async () => {
    const text = await (await exportBackup(freshDb())).text();
    expect(JSON.parse(text)).toMatchObject({ pages: [], actors: [], mentions: [], claims: [] });
    expect((await importBackup(freshDb(), text)).status).toBe('imported');
  });
});

/** A version-1 backup (full selectors on every claim and mention) made from the saved v1 database example. */
function v1Backup() {
  const ex = JSON.parse(readFileSync(join(__dirname, '../fixtures/db/v1-example.json'), 'utf8'));
  return { format: 'fact-annotator-backup', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', pages: ex.pages, actors: ex.actors, mentions: ex.mentions, claims: ex.claims };
}

describe('version-1 backups', () => {
  it('still import, and their claims and mentions give back the same selectors', async () => {
    const v1 = v1Backup();
    const db = freshDb();
    const result = await importBackup(db, JSON.stringify(v1));
    expect(result).toMatchObject({ status: 'imported', imported: { claims: v1.claims.length, mentions: v1.mentions.length } });
    const url = 'https://news.example/one';
    expect((await claimsOfPage(db, url)).map((c) => c.selectors)).toEqual(v1.claims.filter((c: any) => c.pageUrl === url).map((c: any) => c.selectors));
    const mentions = v1.mentions.filter((m: any) => m.pageUrl === url).sort((a: any, b: any) => a.start - b.start);
    expect((await mentionsOfPage(db, url)).map((m) => m.selectors)).toEqual(mentions.map((m: any) => m.selectors));
    expect(await countActorHistory(db, 'person:anna-berg')).toBe(2);
  });

  it('a damaged version-1 file is refused with the place of the damage', async () => {
    const v1 = v1Backup();
    delete v1.claims[0].selectors.quote.prefix;
    const db = freshDb();
    const result = await importBackup(db, JSON.stringify(v1));
    expect(result.status === 'error' && result.message).toMatch(/claims\[0\]\.selectors\.quote\.prefix/);
    expect(await db.claims.count()).toBe(0);
  });

  it('a re-exported version-1 import is a version-2 file without per-row selectors, smaller by at least the repeated quote of each claim', async () => {
    const db = freshDb();
    await importBackup(db, JSON.stringify(v1Backup()));
    const v2 = JSON.parse(await (await exportBackup(db)).text());
    expect(v2.version).toBe(2);
    expect(v2.claims.every((c: any) => !('selectors' in c) && typeof c.prefix === 'string')).toBe(true);
    const size = (rows: unknown[]) => JSON.stringify(rows).length;
    const repeatedQuotes = v2.claims.reduce((n: number, c: any) => n + c.text.length, 0);
    expect(size(v2.claims)).toBeLessThan(size(v1Backup().claims) - repeatedQuotes);
  });
});

describe('import of a bad file', () => {
  const cases: [string, (b: any) => unknown, RegExp][] = [
    ['not JSON', () => '{"format": "fact-annotator-backup", ', /not valid JSON/],
    ['another file', () => ({ hello: 'world' }), /not a Fact Annotator backup/],
    ['a wrong polarity deep inside', (b) => ((b.claims[1].polarity = 'maybe'), b), /claims\[1\]\.polarity/],
    ['a missing table', (b) => (delete b.mentions, b), /mentions/],
    ['a newer version', (b) => ((b.version = 3), b), /version 3.*newer Fact Annotator/],
    ['a mention of an actor not in the file', (b) => ((b.mentions[5].actorId = 'person:ghost'), b), /mentions\[5\]\.actorId.*person:ghost/],
  ];
  for (const [what, spoil, message] of cases) {
    it(`${what}: says what is wrong and where, and changes nothing`, async () => {
      const db = await seeded();
      const backup = JSON.parse(await (await exportBackup(db)).text());
      await db.claims.clear(); // an import of the good rows would visibly change this table
      const before = await snapshot(db);
      const spoilt = spoil(backup);
      const result = await importBackup(db, typeof spoilt === 'string' ? spoilt : JSON.stringify(spoilt));
      expect(result.status).toBe('error');
      expect(result.status === 'error' && result.message).toMatch(message);
      expect(await snapshot(db)).toEqual(before);
    });
  }
});
