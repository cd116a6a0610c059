// One-to-one span matching for the claim evaluation: pairs with the largest overlap first, each span used once.
export interface Span {
  start: number;
  end: number;
}

export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Returns pairs [predIndex, goldIndex] of overlapping spans, greedily by overlap size, one-to-one. */
export function matchByOverlap(pred: readonly Span[], gold: readonly Span[]): [number, number][] {
  const pairs: [number, number, number][] = [];
  pred.forEach((p, i) => gold.forEach((g, j) => {
    const o = overlap(p, g);
    if (o > 0) pairs.push([i, j, o]);
  }));
  pairs.sort((a, b) => b[2] - a[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: [number, number][] = [];
  for (const [i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}

export function prf(tp: number, predicted: number, gold: number): string {
  const p = predicted ? (100 * tp) / predicted : 0;
  const r = gold ? (100 * tp) / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${p.toFixed(1)}  R ${r.toFixed(1)}  F1 ${f.toFixed(1)}  (${tp}/${predicted} predicted, ${gold} gold)`;
}

/** Trims quote marks, punctuation and spaces at both ends, for a lenient exact-span comparison. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /[\s"“”‘’'.,:;«»]/u.test(text[start])) start++;
  while (end > start && /[\s"“”‘’'.,:;«»]/u.test(text[end - 1])) end--;
  return { start, end };
}
