// Content script entry: reads the article text, asks the background to analyse it, paints the answer, keeps it painted.
import { highlightApiAvailable, installHighlightStyles } from '@/lib/highlight';
import type { HighlightSettings } from '@/lib/settings/highlighting';
import { setUpPageHandlers } from './handlers';
import { setUpHoverCard } from './hover';
import { followPageChanges } from './page-changes';
import { domParsed } from './page-ready';
import { PageSession } from './page-session';
import { sendToBackground } from './messengers';
import { highlightingOnFor, readSettings, watchSettings } from './settings';
import type { ContentScriptContext } from '#imports';

/** How often to check that the page has not wiped or replaced our highlights; cheap lookups only. */
const WATCH_MS = 1000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Started before the page is parsed: the settings read (a round trip to the browser, 10-30 ms on a busy machine)
  // overlaps the page's own loading, and reading starts the moment the DOM is complete. Text that pages add later
  // (rendered by their scripts after DOMContentLoaded) is read through the MutationObserver in page-changes.ts.
  runAt: 'document_start',
  main(ctx) {
    // Whatever happens, nothing the extension does may throw into the page.
    start(ctx).catch((e: unknown) => console.debug('[fact-annotator]', e));
  },
});

async function start(ctx: ContentScriptContext): Promise<void> {
  performance.mark('fa:start');
  const settings = readSettings();
  const parsed = domParsed();
  const session = new PageSession(parsed);
  ctx.onInvalidated(setUpPageHandlers(session));
  if (!highlightApiAvailable()) {
    session.note = 'this browser lacks the CSS Custom Highlight API';
    return;
  }
  // Adopted now, while the document is empty: adding a style sheet later makes the browser restyle every element
  // (over 600 ms of CPU on a page of 100,000 nodes). Its ::highlight() rules style nothing until something is painted.
  installHighlightStyles(document);
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
  let settingsArrived = false;
  void settings.then(
    (s) => {
      settingsArrived = true;
      // A stopped service worker takes hundreds of ms to start; it starts now, while the page is still parsed.
      if (highlightingOnFor(s, location.hostname)) sendToBackground('wake', undefined).catch(() => {});
    },
    () => {},
  );
  await parsed;
  performance.mark('fa:parsed');
  // The settings usually arrive while the page is parsed. When they are late, the article is read meanwhile: it
  // stays in the page until they say highlighting is on here.
  if (!settingsArrived) void session.read().catch(() => {});
  // Changes are followed from the start, so text the page adds while the first analysis runs is not missed.
  followPageChanges(ctx, session);
  watchHighlights(ctx, session);
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    session.reset();
    if (session.highlighting) void session.analyse().catch(() => {});
  });
  ctx.onInvalidated(() => session.clear());
  await apply(await settings);
}

/** Puts highlights back when the page wiped them, and re-anchors them when it replaced their text nodes. */
function watchHighlights(ctx: ContentScriptContext, session: PageSession): void {
  ctx.setInterval(() => {
    if (document.hidden || !session.highlighting) return;
    try {
      session.painter.restoreIfRemoved();
      if (session.painter.countStale() > 0) void session.reanchor().catch(() => {});
    } catch {
      /* never throw into the page */
    }
  }, WATCH_MS);
}
