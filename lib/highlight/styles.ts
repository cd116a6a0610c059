// The ::highlight() styles for each kind: translucent fills plus underlines, readable on light and dark pages alike.
import type { HighlightKind } from '../messaging/paint-plan';

/** Registry name of each kind's Highlight; the prefix keeps clear of names the page may use. */
export const highlightName = (kind: HighlightKind | 'quiet' | 'flash'): string => `fa-${kind}`;

/**
 * One kind's rule: a semi-transparent fill, so the page's own text colour stays (dark text on light pages, light on
 * dark ones), and an underline that carries the kind for readers who cannot tell the fills apart. Built from parts
 * because the content script has a size budget and CSS in a template string is not minified.
 */
const rule = (kind: string, fill: string | null, underline: string, thickness = 2) =>
  `::highlight(fa-${kind}){${fill ? `background-color:${fill};` : ''}text-decoration:underline ${underline};text-decoration-thickness:${thickness}px}`;

export const HIGHLIGHT_CSS =
  rule('claim', 'rgba(156,100,220,.16)', 'dotted rgba(150,90,220,.9)') +
  rule('person', 'rgba(255,190,40,.38)', 'solid rgba(230,150,0,.95)') +
  rule('organization', 'rgba(60,150,255,.3)', 'solid rgba(40,120,240,.95)') +
  rule('country', 'rgba(70,200,110,.3)', 'solid rgba(30,160,80,.95)') +
  rule('place', 'rgba(0,200,210,.26)', 'dashed rgba(0,150,170,.95)') +
  rule('quiet', null, 'dotted rgba(128,128,128,.75)', 1) +
  '::highlight(fa-flash){background-color:rgba(255,90,60,.55)}';

let sheet: CSSStyleSheet | null = null;

/**
 * ::highlight() rules only apply from the page's own style sheets; an adopted sheet adds them without adding an
 * element to the page. Every browser with the Highlight API has constructable style sheets, so there is no fallback.
 */
export function installHighlightStyles(doc: Document): void {
  sheet ??= new CSSStyleSheet();
  if (sheet.cssRules.length === 0) sheet.replaceSync(HIGHLIGHT_CSS);
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

export function stylesInstalled(doc: Document): boolean {
  return sheet !== null && doc.adoptedStyleSheets.includes(sheet);
}
