// Scrolls a range into view and briefly paints it in the flash colour, for "show me this claim" from the side panel.
import { highlightName, installHighlightStyles } from './styles';

const FLASH_MS = 1600;
let timer: ReturnType<typeof setTimeout> | undefined;

export function scrollToAndFlash(doc: Document, range: Range): void {
  const target = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  installHighlightStyles(doc);
  const name = highlightName('flash');
  const h = new Highlight(range);
  h.priority = 10;
  CSS.highlights.set(name, h);
  clearTimeout(timer);
  timer = setTimeout(() => {
    if (CSS.highlights.get(name) === h) CSS.highlights.delete(name);
  }, FLASH_MS);
}
