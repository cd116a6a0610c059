// Marks which tokens lie inside a quoted passage, so cue finding can tell reported words from reporting ones.
import type { Token } from '../document';
import type { QuoteSpan } from './quotes';

/** Returns, per token, the index of the quote containing it, or -1; one pass over tokens and quotes (both sorted). */
export function quoteIndexByToken(tokens: readonly Token[], quotes: readonly QuoteSpan[]): Int32Array {
  const out = new Int32Array(tokens.length).fill(-1);
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (q < quotes.length && quotes[q].end <= t.start) q++;
    if (q < quotes.length && quotes[q].start <= t.start && t.end <= quotes[q].end) out[i] = q;
  }
  return out;
}
