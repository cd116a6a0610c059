// Hostile pages in real Chromium: huge, many-noded, deep, shadow roots, frames, editors, pages that wipe highlights or throw.
// Each must leave no extension error, keep every task of the extension's under 50 ms of CPU, and say what it skipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  collectExtensionErrors, launchWithExtension, longest, paintedHighlights, serveStatic, storedPage, traceMainThread, waitForOutcome,
  type MainThreadTask, type PageOutcome, type StaticServer, type TestBrowser,
} from './harness';

/** The longest stretch of script any one task may run: the issue's "no task over 50 ms", in thread CPU time. */
const MAX_SCRIPT_MS = 50;

let browser: TestBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const para = (i: number) =>
  `<p>Paragraph ${i}: Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday, officials said. The European Union welcomed the talks.</p>`;
const article = (paragraphs: number) => `<article><h1>Talks in Paris</h1>${Array.from({ length: paragraphs }, (_, i) => para(i)).join('')}</article>`;

interface Loaded {
  page: Page;
  status: PageOutcome;
  errors: string[];
  /** The page's main-thread tasks from the content script's start to its paint (or its giving up). */
  tasks: MainThreadTask[];
}

/** Loads `html` at `path` with the main thread traced, and waits until the content script painted or gave up. */
async function load(path: string, html: string, timeoutMs = 60_000): Promise<Loaded> {
  server.set(path, html);
  const page = await browser.context.newPage();
  const errors = collectExtensionErrors(page, browser.extensionId);
  const trace = await traceMainThread(page);
  const url = `${server.url}${path}`;
  await page.goto(url, { timeout: timeoutMs });
  const status = await waitForOutcome(browser.worker, page, url, timeoutMs, true);
  if (!status) throw new Error(`${path}: the content script neither painted nor said why within ${timeoutMs} ms`);
  const end = await page.evaluate(() => (performance.getEntriesByName('fa:painted').length ? 'fa:painted' : 'fa:skipped'));
  const tasks = (await trace.stop()).between('fa:start', end);
  return { page, status, errors, tasks };
}

/** The extension's busiest task, checked against the bound, with a line to read in the test log. */
function expectNoLongScript(name: string, tasks: MainThreadTask[]): void {
  const { script, wall } = longest(tasks);
  console.log(
    `${name}: ${tasks.length} main-thread tasks from start to paint; most script in one task ${script?.scriptCpuMs.toFixed(1)} ms CPU; ` +
      `longest task of any kind (parsing, style, layout, painting highlights) ${wall?.wallMs.toFixed(0)} ms wall, ${wall?.cpuMs.toFixed(0)} ms CPU`,
  );
  expect(script?.scriptCpuMs ?? 0).toBeLessThan(MAX_SCRIPT_MS);
}

/** Texts of every range the extension painted, read in the page. */
const paintedTexts = async (page: Page) => Object.entries(await paintedHighlights(page)).filter(([k]) => k.startsWith('fa-')).flatMap(([, v]) => v);

