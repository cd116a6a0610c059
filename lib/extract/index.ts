// Page text extraction: the article's plain text (blocks on separate lines) and the map from its offsets back to the DOM.
import { findArticleRoot } from './root';
import { TextMap } from './text-map';
import { SLICE_MS, yieldToPage } from './slices';
import { TextWalker } from './walker';

export { TextMap, type TextRun } from './text-map';
export { findArticleRoot } from './root';
export { OWN_HOST_TAG } from './rules';
export { SLICE_MS, yieldToPage } from './slices';

/**
 * Same value as MAX_PAGE_TEXT in lib/messaging/content-to-background (a test keeps them equal); repeated here
 * because importing that module would pull zod into the content script's bundle.
 */
export const MAX_EXTRACT_CHARS = 1_000_000;

/**
 * Elements and text nodes read at most. Every node the walk touches gets a wrapper object in the content script's
 * world, and past about 100,000 of them the browser's bookkeeping of wrappers (growing its table, sweeping them at
 * each minor garbage collection) stalls the page for 20 ms and more at a time. The biggest of 130 real pages has
 * 23,479 nodes in its whole body, so only pages built to be huge are cut.
 */
export const MAX_EXTRACT_NODES = 50_000;

export interface ExtractedText {
  text: string;
  map: TextMap;
  root: Element;
  /** The detected article when the whole page was read (`wholePage`), so callers can tell article text from the rest. */
  article?: Element;
  /** Why the text is shorter than the article, if it is. */
  truncated?: string;
  /** Parts of the page holding text that were not read, and why (shadow roots, frames, editors). */
  unread?: string;
}

export interface ExtractOptions {
  maxChars?: number;
  maxNodes?: number;
  /** Read this element instead of detecting the article. */
  root?: Element;
  /** Read the whole body (navigation, forms and hidden parts still skipped), and report the article in `article`. */
  wholePage?: boolean;
}

/**
 * Whether the DOM computes styles (a real browser) or not (happy-dom in the CLI and tests); decides how hidden
 * elements are found. Asked of the window rather than measured, since measuring would force the page's layout.
 */
function hasLayout(doc: Document): boolean {
  const win = doc.defaultView as (Window & { happyDOM?: unknown }) | null;
  return !!win && !('happyDOM' in win);
}

interface Started {
  walker: TextWalker;
  root: Element;
  article?: Element;
}

function start(doc: Document, opts: ExtractOptions): Started {
  const layout = hasLayout(doc);
  const article = opts.root ?? findArticleRoot(doc, layout);
  const root = opts.wholePage ? (doc.body ?? doc.documentElement) : article;
  const walker = new TextWalker(root, opts.maxChars ?? MAX_EXTRACT_CHARS, layout, opts.maxNodes ?? MAX_EXTRACT_NODES);
  return opts.wholePage ? { walker, root, article } : { walker, root };
}

function result({ walker, root, article }: Started): ExtractedText {
  const text = walker.text.endsWith('\n') ? walker.text.slice(0, -1) : walker.text;
  const out: ExtractedText = { text, map: walker.map, root };
  if (article) out.article = article;
  if (walker.truncated) out.truncated = walker.truncated;
  const unread = walker.unread.describe();
  if (unread) out.unread = unread;
  return out;
}

/** Reads the article in one go (CLI, tests, small pages). */
export function extractText(doc: Document, opts: ExtractOptions = {}): ExtractedText {
  const started = start(doc, opts);
  started.walker.run();
  return result(started);
}

/** Reads the article in slices of at most `sliceMs`, yielding to the page in between so it never freezes. */
export async function extractTextSliced(doc: Document, opts: ExtractOptions & { sliceMs?: number } = {}): Promise<ExtractedText> {
  const sliceMs = opts.sliceMs ?? SLICE_MS;
  let until = performance.now() + sliceMs;
  // Finding the article and reading it share the first slice, so a short article is read in one task; on big
  // pages the reading goes on in later tasks once that slice is used up.
  const started = start(doc, opts);
  while (!started.walker.run(() => performance.now() > until)) {
    await yieldToPage();
    until = performance.now() + sliceMs;
  }
  return result(started);
}
