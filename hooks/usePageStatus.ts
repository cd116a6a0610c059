// What the tab's content script says about its page (skipped, highlighting off, cut short), asked when the db has no record.
import { useEffect, useState } from 'react';
import { pageMessaging, type PageStatus } from '@/lib/messaging/background-to-content';

/** null while unknown or when no content script answers (a browser page, or a tab opened before the extension). */
export function usePageStatus(tabId: number | null, url: string | null): PageStatus | null {
  const [status, setStatus] = useState<PageStatus | null>(null);
  useEffect(() => {
    setStatus(null);
    if (tabId === null || !url) return;
    let alive = true;
    pageMessaging.sendMessage('getPageStatus', undefined, tabId).then(
      (s) => alive && setStatus(s),
      () => {},
    );
    return () => {
      alive = false;
    };
  }, [tabId, url]);
  return status;
}
