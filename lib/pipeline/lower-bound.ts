// Binary search shared by the stages: spans and tokens are sorted, so "the first one past a point" is a lower bound.

/** Index of the first item for which `past(item)` holds, given that it holds for a suffix of the array (else length). */
export function lowerBound<T>(items: readonly T[], past: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(items[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
