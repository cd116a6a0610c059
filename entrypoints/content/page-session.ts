// One page's state on the content side: its extracted text, the background's paint plan, and what is painted now.
import { anchor, describe } from '@/lib/anchoring';
import { extractTextSliced, yieldToPage, type ExtractedText } from '@/lib/extract';
import { joinNotes } from '@/lib/extract/join-notes';
import { HighlightPainter, highlightName } from '@/lib/highlight';
import type { DetachedSpan, PageStatus } from '@/lib/messaging/background-to-content';
import type { AnalyseResult } from '@/lib/messaging/content-to-background';
import type { PaintPlan, PaintSpan } from '@/lib/messaging/paint-plan';
import { joinPlans, textParts } from '@/lib/messaging/text-parts';
import type { PageChrome } from '@/lib/settings/highlighting';
import { sendToBackground } from './messengers';

/** Same bounds as the background's message schema, so a valid page is never rejected for its URL or title. */
const MAX_URL = 4096;
const MAX_TITLE = 1000;
const MAX_NOTE = 500;
/** Detached spans kept for the side panel; a page rewritten wholesale would otherwise list hundreds. */
const MAX_DETACHED = 100;


export class PageSession {
  readonly painter = new HighlightPainter(document);
  extracted: ExtractedText | null = null;
  /** The reading under way, if any; dropped by reset() so a stale result is never cached. */
  private reading: Promise<ExtractedText> | null = null;
  plan: PaintPlan | null = null;
  highlighting = false;
  /** Whether text outside the article is read too, and painted quietly (the reader's page-chrome setting). */
  pageChrome: PageChrome = 'off';
  note: string | undefined;
  /** Called after every paint, e.g. so the hover card drops cached actor cards. */
  onPainted: (() => void) | undefined;
  private firstPaintMarked = false;
  /** Page work runs one job at a time (analysis, re-anchoring, incremental updates), in order. */
  private queue: Promise<void> = Promise.resolve();
  private reanchorQueued = false;
  /** Spans that could not re-attach to the page's text, by kind and text, so the side panel can list them. */
  private detached = new Map<string, DetachedSpan>();

  /** `domReady` resolves once the page is parsed; nothing is read before it (the script starts at document_start). */
  constructor(private readonly domReady: Promise<void> = Promise.resolve()) {}

  status(withSpans = false): PageStatus {
    const s: PageStatus = { url: location.href, highlighting: this.highlighting, painted: this.painter.spans.length };
    if (this.detached.size > 0) s.detached = [...this.detached.values()];
    if (withSpans) s.spans = this.painter.spans.map((p) => ({ highlight: highlightName(p.highlight), text: p.span.text }));
    if (this.note) s.note = this.note;
    return s;
  }

  private markDetached(span: PaintSpan): void {
    if (this.detached.size < MAX_DETACHED) this.detached.set(`${span.kind}\u0000${span.text}`, { text: span.text, kind: span.kind });
  }

  /** Runs `job` after the jobs before it; a failing job never stops later ones. */
  run(job: () => Promise<void>): Promise<void> {
    const next = this.queue.then(job, job);
    this.queue = next.catch(() => {});
    return next;
  }

  /** Reads the page (without sending it anywhere), e.g. to scroll to a stored span while highlighting is off. */
  read(): Promise<ExtractedText> {
    if (this.extracted) return Promise.resolve(this.extracted);
    // Callers that ask while a reading is under way share it (the early read at DOMContentLoaded, then analyse()).
    if (!this.reading) {
      const reading: Promise<ExtractedText> = this.readFresh().then(
        (got) => {
          if (this.reading === reading) [this.extracted, this.reading] = [got, null];
          return got;
        },
        (e: unknown) => {
          if (this.reading === reading) this.reading = null;
          throw e;
        },
      );
      this.reading = reading;
    }
    return this.reading;
  }

  /** Reads the page's text as it is now: the article, or the whole page when page chrome is painted quietly. */
  async readFresh(): Promise<ExtractedText> {
    await this.domReady;
    return extractTextSliced(document, { wholePage: this.pageChrome === 'quiet' });
  }