describe('the content script on hostile pages', () => {
  it('reads a 5 MB page in short slices, paints it, and says the text was cut', async () => {
    const { page, status, errors, tasks } = await load('/huge.html', `<!doctype html><title>Huge</title>${article(36_000)}`, 120_000);
    expect(status.note).toMatch(/page text cut at 1,000,000 characters/);
    expect(status.painted).toBeGreaterThan(1000);
    // Names are painted down to where the text was cut, not only in the first part analysed.
    const lastPainted = await page.evaluate(() => {
      let last = -1;
      CSS.highlights.get('fa-person')?.forEach((r) => {
        const p = (r as Range).startContainer.parentElement?.closest('p');
        last = Math.max(last, Number(/^Paragraph (\d+)/.exec(p?.textContent ?? '')?.[1] ?? -1));
      });
      return last;
    });
    expect(lastPainted).toBeGreaterThan(0.9 * (1_000_000 / (para(9999).length + 1)));
    expectNoLongScript('5 MB page', tasks);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads a page of 100,000 text nodes up to its node cap, says so, and runs no long task', async () => {
    // Every word in its own element, as some sites' scripts leave text: 4,762 paragraphs of 21 one-word spans.
    const words = para(0).replace(/^<p>|<\/p>$/g, '').split(' ');
    const paragraph = `<p>${words.map((w) => `<span>${w} </span>`).join('')}</p>`;
    const count = Math.ceil(100_000 / words.length);
    const { page, status, errors, tasks } = await load('/nodes.html', `<!doctype html><title>Nodes</title><article>${paragraph.repeat(count)}</article>`, 120_000);
    expect(await page.evaluate(() => document.querySelectorAll('span').length)).toBeGreaterThanOrEqual(100_000);
    expect(status.note).toMatch(/page cut after 50,000 nodes/);
    expect(status.painted).toBeGreaterThan(1000);
    expectNoLongScript('100,000 text nodes', tasks);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('copes with deeply nested markup', async () => {
    const { page, status, errors, tasks } = await load('/deep.html', `<!doctype html><title>Deep</title><body>${'<div>'.repeat(5000)}${para(1)}${para(2)}${'</div>'.repeat(5000)}</body>`);
    expect(status.note ?? '').not.toMatch(/no article text/);
    expect(await paintedTexts(page)).toContain('Olaf Scholz');
    expectNoLongScript('deep nesting', tasks);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('never reads or paints what the reader is typing into an editor, and says so', async () => {
    const editor = '<div contenteditable="true" id="reply"><p>Draft: Angela Merkel told me on Friday that the vote in Berlin would be close.</p></div>';
    const { page, status, errors } = await load('/editor.html', `<!doctype html><title>Editor</title>${article(3).replace('</article>', `${editor}</article>`)}`);
    expect(status.note).toMatch(/text inside 1 editable area was not read/);
    const texts = await paintedTexts(page);
    expect(texts).toContain('Olaf Scholz');
    expect(texts.some((t) => t.includes('Merkel'))).toBe(false);
    const inEditor = await page.evaluate(() => {
      const reply = document.getElementById('reply')!;
      let n = 0;
      CSS.highlights.forEach((h) => h.forEach((r) => void (reply.contains((r as Range).commonAncestorContainer) && n++)));
      return n;
    });
    expect(inEditor).toBe(0);
    // The editor's markup is as the page made it.
    expect(await page.evaluate(() => document.getElementById('reply')!.outerHTML)).toBe(editor);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says when text inside a shadow root was not read, and paints the rest', async () => {
    const html = `<!doctype html><title>Shadow</title>${article(3).replace('</article>', '<quote-card></quote-card></article>')}
      <script>document.querySelector('quote-card').attachShadow({ mode: 'open' }).innerHTML = '<p>Boris Johnson said on Sunday that the deal was dead.</p>';</script>`;
    const { page, status, errors } = await load('/shadow.html', html);
    expect(status.note).toMatch(/text inside 1 shadow root was not read/);
    const texts = await paintedTexts(page);
    expect(texts).toContain('Olaf Scholz');
    expect(texts.some((t) => t.includes('Johnson'))).toBe(false);
    // The page's record says so too, which the side panel's page header shows ("Only part of this page was analysed: ...").
    await expect.poll(async () => (await storedPage(browser.worker, `${server.url}/shadow.html`))?.truncated, { timeout: 10_000 }).toMatch(/shadow root/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says when text inside an embedded frame of the same site was not read', async () => {
    const frame = `<iframe srcdoc="<p>Rishi Sunak said on Tuesday that taxes would fall next year, his office confirmed.</p>"></iframe>`;
    const { page, status, errors } = await load('/frame.html', `<!doctype html><title>Frame</title>${article(3).replace('</article>', `${frame}</article>`)}`);
    expect(status.note).toMatch(/text inside 1 embedded frame was not read/);
    expect(await paintedTexts(page)).toContain('Olaf Scholz');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('puts its highlights back on a page whose own script keeps clearing them', async () => {
    const html = `<!doctype html><title>Wiper</title>${article(3)}<script>setInterval(() => CSS.highlights.clear(), 300);</script>`;
    const { page, errors } = await load('/wiper.html', html);
    // Cleared every 300 ms and put back within a second: within 3 s there is a moment with highlights on screen.
    await expect.poll(async () => (await paintedTexts(page)).includes('Olaf Scholz'), { timeout: 3_000, interval: 50 }).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('paints pages whose own scripts throw, without adding errors of its own', async () => {
    const html = `<!doctype html><title>Thrower</title>${article(3)}
      <script>setTimeout(() => { throw new Error('page bug'); }, 0); Promise.reject(new Error('page rejection')); document.addEventListener('DOMContentLoaded', () => { throw new Error('page DOMContentLoaded bug'); });</script>`;
    const { page, status, errors, tasks } = await load('/thrower.html', html);
    expect(status.painted).toBeGreaterThan(0);
    expect(await paintedTexts(page)).toContain('Olaf Scholz');
    expectNoLongScript('page that throws', tasks);
    expect(errors).toEqual([]);
    await page.close();
  });
});
