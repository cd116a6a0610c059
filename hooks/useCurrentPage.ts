// Which page the panel is about: `?url=` when opened as a tab (tests), else the active tab, else the page analysed last.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { db, getPage, latestPage } from '@/lib/db';
import type { PageRecord } from '@/lib/model';

export interface CurrentPage {
  /** The page's normalised URL, or null when the panel does not know one yet. */
  url: string | null;
  /** The tab showing that page, when it is the active tab; scrolling to a claim needs it. */
  tabId: number | null;
  /** undefined while loading; null when the page has not been analysed. */
  record: PageRecord | null | undefined;
}

export function normaliseUrl(href: string): string | null {
  try {
    const u = new URL(href);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

/** The active tab's web page, following tab switches and navigations. */
function useActiveTab(): { url: string | null; tabId: number | null } {
  const [tab, setTab] = useState<{ url: string | null; tabId: number | null }>({ url: null, tabId: null });
  useEffect(() => {
    if (!browser.tabs?.query) return;
    let alive = true;
    const refresh = async () => {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      if (alive) setTab({ url: active?.url ? normaliseUrl(active.url) : null, tabId: active?.id ?? null });
    };
    const onUpdated = (_id: number, change: { url?: string; status?: string }) => void ((change.url || change.status === 'complete') && refresh());
    void refresh();
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return tab;
}

export function useCurrentPage(search = globalThis.location?.search ?? ''): CurrentPage {
  const chosen = normaliseUrl(new URLSearchParams(search).get('url') ?? '');
  const active = useActiveTab();
  const url = chosen ?? active.url;
  const record = useLiveQuery(async () => (url ? ((await getPage(db, url)) ?? null) : ((await latestPage(db)) ?? null)), [url]);
  // A tab id only counts when that tab shows the page (not when the panel is itself the active tab).
  return { url: url ?? record?.url ?? null, tabId: !chosen && active.url ? active.tabId : null, record };
}
