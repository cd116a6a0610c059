// Opening a database written by an older schema version with the current code: every saved example must still read.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorHistory, actorsOnPage, claimsOfPage, countActorHistory, getActorCard, mentionsOfPage, openDatabase, search } from '../../lib/db';
import { CURRENT_VERSION } from '../../lib/db/schema';

interface SavedExample {
  version: number;
  schema: Record<string, string>;
  [table: string]: unknown;
}

const example = (v: number): SavedExample => JSON.parse(readFileSync(join(__dirname, `../fixtures/db/v${v}-example.json`), 'utf8'));

/** Writes the saved rows with the old version's own schema, as an older release of the extension would have. */
async function writeOld(name: string, ex: SavedExample): Promise<void> {
  const old = new Dexie(name);
  old.version(ex.version).stores(ex.schema);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const table of Object.keys(ex.schema)) await old.table(table).bulkAdd((ex[table] as unknown[]) ?? []);
  });
  old.close();
}

describe('schema upgrades', () => {
  it('the current code opens a v1 database and reads its actors, history and search', async () => {
    await writeOld('upgrade-from-v1', example(1));
    const db = openDatabase('upgrade-from-v1');
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    const onPage = await actorsOnPage(db, 'https://news.example/one');
    expect(onPage.map((a) => a.actor.name)).toContain('Anna Berg');
    const history = await actorHistory(db, 'person:anna-berg');
    expect(history.map((c) => c.polarity)).toEqual(['support', 'oppose']);
    expect(await countActorHistory(db, 'person:anna-berg')).toBe(2);
    expect((await getActorCard(db, 'person:anna-berg')).actor?.aliases).toEqual(['Berg']);
    expect((await search(db, 'trade')).claims).toHaveLength(1);
    db.close();
  });

  it('v2 rewrites v1 claim and mention rows without their stored selectors, and derives the same selectors back', async () => {
    const v1 = example(1);
    await writeOld('upgrade-rows-from-v1', v1);
    const db = openDatabase('upgrade-rows-from-v1');
    await db.open();
    const claimRows = await db.claims.toArray();
    expect(claimRows.flatMap((r) => r.claims)).toHaveLength((v1.claims as unknown[]).length);
    const rows = [...claimRows.flatMap((r) => r.claims), ...(await db.mentions.toArray())];
    expect(rows.length).toBe((v1.claims as unknown[]).length + (v1.mentions as unknown[]).length);
    expect(rows.filter((r) => 'selectors' in r)).toEqual([]);
    // The dropped claim indexes are gone: a page's claims come from the primary key, search from the pages.
    expect(db.claims.schema.indexes.map((i) => i.name)).toEqual(['[speakerActorId+analysedAt]']);
    expect(db.mentions.schema.indexes.map((i) => i.name)).toEqual(['pageUrl']);
    const bySelectors = (list: { pageUrl: string; start: number; selectors: unknown }[], url: string) =>
      list.filter((r) => r.pageUrl === url).sort((a, b) => a.start - b.start).map((r) => r.selectors);
    for (const url of ['https://news.example/one', 'https://other.example/two']) {
      expect((await claimsOfPage(db, url)).map((c) => c.selectors)).toEqual(bySelectors(v1.claims as never, url));
      expect((await mentionsOfPage(db, url)).map((m) => m.selectors)).toEqual(bySelectors(v1.mentions as never, url));
    }
    db.close();
  });
});
