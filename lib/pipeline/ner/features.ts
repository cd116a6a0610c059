// Turns a document's tokens into hashed feature ids per token: the word, its shape and affixes, its neighbours,
// gazetteer and lexicon matches and document-level hints. Hashes only, so training and tagging share this exact code.
import { buildDocContext, type DocContext, type NerInput } from './doc-context';
import { matchNames, type NameMatcher } from './gazetteer';
import * as hash from './hash';
import { documentHashes, Slot } from './lexical';
import { isCapitalised } from './shape';

// Read once: under Node's CommonJS interop (tsx, the CLI) every imported binding is a getter call, and these sit in the
// innermost loops. Bundled code (the extension) is unaffected either way.
const { hashString, mix1, mix2, mix3 } = hash;
const S = { Word: Slot.Word, Lower: Slot.Lower, Shape: Slot.Shape, Short: Slot.Short, Prefix1: Slot.Prefix1, Suffix1: Slot.Suffix1, Size: Slot.Size } as const;

export interface DocFeatures {
  /** Feature hashes of token i are feats[offsets[i]] .. feats[offsets[i + 1] - 1]. */
  feats: Uint32Array;
  offsets: Uint32Array;
}

export interface Featurised extends DocFeatures {
  ctx: DocContext;
  /** hashString of each lowercased token (gazetteer matching input). */
  lowerHashes: Uint32Array;
}

// Template ids; changing any of them changes every hash, so a trained model is tied to this list.
const enum T {
  Bias, Word, Lower, Shape, Short, Prefix, Suffix = Prefix + 4,
  LowerPrev = Suffix + 4, LowerPrev2, LowerNext, LowerNext2, WordPrev, WordNext, ShapePrev, ShapeNext,
  ShortPrevCur, ShortCurNext, ShortTri, BigramPrev, BigramNext, LowerPrevShort, ShortLowerNext, LowerAround,
  InitialShort, InitialLower, HeadlineLower, Headline, GazBit, GazMask, GazPrev, GazNext,
  SeenLower, SeenTitleMid, SeenCapsMid, DocFlags, LexBit, LexMask, LexPrev, LexNext, LexShort,
  CapRun, CapRunFirst, CapRunLast,
}

/** Typical features per token; the buffer grows when gazetteer-heavy text needs more. */
const FEATURES_PER_TOKEN = 56;
/** No token can produce more than this many features (32 gazetteer bits + 32 lexicon bits + the fixed templates). */
const MAX_FEATURES_PER_TOKEN = 112;
const BOUNDARY = hashString('<s>');
const BOUNDARY2 = hashString('</s>');

/** Gazetteer matches of every sentence (names never run across a sentence boundary). */
export function matchAll(g: NameMatcher, lowerHashes: Uint32Array, sentenceStarts: readonly number[]): Int32Array {
  const out = new Int32Array(lowerHashes.length);
  for (let s = 0; s + 1 < sentenceStarts.length; s++) matchNames(g, lowerHashes, sentenceStarts[s], sentenceStarts[s + 1], out);
  return out;
}

/** Per token [start, end) of the run of capitalised words it belongs to (empty outside runs and in headlines). */
function capitalisedRuns(words: readonly string[], ctx: DocContext, sentenceStarts: readonly number[]): Int32Array {
  const runs = new Int32Array(words.length * 2);
  for (let s = 0; s + 1 < sentenceStarts.length; s++) {
    const b = sentenceStarts[s + 1];
    for (let i = sentenceStarts[s]; i < b; ) {
      if (ctx.inHeadline[i] || !isCapitalised(words[i])) { i++; continue; }
      let j = i + 1;
      while (j < b && isCapitalised(words[j])) j++;
      for (let t = i; t < j; t++) { runs[t * 2] = i; runs[t * 2 + 1] = j; }
      i = j;
    }
  }
  return runs;
}

