// Reader settings for highlighting: on or off globally and per site, kept in extension storage.
import { storage } from '#imports';

export interface HighlightSettings {
  enabled: boolean;
  /** Hostnames where highlighting is off even when it is on globally. */
  disabledSites: string[];
  /**
   * Text outside the detected article (teasers, comments, page chrome): not analysed ('off', also when absent, so
   * settings stored before this field existed keep their meaning), or analysed and painted in a lighter style ('quiet').
   */
  pageChrome?: PageChrome;
}

export type PageChrome = 'off' | 'quiet';

export const highlightSettings = storage.defineItem<HighlightSettings>('local:highlighting', {
  fallback: { enabled: true, disabledSites: [] },
  version: 1,
});

export function isHighlightingOn(s: HighlightSettings, hostname: string): boolean {
  return s.enabled && !s.disabledSites.includes(hostname);
}

export function withSite(s: HighlightSettings, hostname: string, on: boolean): HighlightSettings {
  const rest = s.disabledSites.filter((h) => h !== hostname);
  return { ...s, disabledSites: on ? rest : [...rest, hostname] };
}
