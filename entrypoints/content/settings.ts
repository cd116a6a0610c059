// Reads and watches the highlighting setting straight from extension storage, for the content script.
//
// lib/settings/highlighting.ts defines the same item with WXT's storage wrapper (~9 KB minified with its lock);
// the content script only reads one key, so it reads it directly. A unit test keeps the two in agreement.
import type { HighlightSettings } from '@/lib/settings/highlighting';

/** WXT stores `local:highlighting` under this key of storage.local. */
export const SETTINGS_KEY = 'highlighting';
const FALLBACK: HighlightSettings = { enabled: true, disabledSites: [] };

function valid(v: unknown): HighlightSettings {
  const s = v as Partial<HighlightSettings> | undefined;
  if (!s || typeof s !== 'object') return FALLBACK;
  return {
    enabled: s.enabled !== false,
    disabledSites: Array.isArray(s.disabledSites) ? s.disabledSites.filter((h) => typeof h === 'string') : [],
    // Absent means 'off'; left absent so the reader returns exactly what older settings hold.
    ...(s.pageChrome === 'quiet' ? { pageChrome: 'quiet' as const } : {}),
  };
}

export async function readSettings(): Promise<HighlightSettings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return valid(got[SETTINGS_KEY]);
}

export function watchSettings(onChange: (s: HighlightSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(valid(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Highlighting is on for a page when it is on globally and the page's site is not switched off. */
export function highlightingOnFor(s: HighlightSettings, hostname: string): boolean {
  return s.enabled && !s.disabledSites.includes(hostname);
}
