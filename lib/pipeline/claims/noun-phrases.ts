// Reads noun phrases for the claim finder from the syntax tagger's phrase chunks.
import type { PipelineDoc } from '../document';
import { npChunks, type SyntaxTags } from '../syntax';
import type { NounPhraseReader } from './source-span';

/** A reader over `doc`'s chunks; each sentence's noun phrases are listed the first time one of them is asked for. */
export function nounPhraseReader(doc: PipelineDoc, tags: SyntaxTags): NounPhraseReader {
  const cache = new Map<number, [number, number][]>();
  const phrasesOf = (sentence: number): [number, number][] => {
    let nps = cache.get(sentence);
    if (!nps) {
      const { tokenStart, tokenEnd } = doc.sentences[sentence];
      nps = npChunks(tags.chunk, tokenStart, tokenEnd);
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
