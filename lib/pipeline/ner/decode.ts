// Tags every sentence of a featurised document: tag scores per token, then Viterbi per sentence.
import type { NerInput } from './doc-context';
import type { DocFeatures } from './features';
import { TAG_COUNT } from './labels';
import type { EmissionScorer } from './scorer';
import { viterbi } from './viterbi';

/** Tag ids (see labels.ts) for every word of the document. */
export function decodeDocument(input: NerInput, f: DocFeatures, scorer: EmissionScorer): Uint8Array {
  const tags = new Uint8Array(input.words.length);
  let longest = 0;
  for (let s = 0; s + 1 < input.sentenceStarts.length; s++) longest = Math.max(longest, input.sentenceStarts[s + 1] - input.sentenceStarts[s]);
  const emissions = new Float64Array(longest * TAG_COUNT);
  for (let s = 0; s + 1 < input.sentenceStarts.length; s++) {
    const from = input.sentenceStarts[s], to = input.sentenceStarts[s + 1];
    scorer.emissions(f, from, to, emissions);
    viterbi(emissions, to - from, scorer.transitions, tags.subarray(from, to));
  }
  return tags;
}
