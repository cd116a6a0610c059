// Best BIO tag sequence for one sentence from per-token tag scores and tag-to-tag transition scores.
import { allowedTransition, TAG_COUNT } from './labels';

/**
 * emissions[i * TAG_COUNT + tag] scores token i; transitions[prev * TAG_COUNT + next] with prev = TAG_COUNT
 * for the sentence start. Forbidden transitions (O -> I-PER, B-ORG -> I-LOC) are never taken.
 */
export function viterbi(emissions: Float64Array, length: number, transitions: Float64Array, out: Uint8Array): void {
  if (length === 0) return;
  // Local copies: under Node's CommonJS interop an imported binding is a getter call on every access in the loop.
  const L = TAG_COUNT;
  const allowed = allowedTransition;
  const score = new Float64Array(length * L);
  const back = new Uint8Array(length * L);
  for (let t = 0; t < L; t++) {
    const k = L * L + t;
    score[t] = allowed[k] ? emissions[t] + transitions[k] : -Infinity;
  }
  for (let i = 1; i < length; i++) {
    for (let t = 0; t < L; t++) {
      let best = -Infinity, arg = 0;
      for (let p = 0; p < L; p++) {
        const k = p * L + t;
        if (!allowed[k]) continue;
        const v = score[(i - 1) * L + p] + transitions[k];
        if (v > best) { best = v; arg = p; }
      }
      score[i * L + t] = best + emissions[i * L + t];
      back[i * L + t] = arg;
    }
  }
  let best = -Infinity, arg = 0;
  for (let t = 0; t < L; t++) {
    const v = score[(length - 1) * L + t];
    if (v > best) { best = v; arg = t; }
  }
  for (let i = length - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg];
  }
}
