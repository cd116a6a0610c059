// The EntityTagger the pipeline uses: loads the binary model once, then tags a PipelineDoc's tokens into mentions.
import type { Mention, PipelineDoc } from '../document';
import type { EntityTagger } from '../resources';
import { decodeDocument } from './decode';
import type { NerInput } from './doc-context';
import { docLabelFeatures } from './doc-labels';
import { extractFeatures, type DocFeatures } from './features';
import { GazetteerTable } from './gazetteer';
import { spansOf, TAG_COUNT } from './labels';
import { decodeModel } from './model-format';
import { QuantisedScorer, type EmissionScorer } from './scorer';
import { viterbi } from './viterbi';

export interface NerTagger extends EntityTagger {
  /** Tag ids per word for already-split words (evaluation and tests use this; the pipeline calls tag()). */
  tagWords(input: NerInput): Uint8Array;
}

export interface TaggerOptions {
  /** Run pass 2 on every sentence, not only where the document disputes pass 1 (slower; for measurement). */
  secondPassEverywhere?: boolean;
}

export function createTagger(bytes: Uint8Array, options: TaggerOptions = {}): NerTagger {
  const model = decodeModel(bytes);
  const [first, second] = model.passes.map((t) => new QuantisedScorer(t));
  if (!first) throw new Error('NER model has no weights');
  const gazetteer = new GazetteerTable(model.gazetteer);
  const lexicon = new GazetteerTable(model.lexicon);
  const tagWords = (input: NerInput) => {
    const local = extractFeatures(input, gazetteer, lexicon);
    const pass1 = decodeDocument(input, [local], first);
    if (!second) return pass1;
    const labels = docLabelFeatures(input, local, pass1);
    return redecode(input, [local, labels], second, pass1, options.secondPassEverywhere ? undefined : labels.disputed);
  };
  return {
    tagWords,
    tag(doc: PipelineDoc): Mention[] {
      const input = inputOf(doc);
      if (!input.words.length) return [];
      return spansOf(tagWords(input)).map(({ start, end, type }) => {
        const first = doc.tokens[start], last = doc.tokens[end - 1];
        return {
          start: first.start,
          end: last.end,
          text: doc.text.slice(first.start, last.end),
          tokenStart: start,
          tokenEnd: end,
          label: type,
          source: 'tagger' as const,
        };
      });
    },
  };
}

/** Re-tags the chosen sentences (all when `only` is undefined) with another pass, in place over `tags`. */
function redecode(input: NerInput, sets: readonly DocFeatures[], scorer: EmissionScorer, tags: Uint8Array, only?: Uint8Array): Uint8Array {
  const starts = input.sentenceStarts;
  let scores = new Float64Array(0);
  for (let s = 0; s + 1 < starts.length; s++) {
    if (only && !only[s]) continue;
    const from = starts[s], n = starts[s + 1] - from;
    if (scores.length < n * TAG_COUNT) scores = new Float64Array(n * TAG_COUNT * 2);
    scores.fill(0, 0, n * TAG_COUNT);
    scorer.addEmissions(sets, from, from + n, scores);
    viterbi(scores, n, scorer.transitions, tags.subarray(from, from + n));
  }
  return tags;
}

/** Spans never cross sentences: spansOf runs over the whole document, but Viterbi starts each sentence afresh. */
function inputOf(doc: PipelineDoc): NerInput {
  const sentenceStarts = doc.sentences.map((s) => s.tokenStart);
  sentenceStarts.push(doc.tokens.length);
  return { words: doc.tokens.map((t) => t.text), sentenceStarts };
}
