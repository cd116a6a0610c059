// The side panel in real Chromium with the built extension: actors of an analysed page, an actor's history across
// pages (live), exports that re-anchor, and an import of a bad file that changes nothing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchor, fromW3CSelectors } from '../../lib/anchoring';
import { articleHtml, launchWithExtension, seedArticleHtml, seedGold, serveStatic, waitForPaint, type StaticServer, type TestBrowser } from './harness';

const SECOND_TITLE = 'Kremlin weighs new talks';
const SECOND_TEXT = [
  'Kremlin spokesman Dmitry Peskov said on Tuesday that "the talks in Geneva were useful but difficult."',
  'Diplomats in Geneva expect another round of meetings next month.',
].join('\n');

let browser: TestBrowser;
let server: StaticServer;
let panel: Page;
const seedUrl = () => `${server.url}/seed.html`;
const secondUrl = () => `${server.url}/second.html`;

async function visitAndWait(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await waitForPaint(page);
  return page;
}

async function download(label: RegExp): Promise<string> {
  await panel.locator('summary', { hasText: 'Export & import' }).evaluate((s) => ((s.parentElement as HTMLDetailsElement).open = true));
  const [file] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: label }).click()]);
  return readFileSync(await file.path(), 'utf8');
}

/** Every stored row, as a full backup shows it, without its export date. */
async function backupRows(): Promise<unknown> {
  const { exportedAt: _date, ...rows } = JSON.parse(await download(/Full backup/));
  return rows;
}

beforeAll(async () => {
  browser = await launchWithExtension();
  server = await serveStatic({ '/seed.html': seedArticleHtml(), '/second.html': articleHtml(SECOND_TITLE, SECOND_TEXT) });
  await visitAndWait(seedUrl());
  panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?url=${encodeURIComponent(seedUrl())}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('side panel', () => {
  it('lists the analysed article\'s actors under their types with mention counts', async () => {
    await panel.getByRole('heading', { name: 'Ukraine presses for NATO membership as allies meet' }).waitFor();
    const groups: Record<string, string> = { person: 'People', organization: 'Organisations', country: 'Countries', place: 'Places' };
    for (const actor of seedGold().actors) {
      const group = panel.getByRole('region', { name: new RegExp(groups[actor.type]) });
      const names = actor.accept.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
      // The list fills in as the page's rows land (the database write follows the paint), so wait for each name.
      const listed = group.getByRole('button', { name: new RegExp(`^(${names}), \\d+ mentions$`) }).first();
      await expect(listed.waitFor({ timeout: 15_000 }).then(() => true), `${actor.name} listed as ${actor.type}`).resolves.toBe(true);
    }
  });

  it('shows Dmitry Peskov\'s "oppose" stance, and a second page adds to his history while the panel is open', async () => {
    await panel.getByRole('button', { name: /^Dmitry Peskov, / }).click();
    await panel.getByRole('heading', { name: 'Dmitry Peskov' }).waitFor();
    const oppose = panel.getByRole('article', { name: /^oppose: .*unacceptable/ });
    await oppose.waitFor();
    await expect(oppose.textContent()).resolves.toContain('Ukraine presses for NATO membership');

    await visitAndWait(secondUrl());
    // No reload: the open panel follows the database.
    const fromSecond = panel.getByRole('article').filter({ hasText: SECOND_TITLE });
    await fromSecond.first().waitFor({ timeout: 15_000 });
    await expect(fromSecond.first().textContent()).resolves.toContain('the talks in Geneva were useful but difficult');
    expect(await panel.getByRole('article').count()).toBeGreaterThanOrEqual(2);
  });

  it('clicking a stance opens its source page', async () => {
    const [opened] = await Promise.all([
      browser.context.waitForEvent('page'),
      panel.getByRole('article', { name: /^oppose: .*unacceptable/ }).getByRole('button').click(),
    ]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(seedUrl());
    await opened.close();
  });

  it('search finds an actor and a claim by words in it', async () => {
    await panel.getByRole('searchbox', { name: 'Search actors and claims' }).fill('pesk');
    await panel.getByRole('region', { name: 'Actors' }).getByRole('button', { name: /Dmitry Peskov/ }).waitFor();
    await panel.getByRole('searchbox').fill('useful but difficult');
    await panel.getByRole('region', { name: 'Claims' }).getByRole('article').first().waitFor();
    await panel.getByRole('searchbox').fill('');
  });

  it('the Web Annotation export downloads, and its selectors re-anchor to the right words of each page', async () => {
    const doc = JSON.parse(await download(/Web Annotations/));
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    const items: { target: { source: string; selector: unknown[] } }[] = doc.first.items;
    const pages = { [seedUrl()]: await articleText(seedUrl()), [secondUrl()]: await articleText(secondUrl()) };
    const onSeed = items.filter((a) => a.target.source === seedUrl());
    expect(onSeed.length).toBeGreaterThan(20);
    for (const a of items.filter((x) => pages[x.target.source] !== undefined)) {
      const selectors = fromW3CSelectors(a.target.selector);
      const found = anchor(pages[a.target.source], selectors);
      expect(found, JSON.stringify(selectors.quote)).not.toBeNull();
      expect(pages[a.target.source].slice(found!.start, found!.end)).toBe(selectors.quote!.exact);
    }
  });

  it('importing a malformed backup says what is wrong and leaves the database unchanged', async () => {
    const before = await backupRows();
    const spoilt = JSON.parse(JSON.stringify(before)) as { claims: { polarity: string }[] };
    spoilt.claims[0].polarity = 'maybe';
    const file = join(mkdtempSync(join(tmpdir(), 'fa-import-')), 'broken-backup.json');
    writeFileSync(file, JSON.stringify({ ...spoilt, exportedAt: new Date().toISOString() }));
    await panel.getByTestId('import-file').setInputFiles(file);
    const outcome = panel.getByRole('alert');
    await outcome.waitFor();
    await expect(outcome.textContent()).resolves.toMatch(/claims\[0\]\.polarity.*Nothing was changed/);
    expect(await backupRows()).toEqual(before);
  });
});

describe('popup', () => {
  it('"Open side panel" opens the real side panel (and the popup closes itself)', async () => {
    const openPanels = () => browser.worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] }));
    expect(await openPanels()).toEqual([]);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    // The shortcut is read from the browser after the first render, so wait for it rather than count at once.
    await popup.getByText('Shortcut: Alt+Shift+H').waitFor({ timeout: 10_000 });
    const button = popup.getByRole('button', { name: 'Open side panel' });
    await button.waitFor();
    await Promise.all([popup.waitForEvent('close'), button.click()]);
    await expect.poll(async () => (await openPanels()).map((c) => new URL(c.documentUrl!).pathname), { timeout: 10_000 }).toEqual(['/sidepanel.html']);
  });
});

/** The article's text as the reader sees it: a re-anchoring target that is not the exact string the extension analysed. */
async function articleText(url: string): Promise<string> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const text = await page.locator('article').innerText();
  await page.close();
  return text;
}
