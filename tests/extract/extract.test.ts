// @vitest-environment happy-dom
// Article text extraction on news-like pages: what is read, what is skipped, and how offsets map back to the DOM.
import { beforeEach, describe, expect, it } from 'vitest';
import { extractText, extractTextSliced, MAX_EXTRACT_CHARS } from '@/lib/extract';
import { MAX_PAGE_TEXT } from '@/lib/messaging/content-to-background';

function page(body: string): Document {
  document.body.innerHTML = body;
  return document;
}

const ARTICLE = `
  <header><nav><a href="/">Home</a> <a href="/world">World news menu</a></nav></header>
  <main>
    <article>
      <h1>Ministers meet in Vienna</h1>
      <p>The Finnish government said on Monday that talks with   its
         neighbours would continue next week.</p>
      <p>"We are <b>ready</b> to <a href="#">sign</a> the deal," the minister told reporters in Helsinki.</p>
      <script>window.tracking = "do not read me";</script>
      <aside>Related: ten things you missed this week in politics and sport</aside>
      <form><input value="subscribe"><button>Subscribe now to our newsletter today</button></form>
      <div contenteditable="true">A comment box that the reader is typing into right now</div>
      <p hidden>Hidden paragraph text that must never be read by the extension</p>
      <p aria-hidden="true">Screen-reader-hidden duplicate paragraph that is not article text</p>
    </article>
  </main>
  <footer><p>Copyright notice and a long footer paragraph about cookies and privacy.</p></footer>`;

