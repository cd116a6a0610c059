// The syntax tagger the pipeline uses: decodes syntax.bin on first use, then gives every token a Penn POS tag and a chunk label.
import type { PipelineDoc, Token } from '../document';
import { CachedDecoder } from './cached-decoder';
import { decodeSyntaxModel } from './model-format';
import { pennForms } from './normalise';
import { SparseScorer } from './weights';

/** Label ids per token: indexes into POS_TAGS and CHUNK_TAGS. */
export interface SyntaxTags {
  pos: Uint8Array;
  chunk: Uint8Array;
}

export interface SyntaxModel {
  /** Tags the tokens; sentenceStarts are the token indexes where sentences begin (a trailing token count is allowed). */
  tag(tokens: readonly Token[], sentenceStarts: ArrayLike<number>): SyntaxTags;
  /** The same over bare word strings (training corpora, tests). */
  tagWords(words: readonly string[], sentenceStarts: ArrayLike<number>): SyntaxTags;
  /** The same over a tokenised document, sentence by sentence. */
  tagDoc(doc: PipelineDoc): SyntaxTags;
}

/** Sorted, distinct sentence boundaries within [0, n], with 0 first and n last (missing or odd input still tags). */
export function sentenceBounds(starts: ArrayLike<number>, n: number): Int32Array {
  const inner = Array.from(starts, (s) => Math.trunc(s)).filter((s) => s > 0 && s < n).sort((x, y) => x - y);
  const bounds = [0];
  for (const s of inner) if (s !== bounds[bounds.length - 1]) bounds.push(s);
  if (n > 0) bounds.push(n);
  return Int32Array.from(bounds);
}

/**
 * The model is decoded on the first call, not here: resources are created when the worker or CLI starts, and a stage
 * that never tags should not pay the 50-100 ms. A damaged file therefore throws on the first call.
 */
export function createSyntaxTagger(bytes: Uint8Array): SyntaxModel {
  let decoder: CachedDecoder | undefined;
  const load = () => {
    const model = decodeSyntaxModel(bytes);
    return new CachedDecoder(new SparseScorer(model.pos), new SparseScorer(model.chunk), model.dictionary);
  };
  const tagWords = (words: readonly string[], sentenceStarts: ArrayLike<number>): SyntaxTags => {
    const n = words.length;
    const pos = new Uint8Array(n), chunk = new Uint8Array(n);
    if (!n) return { pos, chunk };
    decoder ??= load();
    decoder.tag(pennForms(words), sentenceBounds(sentenceStarts, n), pos, chunk);
    return { pos, chunk };
  };
  return {
    tagWords,
    tag: (tokens, sentenceStarts) => tagWords(tokens.map((t) => t.text), sentenceStarts),
    tagDoc: (doc) => tagWords(doc.tokens.map((t) => t.text), doc.sentences.map((s) => s.tokenStart)),
  };
}
