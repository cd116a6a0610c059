// One page's state on the content side: its extracted text, the background's paint plan, and what is painted now.
import { anchor, describe } from '@/lib/anchoring';
import { extractTextSliced, type ExtractedText } from '@/lib/extract';
import { HighlightPainter } from '@/lib/highlight';
import type { PageStatus } from '@/lib/messaging/background-to-content';
import type { PaintPlan, PaintSpan } from '@/lib/messaging/paint-plan';
import { sendToBackground } from './messengers';

/** Same bounds as the background's message schema, so a valid page is never rejected for its URL or title. */
const MAX_URL = 4096;
const MAX_TITLE = 1000;

export class PageSession {
  readonly painter = new HighlightPainter(document);
  extracted: ExtractedText | null = null;
  plan: PaintPlan | null = null;
  highlighting = false;
  note: string | undefined;
  /** Called after every paint, e.g. so the hover card drops cached actor cards. */
  onPainted: (() => void) | undefined;
  private firstPaintMarked = false;
  private analysing: Promise<void> | null = null;
  private reanchoring: Promise<void> | null = null;

  status(): PageStatus {
    const s: PageStatus = { url: location.href, highlighting: this.highlighting, painted: this.painter.spans.length };
    return this.note ? { ...s, note: this.note } : s;
  }

  /** Reads the page (without sending it anywhere), e.g. to scroll to a stored span while highlighting is off. */
  async read(): Promise<ExtractedText> {
    this.extracted ??= await extractTextSliced(document);
    return this.extracted;
  }

  /** Sends the article text to the background and paints the plan; at most one analysis runs at a time. */
  analyse(): Promise<void> {
    this.analysing ??= this.runAnalysis().finally(() => (this.analysing = null));
    return this.analysing;
  }

  private async runAnalysis(): Promise<void> {
    const extracted = await this.read();
    // Marks split load-to-paint into page-side reading, background analysis and painting (read by benchmarks).
    performance.mark('fa:extracted');
    if (extracted.text.trim().length === 0) {
      this.note = 'no article text found on this page';
      return;
    }
    if (location.href.length > MAX_URL) {
      this.note = 'page address too long to record';
      return;
    }
    const result = await sendToBackground('analysePage', {
      url: location.href,
      title: document.title.slice(0, MAX_TITLE),
      text: extracted.text,
      offset: 0,
      ...(extracted.truncated ? { truncated: extracted.truncated } : {}),
    });
    performance.mark('fa:analysed');
    if (result.status === 'skipped') {
      this.note = `skipped: ${result.reason}`;
      return;
    }
    this.plan = result.plan;
    this.note = result.plan.truncated;
    if (this.highlighting) this.paint();
  }

  /** Paints the cached plan (no message is sent); marks the first paint for tests and benchmarks. */
  paint(): void {
    if (!this.plan || !this.extracted) return;
    const report = this.painter.paint(this.plan.spans, this.extracted.map);
    if (report.skipped > 0) this.note = [this.plan.truncated, `${report.skipped} spans no longer matched the page text`].filter(Boolean).join('; ');
    this.onPainted?.();
    if (!this.firstPaintMarked) {
      this.firstPaintMarked = true;
      performance.mark('fa:painted');
    }
  }

  clear(): void {
    this.painter.clear();
  }

  /**
   * After the page replaced text nodes under painted ranges: read the page again and move each span to where its
   * words now are (position, then quote in context), then repaint. Spans that cannot be found are dropped from view.
   */
  reanchor(): Promise<void> {
    this.reanchoring ??= this.runReanchor().finally(() => (this.reanchoring = null));
    return this.reanchoring;
  }

  private async runReanchor(): Promise<void> {
    if (!this.plan || !this.extracted) return;
    const oldText = this.extracted.text;
    const fresh = await extractTextSliced(document);
    const spans: PaintSpan[] = [];
    for (const span of this.plan.spans) {
      const found = anchor(fresh.text, describe(oldText, span.start, span.end));
      if (found) spans.push({ ...span, start: found.start, end: found.end, text: fresh.text.slice(found.start, found.end) });
    }
    this.extracted = fresh;
    this.plan = { ...this.plan, spans };
    if (this.highlighting) this.paint();
  }

  /** A single-page-app navigation: the next analysis is a new page with its own record. */
  reset(): void {
    this.clear();
    this.extracted = null;
    this.plan = null;
    this.note = undefined;
  }
}
