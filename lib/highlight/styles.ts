// The ::highlight() styles for each kind: translucent fills plus underlines, readable on light and dark pages alike.
import type { HighlightKind } from '../messaging/paint-plan';

/** Registry name of each kind's Highlight; the prefix keeps clear of names the page may use. */
export const highlightName = (kind: HighlightKind | 'quiet' | 'flash'): string => `fa-${kind}`;

/**
 * Fills are semi-transparent so the page's own text colour stays (dark text on light pages, light on dark ones);
 * the underline carries the kind for readers who cannot tell the fills apart.
 */
export const HIGHLIGHT_CSS = `
::highlight(fa-claim) { background-color: rgba(156, 100, 220, 0.16); text-decoration: underline dotted rgba(150, 90, 220, 0.9); text-decoration-thickness: 2px; }
::highlight(fa-person) { background-color: rgba(255, 190, 40, 0.38); text-decoration: underline solid rgba(230, 150, 0, 0.95); text-decoration-thickness: 2px; }
::highlight(fa-organization) { background-color: rgba(60, 150, 255, 0.30); text-decoration: underline solid rgba(40, 120, 240, 0.95); text-decoration-thickness: 2px; }
::highlight(fa-country) { background-color: rgba(70, 200, 110, 0.30); text-decoration: underline solid rgba(30, 160, 80, 0.95); text-decoration-thickness: 2px; }
::highlight(fa-place) { background-color: rgba(0, 200, 210, 0.26); text-decoration: underline dashed rgba(0, 150, 170, 0.95); text-decoration-thickness: 2px; }
::highlight(fa-quiet) { text-decoration: underline dotted rgba(128, 128, 128, 0.75); text-decoration-thickness: 1px; }
::highlight(fa-flash) { background-color: rgba(255, 90, 60, 0.55); }
`;

let sheet: CSSStyleSheet | null = null;
let fallbackStyle: HTMLStyleElement | null = null;

/**
 * ::highlight() rules only apply from the page's own style sheets. An adopted sheet adds no element to the page;
 * where constructable sheets are unavailable, a <style> in <head> is the fallback (it adds no text to the body).
 */
export function installHighlightStyles(doc: Document): void {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
    }
    if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return;
  } catch {
    /* fall through to the <style> element */
  }
  if (fallbackStyle?.isConnected) return;
  fallbackStyle = doc.createElement('style');
  fallbackStyle.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).append(fallbackStyle);
}

export function stylesInstalled(doc: Document): boolean {
  return (sheet !== null && doc.adoptedStyleSheets.includes(sheet)) || !!fallbackStyle?.isConnected;
}
