// Drives the real side panel page (chrome-extension://ID/sidepanel.html): import a backup file, export through the buttons.
import { statSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../browser';

const LONG = 180_000;

export async function openPanel(browser: ExtensionBrowser, pageUrl?: string): Promise<Page> {
  const panel = await browser.context.newPage();
  await gotoPanel(panel, browser, pageUrl);
  return panel;
}

export async function gotoPanel(panel: Page, browser: ExtensionBrowser, pageUrl?: string): Promise<void> {
  const base = `chrome-extension://${browser.extensionId}/sidepanel.html`;
  await panel.goto(pageUrl ? `${base}?url=${encodeURIComponent(pageUrl)}` : base);
}

async function openExportSection(panel: Page): Promise<void> {
  const details = panel.locator('details.export-panel');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await panel.locator('summary', { hasText: 'Export & import' }).click();
}

/** Imports `file` through the panel's file input; milliseconds from choosing the file to the outcome line, and that line. */
export async function importThroughUi(panel: Page, file: string): Promise<{ ms: number; outcome: string }> {
  await openExportSection(panel);
  const outcome = panel.getByTestId('task-outcome');
  const t0 = performance.now();
  await panel.getByTestId('import-file').setInputFiles(file);
  await outcome.waitFor({ timeout: LONG });
  const ms = performance.now() - t0;
  const text = (await outcome.textContent()) ?? '';
  if (!/^Imported/.test(text)) throw new Error(`import through the side panel failed: ${text}`);
  return { ms, outcome: text };
}

/** Clicks an export button; milliseconds from the click to the browser's download starting (the file is complete then). */
export async function exportThroughUi(panel: Page, label: RegExp, saveTo?: string): Promise<{ ms: number; bytes: number }> {
  await openExportSection(panel);
  const t0 = performance.now();
  const [download] = await Promise.all([panel.waitForEvent('download', { timeout: LONG }), panel.getByRole('button', { name: label }).click()]);
  const ms = performance.now() - t0;
  const bytes = await sizeOf(download, saveTo);
  return { ms, bytes };
}

async function sizeOf(download: Download, saveTo?: string): Promise<number> {
  if (saveTo) await download.saveAs(saveTo);
  const path = saveTo ?? (await download.path());
  const bytes = statSync(path).size;
  if (!saveTo) await download.delete();
  return bytes;
}
