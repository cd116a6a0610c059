// Phrase spans from chunk labels: every chunk as [first, last] token indexes, or the noun phrases only.
import { chunkTypeOf, isChunkInside, type ChunkType } from './labels';

export interface ChunkSpan {
  type: ChunkType;
  /** Token indexes, both inclusive. */
  first: number;
  last: number;
}

/** Phrases among tokens [from, to); a stray I-X opens a phrase of its own (the tagger never emits one). */
export function chunkSpans(chunk: ArrayLike<number>, from = 0, to = chunk.length): ChunkSpan[] {
  const out: ChunkSpan[] = [];
  let i = from;
  while (i < to) {
    const type = chunkTypeOf(chunk[i]);
    if (!type) { i++; continue; }
    let j = i + 1;
    while (j < to && isChunkInside(chunk[j]) && chunkTypeOf(chunk[j]) === type) j++;
    out.push({ type, first: i, last: j - 1 });
    i = j;
  }
  return out;
}

/** Noun phrases among tokens [from, to) as [first, last] token ranges ("the party spokeswoman Ana Silva", "the bill"). */
export function npChunks(chunk: ArrayLike<number>, from = 0, to = chunk.length): [first: number, last: number][] {
  return chunkSpans(chunk, from, to).filter((s) => s.type === 'NP').map((s) => [s.first, s.last]);
}
