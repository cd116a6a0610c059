// Headless demo: analyses the sample article, then writes screenshots of the page and the side panel and every export format.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

async function waitForPaint(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('fa:painted').length > 0, undefined, { timeout: 60_000 });
  return page.evaluate(() => performance.getEntriesByName('fa:painted')[0].startTime);
}

const EXPORTS: [RegExp, string][] = [
  [/Full backup/, 'fact-annotator-backup.json'],
  [/CSV/, 'claims.csv'],
  [/Web Annotations/, 'annotations.jsonld'],
  [/Markdown/, 'dossier.md'],
];

export async function captureDemo(browser: ExtensionBrowser, articleUrl: string, outDir: string): Promise<string[]> {
  const written: string[] = [];
  const page = await browser.context.newPage();
  await page.goto(articleUrl);
  const ms = await waitForPaint(page);
  console.log(`Highlights painted ${ms.toFixed(0)} ms after navigation start.`);
  await page.screenshot({ path: join(outDir, 'article.png') });
  written.push('article.png');

  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?url=${encodeURIComponent(articleUrl)}`);
  const peskov = panel.getByRole('button', { name: /^Dmitry Peskov, / });
  await peskov.waitFor({ timeout: 30_000 });
  await panel.screenshot({ path: join(outDir, 'sidepanel-actors.png') });
  written.push('sidepanel-actors.png');
  await peskov.click();
  await panel.getByRole('article').first().waitFor();
  await panel.screenshot({ path: join(outDir, 'sidepanel-stances.png') });
  written.push('sidepanel-stances.png');

  await panel.locator('summary', { hasText: 'Export & import' }).evaluate((s) => ((s.parentElement as HTMLDetailsElement).open = true));
  for (const [label, name] of EXPORTS) {
    const button = panel.getByRole('button', { name: label });
    if (!(await button.count())) continue;
    const [download] = await Promise.all([panel.waitForEvent('download'), button.first().click()]);
    copyFileSync(await download.path(), join(outDir, name));
    written.push(name);
  }
  return written;
}
