// Re-attaching spans of page text: describe a span as selectors, anchor selectors back to offsets, W3C conversion.
export { describe, CONTEXT_CHARS } from './describe';
export { anchor, type Anchored, type AnchorMethod, type AnchorOptions } from './anchor';
export { toW3CSelectors, fromW3CSelectors, type TextQuoteSelector, type TextPositionSelector, type W3CSelector } from './w3c';
