// saveAnalysis: one page's analysis lands in all four tables, and re-analysing or adding text behaves as a reader expects.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { actorHistory, actorsOnPage, countActorHistory, claimsOfPage, getPage, mentionsOfPage, saveAnalysis } from '../../lib/db';
import { PAGE_ONE, PAGE_ONE_TEXT, PAGE_TWO, PAGE_TWO_TEXT, actor, analysis, claim, freshDb, pageOne, pageTwo } from './sample';

describe('saveAnalysis', () => {
  it('stores the page, its actors with mention counts, and its claims with selectors that quote the text', async () => {
    const db = freshDb();
    await saveAnalysis(db, PAGE_ONE, PAGE_ONE_TEXT, pageOne());
    const page = await getPage(db, PAGE_ONE.url);
    expect(page).toMatchObject({ title: PAGE_ONE.title, site: 'news.example', textLength: PAGE_ONE_TEXT.length, actorCount: 3, claimCount: 1 });
    const onPage = await actorsOnPage(db, PAGE_ONE.url);
    expect(onPage.map((a) => [a.actor.name, a.mentionCount])).toEqual([['Anna Berg', 1], ['Norland', 1], ['Pact Council', 1]]);
    const [c] = await claimsOfPage(db, PAGE_ONE.url);
    expect(c).toMatchObject({ speakerActorId: 'person:anna-berg', polarity: 'oppose', pageTitle: PAGE_ONE.title, topic: 'expansion:pact' });
    expect(c.selectors.quote.exact).toBe('we reject any expansion of the pact');
    expect(PAGE_ONE_TEXT.slice(c.selectors.position.start, c.selectors.position.end)).toBe(c.text);
    const mentions = await mentionsOfPage(db, PAGE_ONE.url);
    for (const m of mentions) expect(PAGE_ONE_TEXT.slice(m.selectors.position.start, m.selectors.position.end)).toBe(m.text);
  });

  it('re-analysing a page replaces its mentions and claims instead of duplicating them', async () => {
    const db = freshDb();
    await saveAnalysis(db, PAGE_ONE, PAGE_ONE_TEXT, pageOne());
    await saveAnalysis(db, PAGE_ONE, PAGE_ONE_TEXT, pageOne());
    expect(await mentionsOfPage(db, PAGE_ONE.url)).toHaveLength(3);
    expect(await claimsOfPage(db, PAGE_ONE.url)).toHaveLength(1);
    expect(await db.pages.count()).toBe(1);
    expect(await countActorHistory(db, 'person:anna-berg')).toBe(1);
  });

  it('a second page adds to the same actor: history grows, aliases merge, newest first', async () => {
    const db = freshDb();
    await saveAnalysis(db, PAGE_ONE, PAGE_ONE_TEXT, pageOne());
    await new Promise((r) => setTimeout(r, 5));
    await saveAnalysis(db, PAGE_TWO, PAGE_TWO_TEXT, pageTwo());
    const history = await actorHistory(db, 'person:anna-berg');
    expect(history.map((c) => [c.polarity, c.site])).toEqual([['support', 'other.example'], ['oppose', 'news.example']]);
    expect(await countActorHistory(db, 'person:anna-berg')).toBe(2);
    const berg = await db.actors.get('person:anna-berg');
    expect(berg?.aliases).toEqual(['Berg']);
    expect(berg!.lastSeen).toBeGreaterThan(berg!.firstSeen);
  });

  it('text added later (offset > 0) adds rows at page positions and keeps the first part', async () => {
    const db = freshDb();
    await saveAnalysis(db, PAGE_ONE, PAGE_ONE_TEXT, pageOne());
    const later = ' Later, Berg said "the talks will go on" in Oslo.';
    const berg = actor(later, 'person:anna-berg', 'Anna Berg', 'person', ['Berg']);
    await saveAnalysis(db, { ...PAGE_ONE, offset: PAGE_ONE_TEXT.length, truncated: 'stopped at 1 MB' }, later, analysis([berg, actor(later, 'place:oslo', 'Oslo', 'place')], [claim(later, 'the talks will go on', berg, 'neutral')]));
    const full = PAGE_ONE_TEXT + later;
    const claims = await claimsOfPage(db, PAGE_ONE.url);
    expect(claims.map((c) => full.slice(c.start, c.end))).toEqual(['we reject any expansion of the pact', 'the talks will go on']);
    expect(claims[1].selectors.position.start).toBe(claims[1].start);
    const page = await getPage(db, PAGE_ONE.url);
    expect(page).toMatchObject({ textLength: full.length, claimCount: 2, actorCount: 4, truncated: 'stopped at 1 MB' });
  });

  it('keeps a name the reader corrected when a later page names the actor differently', async () => {
    const db = freshDb();
    await saveAnalysis(db, PAGE_ONE, PAGE_ONE_TEXT, pageOne());
    const { renameActor } = await import('../../lib/db');
    await renameActor(db, 'person:anna-berg', 'Anna K. Berg');
    await saveAnalysis(db, PAGE_TWO, PAGE_TWO_TEXT, pageTwo());
    const berg = await db.actors.get('person:anna-berg');
    expect(berg?.name).toBe('Anna K. Berg');
    expect(berg?.aliases).toEqual(expect.arrayContaining(['Anna Berg', 'Berg']));
  });

  it('claims without a speaker are stored but join no actor history', async () => {
    const db = freshDb();
    const t = 'Officials said "the border stays closed" today.';
    await saveAnalysis(db, PAGE_ONE, t, analysis([], [claim(t, 'the border stays closed', null, null)]));
    expect(await db.claims.count()).toBe(1);
    expect((await claimsOfPage(db, PAGE_ONE.url))[0]).toMatchObject({ speakerActorId: null, polarity: null, topic: null });
  });
});

describe('actor aliases', () => {
  it('names seen in mentions become aliases, descriptive phrases do not', async () => {
    const t = 'The Pact Council met. The council said little; the alliance, PC for short, waited.';
    const council = actor(t, 'organization:pact-council', 'Pact Council', 'organization', ['Pact Council', 'the alliance', 'PC']);
    const db = freshDb();
    await saveAnalysis(db, PAGE_ONE, t, analysis([council], []));
    expect((await db.actors.get('organization:pact-council'))?.aliases).toEqual(['PC']);
  });
});
