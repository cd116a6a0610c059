// Mentions and claims of this page that no longer match its text (the page changed after analysis), with their quotes.
import { useEffect, useState } from 'react';
import { pageMessaging, type DetachedSpan } from '@/lib/messaging/background-to-content';

/** The page may change at any time after analysis, so its content script is asked again at this interval. */
const POLL_MS = 5000;

export function DetachedList({ tabId, url }: { tabId: number | null; url: string | null }) {
  const [detached, setDetached] = useState<DetachedSpan[]>([]);
  useEffect(() => {
    setDetached([]);
    if (tabId === null || !url) return;
    let alive = true;
    const ask = () =>
      pageMessaging.sendMessage('getPageStatus', undefined, tabId).then(
        (s) => alive && setDetached(s.detached ?? []),
        () => {},
      );
    void ask();
    const timer = setInterval(() => void ask(), POLL_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [tabId, url]);
  if (detached.length === 0) return null;
  return (
    <section className="detached" aria-label="Detached highlights">
      <p className="note" role="note">
        {detached.length === 1 ? '1 highlight is' : `${detached.length} highlights are`} detached: the page changed and this text is no longer on it.
      </p>
      <ul className="actor-list">
        {detached.map((d) => (
          <li key={`${d.kind}:${d.text}`}>
            <span className="meta">{d.kind} · detached</span>
            <blockquote className="claim-text">{d.text}</blockquote>
          </li>
        ))}
      </ul>
    </section>
  );
}
