// Tags a featurised document: tag scores per token (optionally on top of an earlier pass's), then Viterbi per sentence.
import type { NerInput } from './doc-context';
import type { DocFeatures } from './features';
import { TAG_COUNT } from './labels';
import type { EmissionScorer } from './scorer';
import { viterbi } from './viterbi';

/** Tag scores of every token, n * TAG_COUNT; added to a copy of `base` when given. */
export function documentEmissions(input: NerInput, sets: readonly DocFeatures[], scorer: EmissionScorer, base?: Float64Array): Float64Array {
  const out = base ? base.slice() : new Float64Array(input.words.length * TAG_COUNT);
  scorer.addEmissions(sets, 0, input.words.length, out);
  return out;
}

/** Tag ids (see labels.ts) for every word, each sentence decoded on its own. */
export function decodeEmissions(input: NerInput, emissions: Float64Array, transitions: Float64Array): Uint8Array {
  const tags = new Uint8Array(input.words.length);
  for (let s = 0; s + 1 < input.sentenceStarts.length; s++) {
    const from = input.sentenceStarts[s], to = input.sentenceStarts[s + 1];
    viterbi(emissions.subarray(from * TAG_COUNT, to * TAG_COUNT), to - from, transitions, tags.subarray(from, to));
  }
  return tags;
}

export function decodeDocument(input: NerInput, sets: readonly DocFeatures[], scorer: EmissionScorer, base?: Float64Array): Uint8Array {
  return decodeEmissions(input, documentEmissions(input, sets, scorer, base), scorer.transitions);
}
