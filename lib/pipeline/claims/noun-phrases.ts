// Reads noun phrases for the claim finder from the syntax tagger's phrase chunks.
import type { PipelineDoc } from '../document';
import { npChunks, type SyntaxTags } from '../syntax';
import { TITLE_WORDS } from '../knowledge/lexicon';
import { isAbbreviationDot, type NounPhraseReader } from './source-span';
import { isCapitalised } from './words';

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
    const nps = phrasesOf(doc.tokens[from].sentence);
    for (let i = 0; i < nps.length; i++) {
      const first = nps[i][0];
      let last = nps[i][1];
      if (last < from) continue;
      if (first >= max) break;
      // "Mr. McConnell": the chunker ends a phrase at a title's full stop; the name after it is the same phrase.
      // "Governor Mary Fallin": it sometimes ends one at a title that stands right before the name.
      while (i + 1 < nps.length && (nps[i + 1][0] === last + 2 ? isAbbreviationDot(doc.tokens, last + 1) : nps[i + 1][0] === last + 1 && titlesBeforeName(doc, first, last, nps[i + 1][0]))) last = nps[++i][1];
      return { first: Math.max(first, from), last: Math.min(last, max - 1) };
    }
    return null;
  };
}

/** Tokens first..last are capitalised titles ("Governor", "Former Vice President") and a capitalised name follows. */
function titlesBeforeName(doc: PipelineDoc, first: number, last: number, next: number): boolean {
  if (!isCapitalised(doc.tokens[next].text)) return false;
  for (let k = first; k <= last; k++) if (!isCapitalised(doc.tokens[k].text) || !TITLE_WORDS.has(doc.tokens[k].text.toLowerCase())) return false;
  return true;
}
