// One Chromium profile with the extension and 100,000 imported claims, shared by the panel-scale and export-scale sections.
import { launchWithExtension, type ExtensionBrowser } from '../../browser';
import { importThroughUi, openPanel } from './panel-driver';
import { writeSyntheticBackup, type SyntheticBackup } from './synthetic-backup';

export interface FilledProfile {
  browser: ExtensionBrowser;
  data: SyntheticBackup;
  /** Choosing the synthetic file in the panel's import input to the outcome line: the import of 100,000 claims into an empty profile. */
  importMs: number;
  importOutcome: string;
}

let shared: Promise<FilledProfile> | null = null;

/** Launches and fills the profile on first use (importing takes a while), then hands out the same one. */
export function filledProfile(): Promise<FilledProfile> {
  shared ??= (async () => {
    const data = writeSyntheticBackup();
    const browser = await launchWithExtension();
    try {
      const panel = await openPanel(browser);
      const { ms, outcome } = await importThroughUi(panel, data.file);
      await panel.close();
      return { browser, data, importMs: ms, importOutcome: outcome };
    } catch (e) {
      await browser.close();
      throw e;
    }
  })();
  return shared;
}

/** Closes the shared profile's browser, if one was started (the bench runner calls this after the last section). */
export async function releaseFilledProfile(): Promise<void> {
  const pending = shared;
  shared = null;
  if (pending) await (await pending.catch(() => null))?.browser.close();
}
