// Shared helpers for real-browser tests: the built extension in Chromium, a local server, the seed page, and page probes.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension as launchBrowser, type ExtensionBrowser } from '../../scripts/browser';
import { SHARED_DIR } from '../../scripts/seed-page';

export { serveStatic, type StaticServer } from '../../scripts/static-server';
export { articleHtml, seedArticleHtml, seedArticleText, SHARED_DIR } from '../../scripts/seed-page';
export { EXTENSION_DIR, findChromium, stopServiceWorker } from '../../scripts/browser';
export { traceMainThread, longest, type MainThreadTask } from '../../scripts/bench/main-thread-tasks';

/** The e2e project runs after `npm run build`; fail early and clearly when it has not. */
export function assertBuilt(dir = EXTENSION_DIR): void {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no built extension at ${dir}: run \`npm run build\` before the e2e tests`);
}

export interface TestBrowser extends ExtensionBrowser {
  /** Every request the browser made to anywhere but 127.0.0.1 or the extension itself (should stay empty). */
  externalRequests: string[];
}

const LOCAL = /^(https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:|about:|devtools:)/;

export async function launchWithExtension(opts: { headless?: boolean } = {}): Promise<TestBrowser> {
  assertBuilt();
  const browser = await launchBrowser(opts);
  const externalRequests: string[] = [];
  browser.context.on('request', (r) => {
    if (!LOCAL.test(r.url())) externalRequests.push(r.url());
  });
  return { ...browser, externalRequests };
}

export interface GoldActor {
  name: string;
  type: string;
  accept: string[];
  mentions: string[];
}

export interface SeedGold {
  actors: GoldActor[];
  not_actors: string[];
  claims: { speaker: string[]; contains: string; kind: string; stance?: { polarity: string; target: string } }[];
}

export function seedGold(): SeedGold {
  return JSON.parse(readFileSync(resolve(SHARED_DIR, 'fixtures/seed-article.gold.json'), 'utf8')) as SeedGold;
}

/** The page's registered highlights as `name -> texts of their ranges`, read in the page's own world. */
export function paintedHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((h, name) => {
      out[name] = [...h].map((r) => r.toString());
    });
    return out;
  });
}

/** Waits until the content script has painted (its `fa:painted` mark, or any fa-* highlight). */
export async function waitForPaint(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('fa:painted').length > 0 || [...CSS.highlights.keys()].some((k) => k.startsWith('fa-')),
    undefined,
    { timeout, polling: 100 },
  );
}

/** Milliseconds from navigation start to the content script's first paint, or null if it has not painted. */
export function paintedAt(page: Page): Promise<number | null> {
  return page.evaluate(() => performance.getEntriesByName('fa:painted')[0]?.startTime ?? null);
}

/** Sets the highlighting setting as the popup would (extension storage, written from the service worker). */
export async function setHighlighting(worker: Worker, value: { enabled: boolean; disabledSites: string[]; pageChrome?: 'off' | 'quiet' }): Promise<void> {
  await worker.evaluate((v) => chrome.storage.local.set({ highlighting: v }), value);
}

/** Sends a background-to-content message to the tab showing `url`, in @webext-core/messaging's wire format. */
export async function messageTab<T>(worker: Worker, url: string, type: string, data?: unknown): Promise<T> {
  const reply = await worker.evaluate(
    async ({ url, type, data }) => {
      const [tab] = await chrome.tabs.query({ url });
      if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
      return chrome.tabs.sendMessage(tab.id, { id: Date.now(), type, data, timestamp: Date.now() });
    },
    { url, type, data },
  );
  const { res, err } = (reply ?? { err: 'no response' }) as { res?: T; err?: unknown };
  if (err !== undefined) throw new Error(`content script answered with an error: ${JSON.stringify(err)}`);
  return res as T;
}

/** Text inside a shadow root, including closed ones (read through the DevTools protocol, which sees through them). */
export async function shadowText(page: Page, hostTag: string): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (n) => n.localName === hostTag);
    const shadow = host?.shadowRoots?.[0];
    return shadow ? collectText(shadow) : null;
  } finally {
    await cdp.detach();
  }
}

interface CdpNode {
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  attributes?: string[];
}

function findNode(n: CdpNode, test: (n: CdpNode) => boolean): CdpNode | null {
  if (test(n)) return n;
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
    const hit = findNode(c, test);
    if (hit) return hit;
  }
  return null;
}

function collectText(n: CdpNode): string {
  if (n.localName === 'style') return '';
  const hidden = n.attributes && n.attributes.includes('hidden');
  if (hidden) return '';
  if (n.nodeType === 3) return n.nodeValue ?? '';
  return (n.children ?? []).map(collectText).join(' ');
}

/** Uncaught errors thrown on the page, collected from now on. */
export function collectPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (e) => errors.push(e));
  return errors;
}

/**
 * Errors that come from the extension on this page: uncaught ones located in its own files, and anything its content
 * script reports with its `[fact-annotator]` prefix. Errors of the page's own scripts are left out.
 */
export function collectExtensionErrors(page: Page, extensionId: string): string[] {
  const ours = `chrome-extension://${extensionId}/`;
  const errors: string[] = [];
  page.on('pageerror', (e) => {
    if ((e.stack ?? '').includes(ours)) errors.push(e.message);
  });
  page.on('console', (m) => {
    if (m.text().startsWith('[fact-annotator]') || (m.type() === 'error' && m.location().url.startsWith(ours))) errors.push(m.text());
  });
  return errors;
}

export interface PageOutcome {
  painted: number;
  note?: string;
  highlighting?: boolean;
  spans?: { highlight: string; text: string }[];
}

/**
 * Polls until the content script painted (its `fa:painted` mark), or finished with nothing to paint (`fa:skipped`,
 * or a failed analysis), and said why; null if neither happened in time. A note alone is not the end: "text inside
 * a shadow root was not read" is set before the analysis is back.
 */
export async function waitForOutcome(worker: Worker, page: Page, url: string, timeoutMs: number, withSpans = false): Promise<PageOutcome | null> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const marks = await page.evaluate(() => ['fa:painted', 'fa:skipped'].map((m) => performance.getEntriesByName(m).length > 0)).catch(() => [false, false]);
    const status = await messageTab<PageOutcome>(worker, url, 'getPageStatus', withSpans ? { spans: true } : undefined).catch(() => null);
    const gaveUp = !!status?.note && (marks[1] || status.note.startsWith('analysis failed'));
    if (status && (marks[0] || gaveUp)) return status;
    await new Promise((r) => setTimeout(r, 200));
  }
  return null;
}

/** The page record the extension stored for `url` (what the side panel's page header shows), or null if none yet. */
export function storedPage(worker: Worker, url: string): Promise<{ url: string; truncated?: string } | null> {
  return worker.evaluate(
    (url) =>
      new Promise<{ url: string; truncated?: string } | null>((resolve, reject) => {
        const req = indexedDB.open('fact-annotator');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const get = req.result.transaction('pages').objectStore('pages').get(url);
          get.onsuccess = () => resolve((get.result as { url: string; truncated?: string } | undefined) ?? null);
          get.onerror = () => reject(get.error);
        };
      }),
    url,
  );
}
