// Maps the bracketed p/q character spans of a directed-sentiment sentence to an ordered token pair, for training.
import type { Token } from '../../lib/pipeline/document';
import type { PairSpan } from '../../lib/pipeline/relations/relation-features';

interface Span { start: number; end: number }

/** Token range [first, end) of the tokens overlapping a character span, or null if none does. */
function tokenRange(tokens: readonly Token[], s: Span): [number, number] | null {
  let first = -1;
  let end = -1;
  tokens.forEach((t, k) => {
    if (t.end > s.start && t.start < s.end) {
      if (first < 0) first = k;
      end = k + 1;
    }
  });
  return first < 0 ? null : [first, end];
}

/** Orders p and q by position (a is the earlier); `swapped` says q came first. */
export function pairSpanOf(tokens: readonly Token[], p: Span, q: Span): { span: PairSpan; swapped: boolean } | null {
  const rp = tokenRange(tokens, p);
  const rq = tokenRange(tokens, q);
  if (!rp || !rq) return null;
  const swapped = rq[0] < rp[0];
  const [a, b] = swapped ? [rq, rp] : [rp, rq];
  if (b[0] < a[1]) return null;
  return { span: { a0: a[0], a1: a[1], b0: b[0], b1: b[1], lo: 0, hi: tokens.length }, swapped };
}

/** The same relation seen from the other order: p+q <-> b+a, p-q <-> b-a. */
export function flipLabel(label: number): number {
  return [0, 2, 1, 4, 3][label];
}
