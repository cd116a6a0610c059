// Markdown dossier: an actor's identity and stances grouped by topic with sources, and page text that cannot inject markup.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { saveAnalysis } from '../../lib/db';
import { exportActorDossier, mdText } from '../../lib/export/markdown';
import { PAGE_ONE, PAGE_ONE_TEXT, PAGE_TWO, PAGE_TWO_TEXT, analysis, actor, claim, freshDb, pageOne, pageTwo } from '../db/sample';

describe('Markdown dossier', () => {
  it('lists name, type, aliases and each stance under its topic with source and date', async () => {
    const db = freshDb();
    await saveAnalysis(db, PAGE_ONE, PAGE_ONE_TEXT, pageOne());
    await saveAnalysis(db, PAGE_TWO, PAGE_TWO_TEXT, pageTwo());
    const md = await exportActorDossier(db, 'person:anna-berg');
    expect(md).toMatch(/^# Anna Berg\n/);
    expect(md).toContain('- Type: person');
    expect(md).toContain('- Also called: Berg');
    const pact = md.indexOf('### expansion:pact'), trade = md.indexOf('### trade\\-deal');
    expect(pact).toBeGreaterThan(0);
    expect(trade).toBeGreaterThan(0);
    const pactSection = md.slice(pact, trade > pact ? trade : undefined);
    expect(pactSection).toContain('**oppose** on expansion of the pact');
    expect(pactSection).toContain('[Norland rejects expansion](<https://news.example/one>), news\\.example');
    expect(pactSection).toMatch(/\d{4}-\d\d-\d\d/);
  });

  it('says so when an actor has no recorded claims, and fails clearly for an unknown actor', async () => {
    const db = freshDb();
    await saveAnalysis(db, PAGE_ONE, PAGE_ONE_TEXT, pageOne());
    expect(await exportActorDossier(db, 'country:norland')).toContain('No recorded claims');
    await expect(exportActorDossier(db, 'person:nobody')).rejects.toThrow(/No actor/);
  });

  it('page text cannot become links, images or HTML', async () => {
    const t = 'X said "see [here](javascript:alert(1)) <img src=x onerror=alert(1)>" today.';
    const x = actor(t, 'person:x', 'X', 'person');
    const db = freshDb();
    await saveAnalysis(db, PAGE_ONE, t, analysis([x], [claim(t, 'see [here](javascript:alert(1)) <img src=x onerror=alert(1)>', x, 'neutral')]));
    const md = await exportActorDossier(db, 'person:x');
    expect(md).not.toContain('](javascript');
    expect(md).not.toMatch(/(^|[^\\])<img/);
    expect(md).toContain('### Other statements');
    expect(mdText('# not a heading')).toBe('\\# not a heading');
  });
});
