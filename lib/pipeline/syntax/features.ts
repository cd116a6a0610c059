// Feature hashes for the part-of-speech pass and the chunk pass, in groups: what depends on one word only (cached per
// word type at tagging time), on labels only (tabled per label pair), or on the token's context (hashed per token).
// Training and tagging both build on these functions, so a trained model is tied to exactly this list of templates.
import { hashString, mix1, mix2, mix3 } from '../ner/hash';
import { W } from './word-hashes';

// Template ids; renumbering any of them changes every hash and needs retraining.
const enum P {
  Bias, Lower, Prefix1, Suffix1, Suffix2, Suffix3, Shape, Flags, Initial,
  LowerPrev, LowerPrev2, LowerNext, LowerNext2, Suffix3Prev, Suffix3Next, ShapePrev, ShapeNext,
  Tag1, Tag2, Tag12, Tag1Lower, Tag1Suffix3, BigramPrev, BigramNext, Prefix2, Prefix3, Suffix4,
}
const enum C {
  Bias = 100, Lower, Shape, LowerPrev, LowerNext, Pos, PosPrev, PosPrev2, PosNext, PosNext2,
  PosPrevCur, PosCurNext, PosTri, LowerPos, Chunk1, Chunk2, Chunk12, Chunk1Pos, Chunk1PosNext, Chunk1Lower, Chunk1PosPrevPos,
}

/** Upper bound on the features of one token (or one group), for sizing buffers. */
export const MAX_FEATURES = 32;

/** Values that stand in for words before the sentence start and after its end. */
export const BEFORE = hashString('<s>');
export const AFTER = hashString('</s>');
export const BEFORE2 = hashString('<s2>');
export const AFTER2 = hashString('</s2>');
/** Stand-ins for POS tags outside the sentence (tag ids are below 64). */
export const NO_POS_BEFORE = 254, NO_POS_BEFORE2 = 253, NO_POS_AFTER = 255, NO_POS_AFTER2 = 252;

// ---- POS pass -------------------------------------------------------------------------------------------------

/** The word itself: lowercased form, affixes, shape, capitalisation (rec[at..] is its hash record). */
export function posOwn(rec: Uint32Array, at: number, out: Uint32Array, k: number): number {
  out[k++] = mix1(P.Lower, rec[at + W.Lower]);
  out[k++] = mix1(P.Prefix1, rec[at + W.Prefix1]);
  out[k++] = mix1(P.Suffix1, rec[at + W.Suffix1]);
  out[k++] = mix1(P.Suffix2, rec[at + W.Suffix2]);
  out[k++] = mix1(P.Suffix3, rec[at + W.Suffix3]);
  out[k++] = mix1(P.Shape, rec[at + W.Shape]);
  out[k++] = mix1(P.Flags, rec[at + W.Flags]);
  out[k++] = mix1(P.Prefix2, rec[at + W.Prefix2]);
  out[k++] = mix1(P.Prefix3, rec[at + W.Prefix3]);
  out[k++] = mix1(P.Suffix4, rec[at + W.Suffix4]);
  return k;
}

/** The previous word (BEFORE for all three at the sentence start). */
export function posPrev(lower: number, suffix3: number, shape: number, out: Uint32Array, k: number): number {
  out[k++] = mix1(P.LowerPrev, lower);
  out[k++] = mix1(P.Suffix3Prev, suffix3);
  out[k++] = mix1(P.ShapePrev, shape);
  return k;
}

export function posPrev2(lower: number, out: Uint32Array, k: number): number {
  out[k++] = mix1(P.LowerPrev2, lower);
  return k;
}

/** The next word (AFTER for all three at the sentence end). */
export function posNext(lower: number, suffix3: number, shape: number, out: Uint32Array, k: number): number {
  out[k++] = mix1(P.LowerNext, lower);
  out[k++] = mix1(P.Suffix3Next, suffix3);
  out[k++] = mix1(P.ShapeNext, shape);
  return k;
}

export function posNext2(lower: number, out: Uint32Array, k: number): number {
  out[k++] = mix1(P.LowerNext2, lower);
  return k;
}

/** The two tags predicted before (-1 before the sentence start), and the bias. */
export function posTags(p1: number, p2: number, out: Uint32Array, k: number): number {
  out[k++] = mix1(P.Bias, 0);
  out[k++] = mix1(P.Tag1, p1);
  out[k++] = mix1(P.Tag2, p2);
  out[k++] = mix2(P.Tag12, p1, p2);
  return k;
}

/** Conjunctions of the word with its neighbours or the previous tag, and the sentence-initial capitalisation. */
export function posToken(lower: number, suffix3: number, flags: number, initial: boolean, prevLower: number, nextLower: number, p1: number, out: Uint32Array, k: number): number {
  if (initial) out[k++] = mix1(P.Initial, flags);
  out[k++] = mix2(P.BigramPrev, prevLower, lower);
  out[k++] = mix2(P.BigramNext, lower, nextLower);
  out[k++] = mix2(P.Tag1Lower, p1, lower);
  out[k++] = mix2(P.Tag1Suffix3, p1, suffix3);
  return k;
}

/**
 * Every POS feature of token i in sentence [a, b), from per-token hash records h; p1 and p2 are the tags already
 * predicted for i - 1 and i - 2. This is what training scores; the tagger sums the same groups from caches.
 */
