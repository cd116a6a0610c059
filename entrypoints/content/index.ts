// Content script entry: reads the article text, asks the background to analyse it, paints the answer, keeps it painted.
import { highlightApiAvailable } from '@/lib/highlight';
import type { HighlightSettings } from '@/lib/settings/highlighting';
import { setUpPageHandlers } from './handlers';
import { setUpHoverCard } from './hover';
import { followPageChanges } from './page-changes';
import { PageSession } from './page-session';
import { highlightingOnFor, readSettings, watchSettings } from './settings';
import type { ContentScriptContext } from '#imports';

/** How often to check that the page has not wiped or replaced our highlights; cheap lookups only. */
const WATCH_MS = 1000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Whatever happens, nothing the extension does may throw into the page.
    start(ctx).catch((e: unknown) => console.debug('[fact-annotator]', e));
  },
});

async function start(ctx: ContentScriptContext): Promise<void> {
  performance.mark('fa:start');
  const session = new PageSession();
  ctx.onInvalidated(setUpPageHandlers(session));
  if (!highlightApiAvailable()) {
    session.note = 'this browser lacks the CSS Custom Highlight API';
    return;
  }
  setUpHoverCard(ctx, session);

  const apply = async (s: HighlightSettings) => {
    session.highlighting = highlightingOnFor(s, location.hostname);
    const pageChrome = s.pageChrome ?? 'off';
    if (pageChrome !== session.pageChrome) {
      // A different part of the page is read now: start again as a fresh page record.
      session.reset();
      session.pageChrome = pageChrome;
    }
    if (!session.highlighting) return session.clear();
    // Turned on with a plan already in hand: repaint without sending the page again.
    if (session.plan) return session.paint();
    await session.analyse();
  };
  ctx.onInvalidated(watchSettings((s) => void apply(s).catch(() => {})));
  await apply(await readSettings());

  ctx.setInterval(() => {
    if (document.hidden || !session.highlighting) return;
    try {
      session.painter.restoreIfRemoved();
      if (session.painter.countStale() > 0) void session.reanchor().catch(() => {});
    } catch {
      /* never throw into the page */
    }
  }, WATCH_MS);

  followPageChanges(ctx, session);
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    session.reset();
    if (session.highlighting) void session.analyse().catch(() => {});
  });
  ctx.onInvalidated(() => session.clear());
}
