// Answers the background and side panel: page status, and "scroll to this span" (found by position, then by quote).
import { anchor } from '@/lib/anchoring';
import { sameWords, scrollToAndFlash } from '@/lib/highlight';
import { onBackgroundMessages } from './messengers';
import type { PageSession } from './page-session';


async function findRange(session: PageSession, start: number, end: number, text: string): Promise<Range | null> {
  const painted = session.painter.spans.find((p) => p.span.start === start && p.span.end === end && !p.range.collapsed);
  if (painted && sameWords(painted.range.toString(), text)) return painted.range;
  const { text: pageText, map } = await session.read();
  const found = anchor(pageText, { position: { start, end }, quote: { exact: text, prefix: '', suffix: '' } });
  return found ? map.toRange(found.start, found.end, document) : null;
}

export function setUpPageHandlers(session: PageSession): () => void {
  return onBackgroundMessages({
    getPageStatus: (req) => session.status(req?.spans === true),
    scrollToSpan: async (data) => {
      try {
        const range = await findRange(session, data.start, data.end, data.text);
        if (!range) return false;
        scrollToAndFlash(document, range);
        return true;
      } catch {
        return false;
      }
    },
  });
}
