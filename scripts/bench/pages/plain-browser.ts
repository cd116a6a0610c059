// Launches Debian's Chromium headless without the extension, for benchmarks of page-side code on its own.
import { chromium, type Browser } from 'playwright-core';
import { findChromium, NO_CHROMIUM_HELP } from '../../browser';

export async function launchPlainChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_HELP);
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
}