describe('extractText', () => {
  beforeEach(() => page(ARTICLE));

  it('reads the article, with each block on its own line and whitespace collapsed', () => {
    const { text } = extractText(document);
    expect(text.split('\n')).toEqual([
      'Ministers meet in Vienna',
      'The Finnish government said on Monday that talks with its neighbours would continue next week.',
      '"We are ready to sign the deal," the minister told reporters in Helsinki.',
    ]);
  });

  it('leaves out navigation, scripts, asides, forms, editors, hidden text and the footer', () => {
    const { text } = extractText(document);
    for (const chrome of ['Home', 'tracking', 'Related', 'Subscribe', 'comment box', 'Hidden paragraph', 'Screen-reader', 'Copyright']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('maps any span of the text back to a DOM range with the same words, across inline elements', () => {
    const { text, map } = extractText(document);
    for (const quote of ['Finnish government', 'talks with its neighbours', 'ready to sign the deal', 'Helsinki.']) {
      const start = text.indexOf(quote);
      const range = map.toRange(start, start + quote.length, document)!;
      expect(range.toString().replace(/\s+/g, ' ')).toBe(quote);
    }
  });

  it('maps a span that crosses a paragraph break to a range over both paragraphs', () => {
    const { text, map } = extractText(document);
    const start = text.indexOf('next week.');
    const end = text.indexOf('We are') + 'We are'.length;
    const range = map.toRange(start, end, document)!;
    expect(range.toString()).toMatch(/^next week\.[\s\S]*We are$/);
  });

  it('returns null for spans outside the text or over text nodes that were removed', () => {
    const { text, map } = extractText(document);
    expect(map.toRange(text.length + 5, text.length + 9, document)).toBeNull();
    const start = text.indexOf('Helsinki');
    document.querySelectorAll('p')[1].remove();
    expect(map.toRange(start, start + 8, document)).toBeNull();
  });

  it('finds the offset of a DOM point, for hit testing', () => {
    const { text, map } = extractText(document);
    const b = document.querySelector('b')!;
    expect(map.offsetOf(b.firstChild!, 2)).toBe(text.indexOf('ready') + 2);
    expect(map.offsetOf(document.querySelector('nav a')!.firstChild!, 0)).toBe(-1);
  });
});

describe('article detection', () => {
  it('prefers the block of article paragraphs over a longer list of teasers and a comment thread', () => {
    const teaser = (i: number) => `<li><a href="/${i}">Teaser headline number ${i} about something else entirely</a></li>`;
    const comment = (i: number) => `<p>Comment ${i}: I completely disagree with this piece.</p>`;
    page(`<div class="sidebar"><ul>${Array.from({ length: 30 }, (_, i) => teaser(i)).join('')}</ul></div>
      <div class="story"><h2>Headline</h2>
        <p>First paragraph of the story, long enough to be prose and not a caption at all.</p>
        <p>Second paragraph of the story, also long enough to count as real article text.</p>
        <p>Third paragraph of the story, which closes the article with a final quotation.</p></div>
      <div class="comments">${Array.from({ length: 2 }, (_, i) => comment(i)).join('')}</div>`);
    const { text, root } = extractText(document);
    expect(root.className).toBe('story');
    expect(text.startsWith('Headline\nFirst paragraph')).toBe(true);
    expect(text).not.toContain('Teaser');
    expect(text).not.toContain('Comment 0');
  });

  it('widens a paragraph cluster to its <article>, so the headline is read too', () => {
    page(`<article><header><h1>The headline</h1></header><div class="body">
      <p>One paragraph of article text that is certainly long enough to count.</p></div></article>`);
    expect(extractText(document).text).toBe('The headline\nOne paragraph of article text that is certainly long enough to count.');
  });

  it('does not widen to a <main> that also holds other stories’ teasers', () => {
    const teaser = (i: number) => `<div class="teaser"><p>Teaser ${i}: a summary of another story, long enough to look like prose.</p></div>`;
    const storyParagraph = (i: number) => `<p>Paragraph ${i} of the story, which reports at some length what the minister said and why it matters.</p>`;
    page(`<main><div class="story">${Array.from({ length: 5 }, (_, i) => storyParagraph(i)).join('')}</div>
      <section class="more">${Array.from({ length: 6 }, (_, i) => teaser(i)).join('')}</section></main>`);
    const { text, root } = extractText(document);
    expect(root.className).toBe('story');
    expect(text).not.toContain('Teaser');
  });

  it('falls back to <main> and then the body when there are no paragraphs', () => {
    page('<nav>Menu</nav><main><div>Only divs here</div><div>and more text</div></main>');
    expect(extractText(document).text).toBe('Only divs here\nand more text');
    page('<div>Just a div</div>');
    expect(extractText(document).text).toBe('Just a div');
  });
});

describe('limits', () => {
  it('cuts very long pages at the cap and says so, keeping the map consistent', () => {
    page(`<article>${Array.from({ length: 200 }, (_, i) => `<p>Paragraph ${i} has some words in it for padding.</p>`).join('')}</article>`);
    const { text, map, truncated } = extractText(document, { maxChars: 1000 });
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(truncated).toMatch(/cut at 1,000 characters/);
    const range = map.toRange(text.length - 5, text.length, document)!;
    expect(range.toString()).toBe(text.slice(-5));
  });

  it('stops reading a page of very many nodes at the node cap and says so', () => {
    // 100 paragraphs of 10 one-word spans: 2,100 nodes under the article.
    page(`<article>${Array.from({ length: 100 }, (_, i) => `<p>${Array.from({ length: 10 }, (_, w) => `<span>w${i}x${w} </span>`).join('')}</p>`).join('')}</article>`);
    const { text, map, truncated } = extractText(document, { maxNodes: 500 });
    expect(truncated).toBe('page cut after 500 nodes');
    // 500 nodes are 23 whole paragraphs (21 nodes each) and the start of the 24th.
    expect(text.split('\n')).toHaveLength(24);
    expect(text.startsWith('w0x0 w0x1')).toBe(true);
    expect(text).not.toContain('w24x0');
    expect(map.toRange(text.length - 4, text.length, document)!.toString()).toBe(text.slice(-4));
    expect(extractText(document).truncated).toBeUndefined();
  });

  it('uses the same cap as the message protocol', () => {
    expect(MAX_EXTRACT_CHARS).toBe(MAX_PAGE_TEXT);
  });
});

describe('reading in slices', () => {
  it('gives the same text and offsets as reading in one go, however small the slices', async () => {
    page(`<article>${Array.from({ length: 300 }, (_, i) => `<p>Paragraph ${i}: the <b>minister</b> said on Monday that talks would go on.</p>`).join('')}</article>`);
    const whole = extractText(document);
    const sliced = await extractTextSliced(document, { sliceMs: 0 });
    expect(sliced.text).toBe(whole.text);
    expect(sliced.map.runs.length).toBe(whole.map.runs.length);
    const at = whole.text.lastIndexOf('minister');
    expect(sliced.map.toRange(at, at + 8, document)!.toString()).toBe('minister');
  });
});

describe('parts of the page that are not read', () => {
  const PROSE = '<p>The finance minister said on Monday that the budget talks would continue next week in the capital.</p>';

  it('says how many open shadow roots hold text it did not read, ignoring ones with only styles or an icon label', () => {
    page(`<article>${PROSE}<div id="quote-card"></div><div id="icon"></div><div id="styled"></div>${PROSE}</article>`);
    document.getElementById('quote-card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>A quotation rendered by a web component, long enough to matter.</p>';
    document.getElementById('icon')!.attachShadow({ mode: 'open' }).innerHTML = '<span>★</span>';
    document.getElementById('styled')!.attachShadow({ mode: 'open' }).innerHTML = '<style>:host { display: block; color: red; margin: 0 }</style>';
    const { text, unread } = extractText(document);
    expect(unread).toMatch(/^text inside 1 shadow root was not read/);
    expect(text).not.toContain('web component');
  });

  it('says when an editor or a frame of the same site held text, and reads around them', () => {
    page(`<article>${PROSE}<div contenteditable="true">My draft reply to this article, which I have not posted yet.</div><iframe srcdoc="<p>Embedded text</p>"></iframe>${PROSE}</article>`);
    const { text, unread } = extractText(document);
    expect(text).toContain('budget talks');
    expect(text).not.toContain('draft reply');
    expect(unread).toContain('text inside 1 editable area was not read');
    expect(unread).toContain('text inside 1 embedded frame was not read');
  });

  it('says nothing when everything with text was read', () => {
    page(`<article>${PROSE}${PROSE}</article>`);
    expect(extractText(document).unread).toBeUndefined();
  });
});
