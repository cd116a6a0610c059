// One-dimensional k-means (Lloyd's algorithm) over sorted values: the weight codebooks of the NER and syntax models.

/** `k` centres for the sorted values, refined `iterations` times; the NER and syntax trainers each keep their own count. */
export function lloyd(sorted: Float64Array, k: number, iterations: number): Float64Array {
  const centres = new Float64Array(k);
  if (!sorted.length) return centres;
  const prefix = new Float64Array(sorted.length + 1);
  for (let i = 0; i < sorted.length; i++) prefix[i + 1] = prefix[i] + sorted[i];
  // Start evenly spread over the range (not by population), so the tails get centres of their own.
  const lo = sorted[0], hi = sorted[sorted.length - 1];
  for (let c = 0; c < k; c++) centres[c] = lo + ((c + 0.5) * (hi - lo)) / k;
  const firstAtLeast = (x: number) => {
    let a = 0, b = sorted.length;
    while (a < b) { const m = (a + b) >> 1; if (sorted[m] < x) a = m + 1; else b = m; }
    return a;
  };
  for (let iter = 0; iter < iterations; iter++) {
    let start = 0;
    for (let c = 0; c < k; c++) {
      const end = c === k - 1 ? sorted.length : firstAtLeast((centres[c] + centres[c + 1]) / 2);
      if (end > start) centres[c] = (prefix[end] - prefix[start]) / (end - start);
      start = Math.max(start, end);
    }
    centres.sort();
  }
  return centres;
}
