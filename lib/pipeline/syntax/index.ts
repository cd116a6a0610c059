// Public entry of the part-of-speech and phrase-chunk tagger (Penn tags, BIO chunks over the pipeline's tokens).
export { createSyntaxTagger, sentenceBounds, type SyntaxModel, type SyntaxTags } from './tagger';
export { chunkSpans, npChunks, type ChunkSpan } from './chunks';
export {
  CHUNK_COUNT, CHUNK_TAGS, CHUNK_TYPES, POS_COUNT, POS_TAGS, chunkId, chunkTypeOf, isAdjective, isAdverb, isChunkBegin, isChunkInside,
  isFiniteVerb, isNoun, isPronoun, isProperNoun, isVerb, posId, type ChunkType, type PosTag,
} from './labels';
