// Highlight painting for the content script: painter, hit testing, flash-on-scroll, and the highlight styles.
export { HighlightPainter, highlightApiAvailable, sameWords, type PaintedSpan, type PaintReport, type RangeSource } from './painter';
export { paintedAt, caretAt, type OffsetSource } from './hit-test';
export { scrollToAndFlash } from './flash';
export { highlightName, HIGHLIGHT_CSS, installHighlightStyles } from './styles';