export function posFeatures(h: Uint32Array, i: number, a: number, b: number, p1: number, p2: number, out: Uint32Array): number {
  const at = i * W.Size, lower = h[at + W.Lower], suffix3 = h[at + W.Suffix3];
  const prev = at - W.Size, next = at + W.Size;
  let k = posOwn(h, at, out, 0);
  k = i > a ? posPrev(h[prev + W.Lower], h[prev + W.Suffix3], h[prev + W.Shape], out, k) : posPrev(BEFORE, BEFORE, BEFORE, out, k);
  k = posPrev2(i - 1 > a ? h[prev - W.Size + W.Lower] : BEFORE2, out, k);
  k = i + 1 < b ? posNext(h[next + W.Lower], h[next + W.Suffix3], h[next + W.Shape], out, k) : posNext(AFTER, AFTER, AFTER, out, k);
  k = posNext2(i + 2 < b ? h[next + W.Size + W.Lower] : AFTER2, out, k);
  k = posTags(p1, p2, out, k);
  return posToken(lower, suffix3, h[at + W.Flags], i === a, i > a ? h[prev + W.Lower] : BEFORE, i + 1 < b ? h[next + W.Lower] : AFTER, p1, out, k);
}

// ---- chunk pass -----------------------------------------------------------------------------------------------

export function chunkOwn(rec: Uint32Array, at: number, out: Uint32Array, k: number): number {
  out[k++] = mix1(C.Lower, rec[at + W.Lower]);
  out[k++] = mix1(C.Shape, rec[at + W.Shape]);
  return k;
}

export function chunkPrevWord(lower: number, out: Uint32Array, k: number): number {
  out[k++] = mix1(C.LowerPrev, lower);
  return k;
}

export function chunkNextWord(lower: number, out: Uint32Array, k: number): number {
  out[k++] = mix1(C.LowerNext, lower);
  return k;
}

/** One POS tag at a fixed offset from the token: 0 = this token, 1 = previous, 2 = second previous, 3 = next, 4 = second next. */
export function chunkPosAt(offset: number, tag: number, out: Uint32Array, k: number): number {
  out[k++] = mix1(C.Pos + offset, tag);
  return k;
}

/** This token's tag, the previous one, and the pair (tp = NO_POS_BEFORE at the sentence start). */
export function chunkTagsBack(tp: number, t: number, out: Uint32Array, k: number): number {
  k = chunkPosAt(0, t, out, k);
  k = chunkPosAt(1, tp, out, k);
  out[k++] = mix2(C.PosPrevCur, tp, t);
  return k;
}

/** The next token's tag, and this tag with it (tn = NO_POS_AFTER at the sentence end). */
export function chunkTagsAhead(t: number, tn: number, out: Uint32Array, k: number): number {
  k = chunkPosAt(3, tn, out, k);
  out[k++] = mix2(C.PosCurNext, t, tn);
  return k;
}

/** The previous chunk label with this token's tag. */
export function chunkLabelTag(c1: number, t: number, out: Uint32Array, k: number): number {
  out[k++] = mix2(C.Chunk1Pos, c1, t);
  return k;
}

/** The two chunk labels predicted before (-1 before the sentence start), and the bias. */
export function chunkLabels(c1: number, c2: number, out: Uint32Array, k: number): number {
  out[k++] = mix1(C.Bias, 0);
  out[k++] = mix1(C.Chunk1, c1);
  out[k++] = mix1(C.Chunk2, c2);
  out[k++] = mix2(C.Chunk12, c1, c2);
  return k;
}

/** The tag trigram, the word with its tag, and the previous label with the tags and the word. */
export function chunkToken(lower: number, t: number, tp: number, tn: number, c1: number, out: Uint32Array, k: number): number {
  out[k++] = mix3(C.PosTri, tp, t, tn);
  out[k++] = mix2(C.LowerPos, lower, t);
  out[k++] = mix3(C.Chunk1PosNext, c1, t, tn);
  out[k++] = mix2(C.Chunk1Lower, c1, lower);
  out[k++] = mix3(C.Chunk1PosPrevPos, c1, tp, t);
  return k;
}

/** Every chunk feature of token i in sentence [a, b), over per-token hash records h and the sentence's POS tags. */
export function chunkFeatures(h: Uint32Array, pos: Uint8Array, i: number, a: number, b: number, c1: number, c2: number, out: Uint32Array): number {
  const at = i * W.Size, lower = h[at + W.Lower], t = pos[i];
  const tp = i > a ? pos[i - 1] : NO_POS_BEFORE, tn = i + 1 < b ? pos[i + 1] : NO_POS_AFTER;
  let k = chunkOwn(h, at, out, 0);
  k = chunkPrevWord(i > a ? h[at - W.Size + W.Lower] : BEFORE, out, k);
  k = chunkNextWord(i + 1 < b ? h[at + W.Size + W.Lower] : AFTER, out, k);
  k = chunkTagsBack(tp, t, out, k);
  k = chunkPosAt(2, i - 1 > a ? pos[i - 2] : NO_POS_BEFORE2, out, k);
  k = chunkTagsAhead(t, tn, out, k);
  k = chunkPosAt(4, i + 2 < b ? pos[i + 2] : NO_POS_AFTER2, out, k);
  k = chunkLabels(c1, c2, out, k);
  k = chunkLabelTag(c1, t, out, k);
  return chunkToken(lower, t, tp, tn, c1, out, k);
}
