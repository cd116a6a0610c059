// Follows pages that change after load (live blogs, "read more", infinite scroll): only new text is sent, debounced.
import type { ContentScriptContext } from '#imports';
import { joinPlans } from '@/lib/messaging/text-parts';
import type { PageSession } from './page-session';

/** Quiet time after the last change before reading again, and the longest a busy page waits. */
const DEBOUNCE_MS = 800;
const MAX_WAIT_MS = 4000;
/** Text that grew elsewhere than at the end by at least this much is re-analysed as a whole (rate-limited). */
const REANALYSE_GROWTH = 300;
const REANALYSE_MIN_INTERVAL_MS = 15_000;
/** Added nodes with less text than this (counters, timestamps, ad slots) are not worth reading the page again. */
const MIN_ADDED_TEXT = 20;

function meaningful(records: MutationRecord[]): boolean {
  for (const r of records) {
    if (r.type === 'characterData') return true;
    for (const n of r.addedNodes) if ((n.textContent ?? '').trim().length >= MIN_ADDED_TEXT) return true;
  }
  return false;
}

export function followPageChanges(ctx: ContentScriptContext, session: PageSession): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;
  // The first rewrite is analysed at once: on pages that render their article after DOMContentLoaded, the first
  // reading may have found only a skeleton's text. Later rewrites wait REANALYSE_MIN_INTERVAL_MS.
  let lastFullAnalysis = -Infinity;

  const update = () =>
    session.run(async () => {
      if (!session.highlighting || !session.extracted) return;
      const old = session.extracted.text;
      const fresh = await session.readFresh();
      if (fresh.text === old) return;
      if (!session.plan) {
        // Nothing was analysed yet (the page had no article text at first): analyse it now.
        session.extracted = null;
        void session.analyse();
        return;
      }
      if (fresh.text.startsWith(old)) {
        // Text added at the end: send only the new part, at its offset in the page text.
        const plan = await session.send(fresh.text.slice(old.length), old.length, fresh.truncated);
        session.extracted = fresh;
        if (plan) session.plan = joinPlans(session.plan, plan);
      } else if (fresh.text.length - old.length >= REANALYSE_GROWTH && performance.now() - lastFullAnalysis > REANALYSE_MIN_INTERVAL_MS) {
        lastFullAnalysis = performance.now();
        const plan = await session.send(fresh.text, 0, fresh.truncated);
        session.extracted = fresh;
        if (plan) session.plan = plan;
      } else {
        session.adopt(fresh);
      }
      await session.paint();
    });

  const observer = new MutationObserver((records) => {
    try {
      if (!session.highlighting || !meaningful(records)) return;
      const now = performance.now();
      if (!timer) firstChange = now;
      clearTimeout(timer);
      const wait = Math.min(DEBOUNCE_MS, Math.max(0, firstChange + MAX_WAIT_MS - now));
      timer = setTimeout(() => {
        timer = undefined;
        void update().catch(() => {});
      }, wait);
    } catch {
      /* never throw into the page */
    }
  });
  if (document.body) observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
