// The EntityTagger the pipeline uses: loads the binary model once, then tags a PipelineDoc's tokens into mentions.
import type { Mention, PipelineDoc } from '../document';
import type { EntityTagger } from '../resources';
import { decodeDocument } from './decode';
import type { NerInput } from './doc-context';
import { extractFeatures } from './features';
import { parseGazetteer, type Gazetteer } from './gazetteer';
import { spansOf } from './labels';
import { decodeModel } from './model-format';
import { QuantisedScorer } from './scorer';

export interface NerTagger extends EntityTagger {
  /** Tag ids per word for already-split words (evaluation and tests use this; the pipeline calls tag()). */
  tagWords(input: NerInput): Uint8Array;
}

export function createTagger(bytes: Uint8Array): NerTagger {
  const model = decodeModel(bytes);
  const scorer = new QuantisedScorer(model);
  const gazetteer: Gazetteer = parseGazetteer(model.gazetteer);
  const tagWords = (input: NerInput) => decodeDocument(input, extractFeatures(input, gazetteer), scorer);
  return {
    tagWords,
    tag(doc: PipelineDoc): Mention[] {
      const input = inputOf(doc);
      if (!input.words.length) return [];
      const tags = tagWords(input);
      return spansOf(tags).map(({ start, end, type }) => {
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

/** Spans never cross sentences: spansOf runs over the whole document, but Viterbi starts each sentence afresh. */
function inputOf(doc: PipelineDoc): NerInput {
  const sentenceStarts = doc.sentences.map((s) => s.tokenStart);
  sentenceStarts.push(doc.tokens.length);
  return { words: doc.tokens.map((t) => t.text), sentenceStarts };
}
