// @vitest-environment happy-dom
// The painter on a real DOM: paints the right words per kind, refuses stale offsets, comes back after the page clears it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extractText } from '@/lib/extract';
import { HighlightPainter, highlightApiAvailable } from '@/lib/highlight';
import type { PaintSpan } from '@/lib/messaging/paint-plan';

/** happy-dom has no CSS Custom Highlight API; this stand-in has the same surface (a Set of ranges, a name registry). */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

beforeEach(() => {
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: new Map() });
  document.body.innerHTML = `<article><h1>Talks resume</h1>
    <p>Chancellor <b>Olaf Scholz</b> met President Emmanuel Macron in Paris.</p>
    <p>"We will not give up," Macron said of the European Union.</p></article>`;
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.adoptedStyleSheets = [];
});

function spanOf(text: string, words: string, kind: PaintSpan['kind'], actorId: string | null = null): PaintSpan {
  const start = text.indexOf(words);
  return { start, end: start + words.length, kind, actorId, text: words };
}

const registered = (name: string) => [...((CSS.highlights.get(name) as unknown as Set<Range>) ?? [])].map((r) => r.toString());

describe('HighlightPainter', () => {
  it('paints each span under its kind’s highlight, across inline markup', async () => {
    const { text, map } = extractText(document);
    const painter = new HighlightPainter(document);
    const report = await painter.paint(
      [spanOf(text, 'Olaf Scholz', 'person'), spanOf(text, 'Emmanuel Macron', 'person'), spanOf(text, 'Paris', 'place'), spanOf(text, 'European Union', 'organization'), spanOf(text, '"We will not give up,"', 'claim')],
      map,
    );
    expect(report).toEqual({ painted: 5, skipped: 0 });
    expect(registered('fa-person')).toEqual(['Olaf Scholz', 'Emmanuel Macron']);
    expect(registered('fa-place')).toEqual(['Paris']);
    expect(registered('fa-organization')).toEqual(['European Union']);
    expect(registered('fa-claim')).toEqual(['"We will not give up,"']);
    expect((CSS.highlights.get('fa-person') as unknown as FakeHighlight).priority).toBeGreaterThan((CSS.highlights.get('fa-claim') as unknown as FakeHighlight).priority);
  });

  it('paints spans outside the article in the one quiet highlight when the whole page was read', async () => {
    document.body.insertAdjacentHTML('beforeend', '<div class="teasers"><p>More: Angela Merkel opens a museum.</p></div>');
    const { text, map, article } = extractText(document, { wholePage: true });
    expect(article?.tagName).toBe('ARTICLE');
    expect(text).toContain('Angela Merkel');
    await new HighlightPainter(document).paint([spanOf(text, 'Olaf Scholz', 'person'), spanOf(text, 'Angela Merkel', 'person')], map, (r) => !article!.contains(r.commonAncestorContainer));
    expect(registered('fa-person')).toEqual(['Olaf Scholz']);
    expect(registered('fa-quiet')).toEqual(['Angela Merkel']);
    expect((CSS.highlights.get('fa-quiet') as unknown as FakeHighlight).priority).toBeLessThan((CSS.highlights.get('fa-person') as unknown as FakeHighlight).priority);
    // Without `wholePage` the teaser is not read at all.
    expect(extractText(document).text).not.toContain('Angela Merkel');
  });

  it('does not paint a span whose offsets no longer cover its words', async () => {
    const { text, map } = extractText(document);
    const stale = { ...spanOf(text, 'Olaf Scholz', 'person'), text: 'Angela Merkel' };
    const report = await new HighlightPainter(document).paint([stale, spanOf(text, 'Paris', 'place')], map);
    expect(report).toEqual({ painted: 1, skipped: 1 });
    expect(CSS.highlights.has('fa-person')).toBe(false);
  });

  it('paints a claim that runs across two paragraphs with no whitespace between them in the markup', async () => {
    document.body.innerHTML = '<article><p>President Emmanuel Macron spoke in Paris.</p><p>"We will not give up," he said to reporters.</p></article>';
    const { text, map } = extractText(document);
    const start = text.indexOf('in Paris.');
    const end = text.indexOf('not give up') + 'not give up'.length;
    const report = await new HighlightPainter(document).paint([{ start, end, kind: 'claim', actorId: null, text: text.slice(start, end) }], map);
    expect(report?.painted).toBe(1);
    expect(registered('fa-claim')[0]).toMatch(/^in Paris\.[\s\S]*not give up$/);
  });

  it('clears only its own highlights and leaves the page’s own ones alone', async () => {
    const { text, map } = extractText(document);
    const pageOwn = new FakeHighlight();
    CSS.highlights.set('search-results', pageOwn as unknown as Highlight);
    const painter = new HighlightPainter(document);
    await painter.paint([spanOf(text, 'Paris', 'place')], map);
    painter.clear();
    expect([...CSS.highlights.keys()]).toEqual(['search-results']);
    expect(painter.spans).toEqual([]);
  });

  it('puts its highlights back after the page clears the registry, and only then', async () => {
    const { text, map } = extractText(document);
    const painter = new HighlightPainter(document);
    await painter.paint([spanOf(text, 'Paris', 'place')], map);
    expect(painter.restoreIfRemoved()).toBe(false);
    CSS.highlights.clear();
    expect(painter.restoreIfRemoved()).toBe(true);
    expect(registered('fa-place')).toEqual(['Paris']);
  });

  it('counts painted ranges whose text nodes the page has since replaced', async () => {
    const { text, map } = extractText(document);
    const painter = new HighlightPainter(document);
    await painter.paint([spanOf(text, 'Olaf Scholz', 'person'), spanOf(text, 'Paris', 'place')], map);
    expect(painter.countStale()).toBe(0);
    // A re-render: the name's text node is swapped for a new one (same words or not, the old range is lost).
    document.querySelector('b')!.replaceChildren('Friedrich Merz');
    expect(painter.countStale()).toBe(1);
  });

  it('finds what is painted at a text offset, actor before the claim around it', async () => {
    const { text, map } = extractText(document);
    const painter = new HighlightPainter(document);
    const quote = text.slice(text.indexOf('"We'), text.indexOf('Union') + 5);
    await painter.paint([spanOf(text, quote, 'claim'), spanOf(text, 'Macron said', 'person', 'p:macron')], map);
    const hits = painter.spansAtOffset(text.indexOf('Macron said') + 2);
    expect(hits.map((h) => h.span.kind)).toEqual(['person', 'claim']);
    expect(painter.spansAtOffset(text.indexOf('Talks'))).toEqual([]);
  });

  it('builds ranges for thousands of spans in slices, with the same result as in one go', async () => {
    document.body.innerHTML = `<article>${Array.from({ length: 400 }, (_, i) => `<p>Item ${i}: Olaf Scholz met Emmanuel Macron in Paris.</p>`).join('')}</article>`;
    const { text, map } = extractText(document);
    const spans: PaintSpan[] = [];
    for (let at = text.indexOf('Olaf Scholz'); at !== -1; at = text.indexOf('Olaf Scholz', at + 1)) spans.push({ start: at, end: at + 11, kind: 'person', actorId: null, text: 'Olaf Scholz' });
    const report = await new HighlightPainter(document).paint(spans, map, undefined, 0);
    expect(report).toEqual({ painted: 400, skipped: 0 });
    expect(registered('fa-person')).toEqual(Array(400).fill('Olaf Scholz'));
  });

  it('drops a paint that a later paint overtook while it was building its ranges', async () => {
    const { text, map } = extractText(document);
    const painter = new HighlightPainter(document);
    const many = Array.from({ length: 200 }, () => spanOf(text, 'Olaf Scholz', 'person'));
    const first = painter.paint(many, map, undefined, 0);
    const second = painter.paint([spanOf(text, 'Paris', 'place')], map);
    expect(await first).toBeNull();
    expect(await second).toEqual({ painted: 1, skipped: 0 });
    expect(CSS.highlights.has('fa-person')).toBe(false);
    expect(registered('fa-place')).toEqual(['Paris']);
    expect(painter.spans.map((p) => p.highlight)).toEqual(['place']);
  });

  it('reports whether the browser has the Highlight API', () => {
    expect(highlightApiAvailable()).toBe(true);
    vi.stubGlobal('Highlight', undefined);
    expect(highlightApiAvailable()).toBe(false);
  });
});