  /** Sends the article text to the background and paints the plan. */
  analyse(): Promise<void> {
    return this.run(async () => {
      if (this.plan) return;
      const extracted = await this.read();
      // Marks split load-to-paint into page-side reading, background analysis and painting (read by benchmarks).
      performance.mark('fa:extracted');
      // What was cut or left unread goes with the text, so the page's record (and the side panel) says so too.
      const partial = joinNotes(extracted.truncated, extracted.unread);
      this.note = partial;
      const plan = await this.send(extracted.text, 0, partial).catch((e: unknown) => {
        this.note = joinNotes(`analysis failed: ${e instanceof Error ? e.message : String(e)}`, extracted.unread);
        throw e;
      });
      performance.mark('fa:analysed');
      if (!plan) {
        // send() said why nothing was analysed; what was left unread still counts.
        this.note = joinNotes(this.note, extracted.unread);
        performance.mark('fa:skipped');
        return;
      }
      this.plan = plan;
      this.note = plan.truncated;
      if (this.highlighting) await this.paint();
    });
  }

  /**
   * Asks the background to analyse `text`, which starts at `offset` of the page text. A long text goes a part at a
   * time, each message in a task of its own (the browser copies a message on the page's main thread), and the parts'
   * plans are joined. Null when skipped (with a note); a part that is skipped ends the sending there.
   */
  async send(text: string, offset: number, truncated?: string): Promise<PaintPlan | null> {
    if (text.trim().length === 0) {
      if (offset === 0) this.note = 'no article text found on this page';
      return null;
    }
    if (location.href.length > MAX_URL) {
      this.note = 'page address too long to record';
      return null;
    }
    const parts = textParts(text);
    let plan: PaintPlan | null = null;
    for (const part of parts) {
      if (parts.length > 1) await yieldToPage();
      const result: AnalyseResult = await sendToBackground('analysePage', {
        url: location.href,
        title: document.title.slice(0, MAX_TITLE),
        text: part.text,
        offset: offset + part.offset,
        // Said once: the page's record joins the notes of its slices.
        ...(truncated && !plan ? { truncated: truncated.slice(0, MAX_NOTE) } : {}),
      });
      if (result.status === 'skipped') {
        this.note = `skipped: ${result.reason}`;
        break;
      }
      plan = plan ? joinPlans(plan, result.plan) : result.plan;
    }
    return plan;
  }

  /** Paints the cached plan (no message is sent); marks the first paint for tests and benchmarks. */
  async paint(): Promise<void> {
    const { plan, extracted } = this;
    if (!plan || !extracted) return;
    const article = extracted.article;
    const report = await this.painter.paint(plan.spans, extracted.map, article && ((r) => !article.contains(r.commonAncestorContainer)));
    // Overtaken by a later paint or a clear while building its ranges: that one decides what is shown.
    if (!report) return;
    if (report.skipped > 0) {
      const painted = new Set(this.painter.spans.map((p) => p.span));
      for (const span of plan.spans) if (!painted.has(span)) this.markDetached(span);
      this.note = joinNotes(plan.truncated, `${report.skipped} spans no longer matched the page text`);
    }
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
   * Moves every span to where its words are in `fresh` (position, then quote in context) and makes `fresh` the
   * page's text. Spans that cannot be found any more are dropped from view and listed as detached.
   */
  adopt(fresh: ExtractedText): void {
    if (!this.plan || !this.extracted) {
      this.extracted = fresh;
      return;
    }
    const oldText = this.extracted.text;
    const spans: PaintSpan[] = [];
    for (const span of this.plan.spans) {
      const found = anchor(fresh.text, describe(oldText, span.start, span.end));
      if (found) spans.push({ ...span, start: found.start, end: found.end, text: fresh.text.slice(found.start, found.end) });
      else this.markDetached(span);
    }
    this.extracted = fresh;
    this.plan = { ...this.plan, spans };
  }

  /** After the page replaced text nodes under painted ranges: read the page again, re-anchor, repaint. */
  reanchor(): Promise<void> {
    // The watchdog asks every second while nodes stay stale; one queued re-anchoring is enough.
    if (this.reanchorQueued) return this.queue;
    this.reanchorQueued = true;
    return this.run(async () => {
      this.reanchorQueued = false;
      if (!this.plan) return;
      this.adopt(await this.readFresh());
      if (this.highlighting) await this.paint();
    });
  }

  /** A single-page-app navigation: the next analysis is a new page with its own record. */
  reset(): void {
    this.clear();
    this.extracted = null;
    this.reading = null;
    this.plan = null;
    this.note = undefined;
    this.detached.clear();
  }
}
