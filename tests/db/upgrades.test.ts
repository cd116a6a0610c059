// Opening a database written by an older schema version with the current code: every saved example must still read.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorHistory, actorsOnPage, claimsOfPage, countActorHistory, getActorCard, mentionsOfPage, openDatabase, search } from '../../lib/db';
import { unpackRow } from '../../lib/db/claim-groups';
import { unpackMentions } from '../../lib/db/mention-rows';
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

  it('v1 claim and mention rows reach the current layout without their stored selectors, and give the same selectors back', async () => {
    const v1 = example(1);
    await writeOld('upgrade-rows-from-v1', v1);
    const db = openDatabase('upgrade-rows-from-v1');
    await db.open();
    const claimRows = await db.claims.toArray();
    const mentionRows = await db.pageMentions.toArray();
    expect(claimRows.flatMap(unpackRow)).toHaveLength((v1.claims as unknown[]).length);
    expect(mentionRows.flatMap(unpackMentions)).toHaveLength((v1.mentions as unknown[]).length);
    // Only the quote context is stored; no row keeps v1's selectors.
    expect(JSON.stringify([claimRows, mentionRows])).not.toContain('selectors');
    const bySelectors = (list: { pageUrl: string; start: number; selectors: unknown }[], url: string) =>
      list.filter((r) => r.pageUrl === url).sort((a, b) => a.start - b.start).map((r) => r.selectors);
    for (const url of ['https://news.example/one', 'https://other.example/two']) {
      expect((await claimsOfPage(db, url)).map((c) => c.selectors)).toEqual(bySelectors(v1.claims as never, url));
      expect((await mentionsOfPage(db, url)).map((m) => m.selectors)).toEqual(bySelectors(v1.mentions as never, url));
    }
    db.close();
  });

  it('v3 regroups a v2 database into one claims row and one mentions row per page, and every read gives what v2 gave', async () => {
    const v2 = example(2);
    await writeOld('upgrade-from-v2', v2);
    const db = openDatabase('upgrade-from-v2');
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    // The per-mention store is gone; the claims store is found by speaker through the multi-entry index.
    expect(db.tables.map((t) => t.name).sort()).toEqual(['actorStats', 'actors', 'claims', 'pageMentions', 'pages']);
    expect(db.claims.schema.indexes.map((i) => [i.name, i.multi])).toEqual([['speakers', true]]);
    const pages = (v2.pages as { url: string }[]).map((p) => p.url);
    expect((await db.claims.toArray()).map((r) => r.id).sort()).toEqual([...pages].sort());
    expect((await db.pageMentions.toArray()).map((r) => r.pageUrl).sort()).toEqual([...pages].sort());

    // Page one has two slices by one speaker: both claims, in text order, and the speaker's entry counts both.
    const one = await claimsOfPage(db, 'https://news.example/one');
    expect(one.map((c) => c.text)).toEqual(['we reject any expansion of the pact', 'we will not sign']);
    expect((await db.claims.get('https://news.example/one'))?.speakers.map((s) => [s[0], s[2]])).toEqual([['person:anna-berg', 2]]);
    // The third page: two speakers and an unattributed claim, which joins no history but is still the page's.
    const third = await claimsOfPage(db, 'https://third.example/tariffs');
    expect(third.map((c) => [c.speakerActorId, c.polarity])).toEqual([['person:lena-holt', 'oppose'], ['person:omar-vance', 'support'], [null, null]]);
    expect((await db.claims.get('https://third.example/tariffs'))?.speakers.map((s) => s[0]).sort()).toEqual(['person:lena-holt', 'person:omar-vance']);

    // History newest first by page, with the counts v2 kept. As in v2, a page is dated by its speaker's newest claim,
    // so page one's first slice stays with its later slice, ahead of page two (decision 002, consequences).
    const history = await actorHistory(db, 'person:anna-berg');
    expect(history.map((c) => c.text)).toEqual(['we will not sign', 'we reject any expansion of the pact', 'supports the new trade deal']);
    expect(await countActorHistory(db, 'person:anna-berg')).toBe(3);
    expect((await actorHistory(db, 'person:omar-vance')).map((c) => c.pageUrl)).toEqual(['https://third.example/tariffs']);

    // Every claim and mention of the example is still there, with the selectors v2 derived.
    const v2Claims = (v2.claims as { claims: unknown[] }[]).flatMap((r) => r.claims);
    const allClaims = (await Promise.all(pages.map((u) => claimsOfPage(db, u)))).flat();
    expect(allClaims).toHaveLength(v2Claims.length);
    const mentions = (await Promise.all(pages.map((u) => mentionsOfPage(db, u)))).flat();
    expect(mentions).toHaveLength((v2.mentions as unknown[]).length);
    for (const m of mentions) expect(m.selectors.quote.exact).toBe(m.text);
    expect((await actorsOnPage(db, 'https://third.example/tariffs')).map((a) => [a.actor.name, a.mentionCount])).toEqual([['Lena Holt', 1], ['Omar Vance', 1]]);
    expect((await search(db, 'farmers')).claims.map((c) => c.speakerName)).toEqual(['Lena Holt']);
    db.close();
  });
});
