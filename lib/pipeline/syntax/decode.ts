// Plain greedy left-to-right decoding (POS tags, then chunk labels), feature by feature: what training scores with, and
// the reference the tagger's faster cached decoder must match.
import { chunkFeatures, MAX_FEATURES, posFeatures } from './features';
import { CHUNK_COUNT, POS_COUNT, wellFormedChunk } from './labels';
import { argmax, type LabelScorer } from './weights';
import { W } from './word-hashes';

/** Reusable buffers, so decoding allocates nothing per token. */
export class DecodeBuffers {
  readonly feats = new Uint32Array(MAX_FEATURES);
  readonly scores = new Float64Array(Math.max(POS_COUNT, CHUNK_COUNT));
}

/** Tags tokens [a, b) into pos[a..b) given per-token hash records h; dictionary words take their fixed tag unscored. */
export function decodePos(h: Uint32Array, a: number, b: number, scorer: LabelScorer, pos: Uint8Array, buf: DecodeBuffers): void {
  const { feats, scores } = buf;
  let p1 = -1, p2 = -1;
  for (let i = a; i < b; i++) {
    let tag = h[i * W.Size + W.Fixed] - 1;
    if (tag < 0) {
      const n = posFeatures(h, i, a, b, p1, p2, feats);
      scores.fill(0);
      scorer.addScores(feats, n, scores);
      tag = argmax(scores, POS_COUNT);
    }
    pos[i] = tag;
    p2 = p1;
    p1 = tag;
  }
}

/** Chunks tokens [a, b) into chunk[a..b), reading the POS tags of the whole sentence. */
export function decodeChunks(h: Uint32Array, pos: Uint8Array, a: number, b: number, scorer: LabelScorer, chunk: Uint8Array, buf: DecodeBuffers): void {
  const { feats, scores } = buf;
  let c1 = -1, c2 = -1;
  for (let i = a; i < b; i++) {
    const n = chunkFeatures(h, pos, i, a, b, c1, c2, feats);
    scores.fill(0);
    scorer.addScores(feats, n, scores);
    const label = wellFormedChunk(argmax(scores, CHUNK_COUNT), c1);
    chunk[i] = label;
    c2 = c1;
    c1 = label;
  }
}
