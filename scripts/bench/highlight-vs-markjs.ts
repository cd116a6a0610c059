// Benchmark: the project's Highlight API painter versus mark.js wrapping the same 2,000 names on a 30,000-word page, paint and clear.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { bundleForPage } from './pages/bundle';
import type { RunTimes } from './pages/highlight-runners';
import { serveIsolated } from './pages/isolated-server';
import { longPage } from './pages/long-page';
import { launchPlainChromium } from './pages/plain-browser';
import { fmt, line, median } from './stats';

const WORDS = 30_000;
const NAMES = 2_000;
const LOADS = 5;
/** performance.now() resolution in a cross-origin-isolated page; a faster time reads as this. */
const TICK_MS = 0.005;

type Runner = 'runPainter' | 'runMarkJs';

async function measure(page: Page, url: string, runner: Runner, names: string[]): Promise<RunTimes> {
  await page.goto(url);
  const isolated = await page.evaluate(() => crossOriginIsolated);
  if (!isolated) throw new Error('benchmark page is not cross-origin isolated; timer resolution would be 100 µs');
  return page.evaluate(
    ({ runner, names }) => (window as unknown as { faBench: Record<string, (n: string[]) => Promise<RunTimes>> }).faBench[runner](names),
    { runner, names },
  );
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const ms = (v: number, digits = 2) => (v < TICK_MS ? `< ${TICK_MS} ms` : `${fmt(v, digits)} ms`);

export async function benchHighlightVsMarkjs(): Promise<void> {
  const { html, names } = longPage(WORDS, NAMES, ['/mark.min.js', '/bench.js']);
  const server = await serveIsolated({
    '/': html,
    '/bench.js': await bundleForPage('scripts/bench/pages/highlight-runners.ts'),
    '/mark.min.js': readFileSync(resolve('node_modules/mark.js/dist/mark.min.js'), 'utf8'),
  });
  const browser = await launchPlainChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const painter: RunTimes[] = [];
    const markjs: RunTimes[] = [];
    // Alternate the two so drift in the machine's load hits both alike; every run starts from a fresh load.
    for (let i = 0; i < LOADS; i++) {
      painter.push(await measure(page, server.url + '/', 'runPainter', names));
      markjs.push(await measure(page, server.url + '/', 'runMarkJs', names));
    }
    const m = (runs: RunTimes[], key: keyof RunTimes) => median(runs.map((r) => r[key] ?? NaN));
    const checked = `${Math.min(...painter.map((r) => r.marked))}/${Math.min(...markjs.map((r) => r.marked))} of ${names.length} verified`;
    const ratio = (slow: number, fast: number) => slow / Math.max(fast, TICK_MS);
    const atLeast = (fast: number) => (fast < TICK_MS ? '>= ' : '');
    const paint = m(painter, 'paintMs');
    const walkAndPaint = median(painter.map((r) => r.paintMs + (r.walkMs ?? 0)));
    const paintRatio = ratio(m(markjs, 'paintMs'), paint);
    const clearRatio = ratio(m(markjs, 'clearMs'), m(painter, 'clearMs'));

    const what = `${names.length.toLocaleString('en-US')} names, ${WORDS.toLocaleString('en-US')} words, ${LOADS} fresh loads`;
    line('paint, project painter (Highlight API)', `${ms(paint)} median`, `${what}; painter.paint() + forced layout`);
    line('paint, mark.js markRanges', `${ms(m(markjs, 'paintMs'))} median`, 'same ranges; + forced layout');
    line('paint speed-up vs mark.js', `${atLeast(paint)}${fmt(paintRatio, 1)}x`, `target >= 10x: ${verdict(paintRatio >= 10)}; ${checked}`);
    line('text walk + paint, project painter', `${ms(walkAndPaint)} median`, `walk ${fmt(m(painter, 'walkMs'), 2)} ms (extraction needs it anyway); ${fmt(ratio(m(markjs, 'paintMs'), walkAndPaint), 1)}x vs mark.js`);
    line('clear, project painter', `${ms(m(painter, 'clearMs'), 3)} median`, 'painter.clear() + forced layout');
    line('clear, mark.js unmark', `${ms(m(markjs, 'clearMs'))} median`, 'unmark() + forced layout');
    line('clear speed-up vs mark.js', `${atLeast(m(painter, 'clearMs'))}${fmt(clearRatio, 0)}x`, `target >= 100x: ${verdict(clearRatio >= 100)}`);
    line('paint to next frame, painter / mark.js', `${fmt(m(painter, 'paintFrameMs'), 1)} / ${fmt(m(markjs, 'paintFrameMs'), 1)} ms`, `${fmt(ratio(m(markjs, 'paintFrameMs'), m(painter, 'paintFrameMs')), 1)}x; frame waits included`);
    line('clear to next frame, painter / mark.js', `${fmt(m(painter, 'clearFrameMs'), 1)} / ${fmt(m(markjs, 'clearFrameMs'), 1)} ms`, `${fmt(ratio(m(markjs, 'clearFrameMs'), m(painter, 'clearFrameMs')), 1)}x; frame waits included`);

    // One run only: the keyword search is slow by design and only shows how mark.js is usually called.
    await page.goto(server.url + '/');
    const keywords = await page.evaluate((names) => (window as unknown as { faBench: { runMarkJsKeywords(n: string[]): { paintMs: number; marked: number } } }).faBench.runMarkJsKeywords(names), names);
    line('mark.js mark() by keyword, same names', `${ms(keywords.paintMs, 0)}`, `${new Set(names).size} distinct names, ${keywords.marked} marks; ${fmt(ratio(keywords.paintMs, paint), 0)}x the painter; 1 run`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void benchHighlightVsMarkjs();