export function extractFeatures(input: NerInput, gazetteer: NameMatcher, lexicon: NameMatcher): Featurised {
  const { words, sentenceStarts } = input;
  const n = words.length;
  const ctx = buildDocContext(input);
  const H = documentHashes(words, ctx.lower);
  const lowerHashes = new Uint32Array(n);
  for (let i = 0; i < n; i++) lowerHashes[i] = H[i * S.Size + S.Lower];
  const gaz = matchAll(gazetteer, lowerHashes, sentenceStarts);
  const lex = matchAll(lexicon, lowerHashes, sentenceStarts);

  const capRuns = capitalisedRuns(words, ctx, sentenceStarts);
  let feats = new Uint32Array(n * FEATURES_PER_TOKEN + MAX_FEATURES_PER_TOKEN);
  const offsets = new Uint32Array(n + 1);
  let k = 0;
  for (let s = 0; s + 1 < sentenceStarts.length; s++) {
    const a = sentenceStarts[s], b = sentenceStarts[s + 1];
    const at = (j: number, slot: Slot) => (j < a ? BOUNDARY : j >= b ? BOUNDARY2 : H[j * S.Size + slot]);
    for (let i = a; i < b; i++) {
      offsets[i] = k;
      if (k + MAX_FEATURES_PER_TOKEN > feats.length) {
        const grown = new Uint32Array(feats.length * 2);
        grown.set(feats);
        feats = grown;
      }
      const base = i * S.Size;
      const lower = H[base + S.Lower], sc = H[base + S.Short];
      const lp = at(i - 1, S.Lower), ln = at(i + 1, S.Lower);
      feats[k++] = mix1(T.Bias, 0);
      feats[k++] = mix1(T.Word, H[base + S.Word]);
      feats[k++] = mix1(T.Lower, lower);
      feats[k++] = mix1(T.Shape, H[base + S.Shape]);
      feats[k++] = mix1(T.Short, sc);
      for (let len = 0; len < 4; len++) {
        const p = H[base + S.Prefix1 + len];
        if (!p) break;
        feats[k++] = mix1(T.Prefix + len, p);
        feats[k++] = mix1(T.Suffix + len, H[base + S.Suffix1 + len]);
      }
      feats[k++] = mix1(T.LowerPrev, lp);
      feats[k++] = mix1(T.LowerPrev2, at(i - 2, S.Lower));
      feats[k++] = mix1(T.LowerNext, ln);
      feats[k++] = mix1(T.LowerNext2, at(i + 2, S.Lower));
      feats[k++] = mix1(T.WordPrev, at(i - 1, S.Word));
      feats[k++] = mix1(T.WordNext, at(i + 1, S.Word));
      feats[k++] = mix1(T.ShapePrev, at(i - 1, S.Shape));
      feats[k++] = mix1(T.ShapeNext, at(i + 1, S.Shape));
      const sp = at(i - 1, S.Short), sn = at(i + 1, S.Short);
      feats[k++] = mix2(T.ShortPrevCur, sp, sc);
      feats[k++] = mix2(T.ShortCurNext, sc, sn);
      feats[k++] = mix3(T.ShortTri, sp, sc, sn);
      feats[k++] = mix2(T.BigramPrev, lp, lower);
      feats[k++] = mix2(T.BigramNext, lower, ln);
      feats[k++] = mix2(T.LowerPrevShort, lp, sc);
      feats[k++] = mix2(T.ShortLowerNext, sc, ln);
      feats[k++] = mix2(T.LowerAround, lp, ln);
      if (i === a) {
        feats[k++] = mix1(T.InitialShort, sc);
        feats[k++] = mix1(T.InitialLower, lower);
      }
      if (ctx.inHeadline[i]) {
        feats[k++] = mix1(T.Headline, i === a ? 1 : 0);
        feats[k++] = mix1(T.HeadlineLower, lower);
      }
      const g = gaz[i];
      if (g) {
        for (let bit = 0; bit < 32; bit++) if (g & (1 << bit)) feats[k++] = mix1(T.GazBit, bit);
        feats[k++] = mix1(T.GazMask, g);
      }
      feats[k++] = mix1(T.GazPrev, i > a ? gaz[i - 1] : -1);
      feats[k++] = mix1(T.GazNext, i + 1 < b ? gaz[i + 1] : -1);
      const x = lex[i];
      if (x) {
        for (let bit = 0; bit < 32; bit++) if (x & (1 << bit)) feats[k++] = mix1(T.LexBit, bit);
        feats[k++] = mix1(T.LexMask, x);
      }
      feats[k++] = mix2(T.LexShort, x, sc);
      feats[k++] = mix1(T.LexPrev, i > a ? lex[i - 1] : -1);
      feats[k++] = mix1(T.LexNext, i + 1 < b ? lex[i + 1] : -1);
      if (ctx.seenLower[i]) feats[k++] = mix1(T.SeenLower, sc);
      if (ctx.seenTitleMid[i]) feats[k++] = mix1(T.SeenTitleMid, ctx.inHeadline[i]);
      if (ctx.seenCapsMid[i]) feats[k++] = mix1(T.SeenCapsMid, sc);
      const runStart = capRuns[i * 2], runEnd = capRuns[i * 2 + 1];
      if (runEnd > runStart) {
        // A run of capitalised words ("Bank of England" is two runs, "New York Stock Exchange" one): its length,
        // the token's place in it, and its first and last words ("Corp", "Bank", "University" end organisations).
        const len = runEnd - runStart, place = len === 1 ? 3 : i === runStart ? 0 : i === runEnd - 1 ? 2 : 1;
        feats[k++] = mix2(T.CapRun, Math.min(len, 5), place);
        if (len > 1) {
          feats[k++] = mix2(T.CapRunFirst, H[runStart * S.Size + S.Lower], place);
          feats[k++] = mix2(T.CapRunLast, H[(runEnd - 1) * S.Size + S.Lower], place);
        }
      }
      feats[k++] = mix3(T.DocFlags, ctx.seenLower[i] | (ctx.seenTitleMid[i] << 1) | (ctx.seenCapsMid[i] << 2), ctx.inHeadline[i], ctx.sentenceInitial[i]);
    }
  }
  offsets[n] = k;
  return { feats: feats.subarray(0, k), offsets, ctx, lowerHashes };
}
