// Describes a span of page text as W3C-style selectors (position + quote with context) so it can be found again later.
import type { SpanSelectors } from '../model/page';

/** Characters of context kept on each side of a quote: enough to tell repeated words apart, small enough to store per mention. */
export const CONTEXT_CHARS = 32;

export function describe(text: string, start: number, end: number, contextChars = CONTEXT_CHARS): SpanSelectors {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return {
    position: { start: s, end: e },
    quote: {
      exact: text.slice(s, e),
      prefix: text.slice(Math.max(0, s - contextChars), s),
      suffix: text.slice(e, e + contextChars),
    },
  };
}
