// Reads noun phrases for the claim finder from the syntax tagger, one sentence at a time and only when asked.
import type { PipelineDoc } from '../document';
import type { SyntaxModel } from '../syntax';
import { npChunks } from '../syntax';
import type { NounPhraseReader } from './source-span';

/** A reader over `doc` that tags a sentence the first time one of its phrases is asked for (most sentences never are). */
export function nounPhraseReader(doc: PipelineDoc, syntax: SyntaxModel): NounPhraseReader {
  const cache = new Map<number, [number, number][]>();
  const phrasesOf = (sentence: number): [number, number][] => {
    let nps = cache.get(sentence);
    if (!nps) {
      const { tokenStart, tokenEnd } = doc.sentences[sentence];
      const { chunk } = syntax.tag(doc.tokens.slice(tokenStart, tokenEnd), [0]);
      nps = npChunks(chunk).map(([f, l]) => [f + tokenStart, l + tokenStart] as [number, number]);
      cache.set(sentence, nps);
    }
    return nps;
  };
  return (from, max) => {
    for (const [first, last] of phrasesOf(doc.tokens[from].sentence)) {
      if (last < from) continue;
      if (first >= max) break;
      return { first: Math.max(first, from), last: Math.min(last, max - 1) };
    }
    return null;
  };
}
