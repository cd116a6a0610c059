// Turns a document's tokens into hashed feature ids per token: the word, its shape and affixes, its neighbours,
// gazetteer matches and document-level hints. Hashes only, so training and tagging share this exact code.
import { buildDocContext, type NerInput } from './doc-context';
import type { Gazetteer } from './gazetteer';
import { hashString, mix1, mix2, mix3 } from './hash';
import { longShape, shortShape } from './shape';

export interface DocFeatures {
  /** Feature hashes of token i are feats[offsets[i]] .. feats[offsets[i + 1] - 1]. */
  feats: Uint32Array;
  offsets: Uint32Array;
}

// Template ids; changing any of them changes every hash, so a trained model is tied to this list.
const enum T {
  Bias, Word, Lower, Shape, Short, Prefix, Suffix = Prefix + 4,
  LowerPrev = Suffix + 4, LowerPrev2, LowerNext, LowerNext2, WordPrev, WordNext, ShapePrev, ShapeNext,
  ShortPrevCur, ShortCurNext, ShortTri, BigramPrev, BigramNext, LowerPrevShort, ShortLowerNext, LowerAround,
  InitialShort, InitialLower, HeadlineLower, Headline, GazBit, GazMask, GazPrev, GazNext,
  SeenLower, SeenTitleMid, SeenCapsMid, DocFlags,
}

const MAX_FEATURES_PER_TOKEN = 64;
const BOUNDARY = hashString('<s>');
const BOUNDARY2 = hashString('<s2>');

export function extractFeatures(input: NerInput, gazetteer: Gazetteer): DocFeatures {
  const { words, sentenceStarts } = input;
  const n = words.length;
  const ctx = buildDocContext(input);
  const hWord = new Uint32Array(n), hLower = new Uint32Array(n), hShape = new Uint32Array(n), hShort = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    hWord[i] = hashString(words[i]);
    hLower[i] = hashString(ctx.lower[i]);
    hShape[i] = hashString(longShape(words[i]));
    hShort[i] = hashString(shortShape(words[i]));
  }
  const gaz = new Int32Array(n);
  for (let s = 0; s + 1 < sentenceStarts.length; s++) gazetteer.match(ctx.lower, sentenceStarts[s], sentenceStarts[s + 1], gaz);

  const feats = new Uint32Array(n * MAX_FEATURES_PER_TOKEN);
  const offsets = new Uint32Array(n + 1);
  let k = 0;
  const add = (h: number) => { feats[k++] = h; };
  for (let s = 0; s + 1 < sentenceStarts.length; s++) {
    const a = sentenceStarts[s], b = sentenceStarts[s + 1];
    const at = (arr: Uint32Array, j: number) => (j < a ? BOUNDARY : j >= b ? BOUNDARY2 : arr[j]);
    for (let i = a; i < b; i++) {
      offsets[i] = k;
      const lower = ctx.lower[i];
      const lp = at(hLower, i - 1), ln = at(hLower, i + 1), sc = hShort[i];
      add(mix1(T.Bias, 0));
      add(mix1(T.Word, hWord[i]));
      add(mix1(T.Lower, hLower[i]));
      add(mix1(T.Shape, hShape[i]));
      add(mix1(T.Short, sc));
      for (let len = 1; len <= 4 && len < lower.length; len++) {
        add(mix1(T.Prefix + len - 1, hashString(lower, 0, len)));
        add(mix1(T.Suffix + len - 1, hashString(lower, lower.length - len)));
      }
      add(mix1(T.LowerPrev, lp));
      add(mix1(T.LowerPrev2, at(hLower, i - 2)));
      add(mix1(T.LowerNext, ln));
      add(mix1(T.LowerNext2, at(hLower, i + 2)));
      add(mix1(T.WordPrev, at(hWord, i - 1)));
      add(mix1(T.WordNext, at(hWord, i + 1)));
      add(mix1(T.ShapePrev, at(hShape, i - 1)));
      add(mix1(T.ShapeNext, at(hShape, i + 1)));
      add(mix2(T.ShortPrevCur, at(hShort, i - 1), sc));
      add(mix2(T.ShortCurNext, sc, at(hShort, i + 1)));
      add(mix3(T.ShortTri, at(hShort, i - 1), sc, at(hShort, i + 1)));
      add(mix2(T.BigramPrev, lp, hLower[i]));
      add(mix2(T.BigramNext, hLower[i], ln));
      add(mix2(T.LowerPrevShort, lp, sc));
      add(mix2(T.ShortLowerNext, sc, ln));
      add(mix2(T.LowerAround, lp, ln));
      if (i === a) {
        add(mix1(T.InitialShort, sc));
        add(mix1(T.InitialLower, hLower[i]));
      }
      if (ctx.inHeadline[i]) {
        add(mix1(T.Headline, i === a ? 1 : 0));
        add(mix1(T.HeadlineLower, hLower[i]));
      }
      const g = gaz[i];
      if (g) {
        for (let bit = 0; bit < 16; bit++) if (g & (1 << bit)) add(mix1(T.GazBit, bit));
        add(mix1(T.GazMask, g));
      }
      add(mix1(T.GazPrev, i > a ? gaz[i - 1] : -1));
      add(mix1(T.GazNext, i + 1 < b ? gaz[i + 1] : -1));
      if (ctx.seenLower[i]) add(mix1(T.SeenLower, sc));
      if (ctx.seenTitleMid[i]) add(mix1(T.SeenTitleMid, ctx.inHeadline[i]));
      if (ctx.seenCapsMid[i]) add(mix1(T.SeenCapsMid, sc));
      add(mix3(T.DocFlags, ctx.seenLower[i] | (ctx.seenTitleMid[i] << 1) | (ctx.seenCapsMid[i] << 2), ctx.inHeadline[i], ctx.sentenceInitial[i]));
    }
  }
  offsets[n] = k;
  return { feats: feats.subarray(0, k), offsets };
}
