// Finds a stored span again in (possibly changed) text: by position, then by quote and context, then by approximate match.
import search from 'approx-string-match';
import type { SpanSelectors } from '../model/page';
import { candidateScore, type Candidate, type QuoteContext } from './score';

export type AnchorMethod = 'position' | 'quote' | 'approximate';

export interface Anchored {
  start: number;
  end: number;
  method: AnchorMethod;
}

export interface AnchorOptions {
  /** Share of the quote's length that may differ in an approximate match (bounded error budget). */
  maxErrorRate?: number;
  /** Hard cap on edits, so a long claim never matches an unrelated passage. */
  maxErrors?: number;
  /** Quote occurrences scored at most; beyond this the ones nearest the stored position are kept. */
  maxCandidates?: number;
}

const DEFAULTS: Required<AnchorOptions> = { maxErrorRate: 0.2, maxErrors: 64, maxCandidates: 2000 };

/** Where the selectors point in `text`, or null when the quote cannot be found within the error budget. */
export function anchor(text: string, selectors: Partial<SpanSelectors>, options: AnchorOptions = {}): Anchored | null {
  const opts = { ...DEFAULTS, ...options };
  const pos = selectors.position;
  const quote = selectors.quote;
  if (!quote || quote.exact.length === 0) {
    // Without a quote only the position is known; trust it only if it still fits the text.
    return pos && pos.start < pos.end && pos.end <= text.length ? { start: pos.start, end: pos.end, method: 'position' } : null;
  }
  if (pos && text.slice(pos.start, pos.end) === quote.exact) return { start: pos.start, end: pos.end, method: 'position' };

  const context: QuoteContext = { ...quote, hint: pos?.start };
  const exact = exactOccurrences(text, quote.exact, context.hint, opts.maxCandidates);
  if (exact.length > 0) return { ...best(text, exact, context), method: 'quote' };

  const budget = Math.min(opts.maxErrors, Math.floor(quote.exact.length * opts.maxErrorRate));
  if (budget === 0) return null;
  const approx = search(text, quote.exact, budget).slice(0, opts.maxCandidates);
  if (approx.length === 0) return null;
  return { ...best(text, approx, context), method: 'approximate' };
}

function exactOccurrences(text: string, exact: string, hint: number | undefined, cap: number): Candidate[] {
  const found: Candidate[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) found.push({ start: i, end: i + exact.length, errors: 0 });
  if (found.length <= cap || hint === undefined) return found.slice(0, cap);
  return found.sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint)).slice(0, cap);
}

function best(text: string, candidates: Candidate[], context: QuoteContext): { start: number; end: number } {
  let top = candidates[0];
  let topScore = -Infinity;
  for (const c of candidates) {
    const score = candidateScore(text, c, context);
    if (score > topScore) {
      top = c;
      topScore = score;
    }
  }
  return { start: top.start, end: top.end };
}
