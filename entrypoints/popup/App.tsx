// Toolbar popup root: highlighting on/off everywhere and on this site, page chrome off or quiet, the shortcut, and a way into the side panel.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { currentWindowId, openSidePanel, toggleShortcut } from '@/components/popup/open-side-panel';
import { Toggle } from '@/components/popup/Toggle';
import { useHighlightSettings } from '@/hooks/useHighlightSettings';
import { isHighlightingOn, withSite } from '@/lib/settings/highlighting';

function useActiveHostname(): string | null {
  const [host, setHost] = useState<string | null>(null);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      try {
        const u = new URL(tab?.url ?? '');
        setHost(u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null);
      } catch {
        setHost(null);
      }
    });
  }, []);
  return host;
}

export function App() {
  const [settings, save] = useHighlightSettings();
  const host = useActiveHostname();
  const [shortcut, setShortcut] = useState('Alt+Shift+H');
  const [error, setError] = useState<string | null>(null);
  const [windowId, setWindowId] = useState<number | null>(null);
  useEffect(() => {
    void toggleShortcut().then(setShortcut, () => {});
    void currentWindowId().then(setWindowId, () => {});
  }, []);

  if (!settings) return <p className="popup status">Loading…</p>;
  const siteOn = host ? !settings.disabledSites.includes(host) : false;
  return (
    <main className="popup">
      <h1>Fact Annotator</h1>
      <Toggle id="global" label="Highlight actors and claims" hint={`Shortcut: ${shortcut}`} checked={settings.enabled} onChange={(on) => void save({ ...settings, enabled: on })} />
      <Toggle
        id="site"
        label={host ? `On ${host}` : 'On this site'}
        hint={!host ? 'Not available on this page.' : !settings.enabled ? 'Highlighting is off everywhere.' : isHighlightingOn(settings, host) ? undefined : 'No text from this site is analysed.'}
        checked={siteOn}
        disabled={!host}
        onChange={(on) => host && void save(withSite(settings, host, on))}
      />
      <Toggle
        id="page-chrome"
        label="Also the rest of the page, quietly"
        hint={settings.pageChrome === 'quiet' ? 'Teasers and comments outside the article get a light dotted underline.' : 'Only the article is read and highlighted.'}
        checked={settings.pageChrome === 'quiet'}
        disabled={!settings.enabled}
        onChange={(on) => void save({ ...settings, pageChrome: on ? 'quiet' : 'off' })}
      />
      <button
        type="button"
        className="primary"
        onClick={() =>
          void openSidePanel(windowId).then(
            () => window.close(),
            (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
          )
        }
      >
        Open side panel
      </button>
      {error && <p role="alert">{error}</p>}
    </main>
  );
}
