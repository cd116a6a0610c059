// Converts between the stored selectors and W3C Web Annotation selector objects (TextQuoteSelector, TextPositionSelector).
import type { SpanSelectors } from '../model/page';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type W3CSelector = TextQuoteSelector | TextPositionSelector;

export function toW3CSelectors(s: SpanSelectors): [TextQuoteSelector, TextPositionSelector] {
  return [
    { type: 'TextQuoteSelector', exact: s.quote.exact, prefix: s.quote.prefix, suffix: s.quote.suffix },
    { type: 'TextPositionSelector', start: s.position.start, end: s.position.end },
  ];
}

/** Reads a W3C selector list (as found in an exported annotation's target) back into selectors `anchor()` accepts. */
export function fromW3CSelectors(list: unknown): Partial<SpanSelectors> {
  const out: Partial<SpanSelectors> = {};
  for (const item of Array.isArray(list) ? list : [list]) {
    if (!item || typeof item !== 'object') continue;
    const s = item as Record<string, unknown>;
    if (s.type === 'TextQuoteSelector' && typeof s.exact === 'string') {
      out.quote = { exact: s.exact, prefix: typeof s.prefix === 'string' ? s.prefix : '', suffix: typeof s.suffix === 'string' ? s.suffix : '' };
    } else if (s.type === 'TextPositionSelector' && Number.isInteger(s.start) && Number.isInteger(s.end)) {
      out.position = { start: s.start as number, end: s.end as number };
    }
  }
  return out;
}
