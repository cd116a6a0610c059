// Tags a featurised document: tag scores per token, then Viterbi per sentence.
import type { NerInput } from './doc-context';
import type { DocFeatures } from './features';
import { TAG_COUNT } from './labels';
import type { EmissionScorer } from './scorer';
import { viterbi } from './viterbi';

/** Tag ids (see labels.ts) for every word, each sentence decoded on its own. */
export function decodeDocument(input: NerInput, sets: readonly DocFeatures[], scorer: EmissionScorer): Uint8Array {
  const n = input.words.length;
  const emissions = new Float64Array(n * TAG_COUNT);
  scorer.addEmissions(sets, 0, n, emissions);
  const tags = new Uint8Array(n);
  for (let s = 0; s + 1 < input.sentenceStarts.length; s++) {
    const from = input.sentenceStarts[s], to = input.sentenceStarts[s + 1];
    viterbi(emissions.subarray(from * TAG_COUNT, to * TAG_COUNT), to - from, scorer.transitions, tags.subarray(from, to));
  }
  return tags;
}
