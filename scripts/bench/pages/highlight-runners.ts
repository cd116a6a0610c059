// Page-side half of highlight-vs-markjs: paints and clears the same names with the project's painter or with mark.js, timed in the page.
import { extractText } from '../../../lib/extract';
import { HighlightPainter } from '../../../lib/highlight/painter';
import type { PaintSpan } from '../../../lib/messaging/paint-plan';

/** mark.js as loaded from its dist/mark.min.js script tag (the package ships no types). */
declare const Mark: new (context: Element) => {
  markRanges(ranges: { start: number; length: number }[], opts?: { done?: (n: number) => void }): void;
  mark(keywords: string[], opts?: { separateWordSearch?: boolean; acrossElements?: boolean; done?: (n: number) => void }): void;
  unmark(opts?: { done?: () => void }): void;
};

export interface RunTimes {
  /** Paint plus a forced layout, synchronous work only (for the painter: with the text map the content script already has). */
  paintMs: number;
  /** Until the next frame has been produced after painting. */
  paintFrameMs: number;
  clearMs: number;
  clearFrameMs: number;
  /** Ranges visibly marked, each checked against its name. */
  marked: number;
  /** Painter only: walking the article into text and offset map just before painting (mark.js walks inside markRanges). */
  walkMs?: number;
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const forceLayout = () => document.body.offsetHeight;

/** Offsets of each name in `text`, in order (the generator guarantees each is the next occurrence). */
function locate(text: string, names: string[]): number[] {
  const out: number[] = [];
  let from = 0;
  for (const name of names) {
    const at = text.indexOf(name, from);
    if (at < 0) throw new Error(`name ${name} not found after offset ${from}`);
    out.push(at);
    from = at + name.length;
  }
  return out;
}

async function runPainter(names: string[]): Promise<RunTimes> {
  const article = document.getElementById('article')!;
  // Untimed first walk: gives the offsets a background analysis would send, and warms the walker's code.
  const first = extractText(document, { root: article });
  const spans: PaintSpan[] = locate(first.text, names).map((start, i) => ({ start, end: start + names[i].length, kind: 'person', actorId: null, text: names[i] }));
  const painter = new HighlightPainter(document);

  const tWalk0 = performance.now();
  const { map } = extractText(document, { root: article });
  const t0 = performance.now();
  // One unsliced pass (the content script builds ranges in 8 ms slices; here the whole cost is timed at once).
  await painter.paint(spans, map, undefined, Infinity);
  forceLayout();
  const tPaint = performance.now();
  await nextFrame();
  const tPaintFrame = performance.now();

  const registered = CSS.highlights.get('fa-person');
  const marked = registered ? [...registered].filter((r, i) => (r as Range).toString() === names[i]).length : 0;

  const t1 = performance.now();
  painter.clear();
  forceLayout();
  const tClear = performance.now();
  await nextFrame();
  const tClearFrame = performance.now();
  if (CSS.highlights.size !== 0) throw new Error('painter.clear() left highlights registered');
  return { paintMs: tPaint - t0, walkMs: t0 - tWalk0, paintFrameMs: tPaintFrame - t0, clearMs: tClear - t1, clearFrameMs: tClearFrame - t1, marked };
}

async function runMarkJs(names: string[]): Promise<RunTimes> {
  const article = document.getElementById('article')!;
  const ranges = locate(article.textContent ?? '', names).map((start, i) => ({ start, length: names[i].length }));
  // Warm mark.js's code on a scratch element outside the article, as the painter's walker was warmed.
  const scratch = document.createElement('p');
  scratch.textContent = 'warm up Anna Novak here';
  document.body.append(scratch);
  const warm = new Mark(scratch);
  warm.markRanges([{ start: 8, length: 10 }]);
  warm.unmark();
  scratch.remove();
  forceLayout();

  const t0 = performance.now();
  const instance = new Mark(article);
  instance.markRanges(ranges);
  forceLayout();
  const tPaint = performance.now();
  await nextFrame();
  const tPaintFrame = performance.now();

  const marks = [...article.querySelectorAll('mark')];
  const marked = marks.filter((m, i) => m.textContent === names[i]).length;

  const t1 = performance.now();
  instance.unmark();
  forceLayout();
  const tClear = performance.now();
  await nextFrame();
  const tClearFrame = performance.now();
  if (article.querySelector('mark')) throw new Error('mark.js unmark() left marks in the page');
  return { paintMs: tPaint - t0, paintFrameMs: tPaintFrame - t0, clearMs: tClear - t1, clearFrameMs: tClearFrame - t1, marked };
}

/** mark.js as it is most often used: searching the page for the distinct names as keywords (one pass per keyword). */
function runMarkJsKeywords(names: string[]): { paintMs: number; marked: number } {
  const article = document.getElementById('article')!;
  const t0 = performance.now();
  let marked = 0;
  new Mark(article).mark([...new Set(names)], { separateWordSearch: false, done: (n) => (marked = n) });
  forceLayout();
  return { paintMs: performance.now() - t0, marked };
}

(window as unknown as { faBench: unknown }).faBench = { runPainter, runMarkJs, runMarkJsKeywords };
