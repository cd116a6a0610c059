// Benchmark: the side panel over 100,000 claims in real IndexedDB (Chromium, extension origin): history query and first render.
import type { Page } from 'playwright-core';
import { ensureExtensionBuilt } from './pages/ensure-build';
import { filledProfile, releaseFilledProfile } from './pages/filled-profile';
import { gotoPanel, openPanel } from './pages/panel-driver';
import { rawHistoryQuery } from './pages/raw-idb';
import { BENCH_SPEAKER } from './pages/synthetic-backup';
import { fmt, line, median, percentile } from './stats';

const RUNS = 7;

/** Clicks the actor's button and resolves with ms until its first history rows are in the DOM and a frame has been drawn. */
function clickToRows(panel: Page, actorName: string): Promise<number> {
  return panel.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const button = [...document.querySelectorAll('button')].find((b) => b.getAttribute('aria-label')?.startsWith(`${name},`));
        if (!button) return reject(new Error(`no button for ${name} in the panel`));
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (!document.querySelector('[role=feed] article')) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        button.click();
      }),
    actorName,
  );
}

export async function benchPanelScale(): Promise<void> {
  ensureExtensionBuilt();
  const { browser, data, importMs } = await filledProfile();
  line(`fill: import ${data.claims.toLocaleString('en-US')} claims via the panel`, `${fmt(importMs, 0)} ms`, `real IndexedDB in Chromium; ${data.pages} pages; profile shared with export-scale`);
  const panel = await openPanel(browser);
  try {
    const renders: number[] = [];
    const queries: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // A fresh panel page every run: nothing cached in React or Dexie from the run before.
      await gotoPanel(panel, browser, data.speakerPageUrl);
      await panel.getByRole('button', { name: new RegExp(`^${BENCH_SPEAKER.name}, `) }).waitFor({ timeout: 30_000 });
      renders.push(await clickToRows(panel, BENCH_SPEAKER.name));
      // The panel's own measure around each actorHistory() call (hooks/useActorHistory.ts).
      queries.push(...(await panel.evaluate(() => performance.getEntriesByName('fa:history-query').map((e) => e.duration))));
    }
    const rows = await panel.locator('[role=feed] article').count();
    const q = median(queries);
    const r = median(renders);
    line('actor history query (200-row window)', `${fmt(q, 1)} ms median, ${fmt(percentile(queries, 95), 1)} ms p95`, `target < 20 ms: ${q < 20 ? 'PASS' : 'MISS'}; ${queries.length} queries, actor with ${data.speakerClaims.toLocaleString('en-US')} claims`);
    const raw: number[] = [];
    for (let run = 0; run < RUNS; run++) raw.push(await rawHistoryQuery(panel, BENCH_SPEAKER.id, 200));
    line('peer: bare IndexedDB cursor, same 200 rows', `${fmt(median(raw), 1)} ms median`, `same index, no Dexie; the panel's query is ${fmt(q / median(raw), 1)}x of it`);
    line('actor history first render (click to rows)', `${fmt(r, 0)} ms median, ${fmt(Math.max(...renders), 0)} ms max`, `target < 200 ms: ${r < 200 ? 'PASS' : 'MISS'}; ${RUNS} fresh panel loads; ${rows} rows in the DOM`);

    const jump = await panel.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const feed = document.querySelector('[role=feed]')!;
          const t0 = performance.now();
          feed.scrollTop = feed.scrollHeight / 2;
          const observer = new MutationObserver(() => {
            if (feed.querySelector('.placeholder') || !feed.querySelector('article')) return;
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
          });
          observer.observe(feed, { childList: true, subtree: true });
        }),
    );
    line('scroll to the middle of the history', `${fmt(jump, 0)} ms`, 'until no placeholder row is left');
  } finally {
    await panel.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void benchPanelScale().finally(releaseFilledProfile);
