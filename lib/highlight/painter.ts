// Paints plan spans with the CSS Custom Highlight API (no DOM changes), keeps them painted, and answers what is under a point.
import { SLICE_MS, yieldToPage } from '../extract/slices';
import type { HighlightKind, PaintSpan } from '../messaging/paint-plan';
import { highlightName, installHighlightStyles, stylesInstalled } from './styles';

/** Anything that can turn text offsets into DOM ranges (the extract module's TextMap). */
export interface RangeSource {
  toRange(start: number, end: number, doc: Document): Range | null;
}

/** Kinds of painted highlight: one per span kind, plus `quiet` for every span outside the article (page chrome). */
export type PaintedKind = HighlightKind | 'quiet';

export interface PaintedSpan {
  span: PaintSpan;
  range: Range;
  /** The highlight the range went into: the span's kind, or `quiet` outside the article. */
  highlight: PaintedKind;
}

export interface PaintReport {
  painted: number;
  /** Spans whose range text differed from the span's text (stale offsets), so they were not painted. */
  skipped: number;
}

/** Actors draw above claims where they overlap, so a name inside a quote keeps its own colour. */
const PRIORITY: Record<PaintedKind, number> = { quiet: -1, claim: 0, place: 1, country: 2, organization: 3, person: 4 };

/**
 * Compares words, not spacing: a span across two paragraphs reads "a\nb" in the extracted text but "ab" from the
 * Range, and collapsed whitespace reads as one space. Any other difference means the offsets are stale.
 */
export const sameWords = (a: string, b: string): boolean => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

export function highlightApiAvailable(win: Window & typeof globalThis = window): boolean {
  return typeof win.Highlight === 'function' && !!win.CSS && 'highlights' in win.CSS;
}

export class HighlightPainter {
  private painted: PaintedSpan[] = [];
  private highlights = new Map<PaintedKind, Highlight>();
  /** Bumped by every paint() and clear(), so a paint still building its ranges knows it was overtaken. */
  private generation = 0;

  constructor(private readonly doc: Document) {}

  get spans(): readonly PaintedSpan[] {
    return this.painted;
  }

  /**
   * Replaces whatever was painted with `spans`; each span is checked against the page text before it is painted.
   * Ranges for which `quiet` says true (outside the article) all go into one lighter `quiet` highlight.
   * Ranges are built in slices of `sliceMs` (thousands of spans on a long page would otherwise hold the page for
   * hundreds of ms); what was painted stays until the new ranges are swapped in at once. Resolves to null when a
   * later paint() or clear() overtook this one.
   */
  async paint(spans: readonly PaintSpan[], map: RangeSource, quiet?: (range: Range) => boolean, sliceMs = SLICE_MS): Promise<PaintReport | null> {
    const generation = ++this.generation;
    let until = performance.now() + sliceMs;
    const painted: PaintedSpan[] = [];
    // Filled while the ranges are built, unregistered: one Highlight built from 10,000 ranges at the end took 40 ms.
    const highlights = new Map<PaintedKind, Highlight>();
    for (let i = 0; i < spans.length; i++) {
      if (i % 32 === 31 && performance.now() > until) {
        await yieldToPage();
        if (generation !== this.generation) return null;
        until = performance.now() + sliceMs;
      }
      const span = spans[i];
      const range = map.toRange(span.start, span.end, this.doc);
      if (!range || !sameWords(range.toString(), span.text)) continue;
      const highlight = quiet?.(range) ? 'quiet' : span.kind;
      painted.push({ span, range, highlight });
      let h = highlights.get(highlight);
      if (!h) highlights.set(highlight, (h = new Highlight()));
      h.add(range);
    }
    this.clear();
    for (const [kind, h] of highlights) h.priority = PRIORITY[kind];
    this.highlights = highlights;
    this.painted = painted;
    this.register();
    return { painted: painted.length, skipped: spans.length - painted.length };
  }

  /** Adds the highlights to the page's registry (again); also used after the page wiped the registry. */
  private register(): void {
    if (this.highlights.size === 0) return;
    installHighlightStyles(this.doc);
    for (const [kind, h] of this.highlights) CSS.highlights.set(highlightName(kind), h);
  }

  /**
   * True if the page removed our highlights or styles (e.g. its own script called CSS.highlights.clear())
   * and they were put back. Cheap: a few map lookups, meant to run on a timer.
   */
  restoreIfRemoved(): boolean {
    if (this.highlights.size === 0) return false;
    const missing = [...this.highlights].some(([kind, h]) => CSS.highlights.get(highlightName(kind)) !== h) || !stylesInstalled(this.doc);
    if (missing) this.register();
    return missing;
  }

  /**
   * How many painted ranges lost their text: collapsed, or their nodes were taken out of the page (re-rendered).
   * Reads no text, so it stays cheap on a timer with tens of thousands of ranges (reading each range's words took
   * 27 ms every second on a page of 100,000 nodes). Text edited in place is caught by the MutationObserver instead.
   */
  countStale(): number {
    let stale = 0;
    for (const { range } of this.painted) if (range.collapsed || !range.startContainer.isConnected || !range.endContainer.isConnected) stale += 1;
    return stale;
  }

  clear(): void {
    this.generation += 1;
    for (const [kind, h] of this.highlights) {
      if (CSS.highlights.get(highlightName(kind)) === h) CSS.highlights.delete(highlightName(kind));
    }
    this.highlights.clear();
    this.painted = [];
  }

  /** Painted spans whose ranges cover `offset` in the text map's coordinates, actors before claims. */
  spansAtOffset(offset: number): PaintedSpan[] {
    return this.painted
      .filter((p) => p.span.start <= offset && offset < p.span.end)
      .sort((a, b) => PRIORITY[b.span.kind] - PRIORITY[a.span.kind]);
  }
}
