// Which elements hold no article text (skipped with their subtree) and which ones start a new line of text.

/** Elements never read: code, media, forms, navigation and page chrome. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'MATH', 'VIDEO', 'AUDIO', 'PICTURE', 'IMG',
  'NAV', 'ASIDE', 'FOOTER', 'FORM', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'DIALOG', 'HEAD', 'TITLE', 'META', 'LINK',
]);

const SKIP_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'dialog', 'alertdialog', 'menu', 'menubar', 'search', 'button', 'toolbar']);

/** Tags whose boundaries separate text, so sentences of different paragraphs, cells or list items never merge. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION', 'BODY', 'HTML',
]);

/** The tag name of the extension's own shadow host, which extraction must never read. */
export const OWN_HOST_TAG = 'FACT-ANNOTATOR-CARD';

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** An editor the reader types into (contenteditable): never read, never painted. */
export function isEditor(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

const FRAME_TAGS = new Set(['IFRAME', 'FRAME']);

/** A frame element: its document is another page, which this content script (top frame only) does not read. */
export const isFrame = (el: Element): boolean => FRAME_TAGS.has(el.tagName.toUpperCase());

/**
 * True when the element and everything in it should not be read. `hasLayout` is false in DOMs without style
 * computation (the CLI's happy-dom), where only attributes can tell that an element is hidden.
 */
export function isSkipped(el: Element, hasLayout: boolean): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag) || tag === OWN_HOST_TAG) return true;
  // A header inside an article is the article's own headline block; a page header is chrome.
  if (tag === 'HEADER' && !el.parentElement?.closest('article')) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  if (isEditor(el)) return true;
  if (hasLayout) return isHiddenByStyle(el);
  return (el as HTMLElement).style?.display === 'none';
}

/**
 * Whether the page's style hides the element (display: none, or visibility: hidden). Asked with checkVisibility()
 * first, which allocates nothing: a style object per element from getComputedStyle() left 100,000 of them for the
 * garbage collector on big pages, pausing the page for 25 ms at a time. checkVisibility() also says false for
 * display: contents, whose children are shown, so the style is read for the few elements it turns down.
 */
function isHiddenByStyle(el: Element): boolean {
  if (el.checkVisibility?.({ visibilityProperty: true })) return false;
  // Only asked where there is layout, i.e. in the browser, whose window styles the one document read.
  const style = getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden';
}
