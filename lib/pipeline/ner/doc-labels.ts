// Second-pass features: what the first pass tagged elsewhere in the same document, so one name keeps one type
// ("Clinton" after "Bill Clinton", a club named after its city, a headline word also seen in the body).
import type { NerInput } from './doc-context';
import { matchAll, type DocFeatures, type Featurised } from './features';
import { Gazetteer } from './gazetteer';
import { mix1, mix2 } from './hash';
import { ENTITY_TYPES, spansOf, typeOf } from './labels';
import { isCapitalised } from './shape';

// Template ids start far above the first-pass ones so the two sets never share a hash.
const enum T { Self = 200, SelfPrevCur, SelfCurNext, DocGazBit, DocGazMask, Majority, FirstType, SelfDocGaz }

/** Entity type index + 1 per tag (0 for O), so B- and I- of one type count as the same evidence. */
const typeCode = (tag: number) => (tag === 0 ? 0 : ENTITY_TYPES.indexOf(typeOf(tag)) + 1);

export interface DocLabelFeatures extends DocFeatures {
  /**
   * 1 for each sentence where the document disagrees with pass 1 somewhere (a word tagged with another type, or
   * left untagged, elsewhere): only there can pass 2 change much, so only there is it run.
   */
  disputed: Uint8Array;
}

/** Bit per entity type present anywhere in a gazetteer mask (4 position bits per type). */
function typesIn(mask: number): number {
  let types = 0;
  for (let t = 0; t < ENTITY_TYPES.length; t++) if ((mask >>> (t * 4)) & 15) types |= 1 << t;
  return types;
}

export function docLabelFeatures(input: NerInput, local: Featurised, pass1: Uint8Array): DocLabelFeatures {
  const { ctx } = local;
  const { words, sentenceStarts } = input;
  const n = words.length;
  const docNames = new Gazetteer();
  const firstType = new Map<string, number>();
  for (const s of spansOf(pass1)) {
    const key = ctx.lower.slice(s.start, s.end);
    docNames.add(key, 1 << ENTITY_TYPES.indexOf(s.type));
    for (const w of key) if (!firstType.has(w)) firstType.set(w, ENTITY_TYPES.indexOf(s.type) + 1);
  }
  const named = matchAll(docNames, local.lowerHashes, sentenceStarts);

  // Votes per lowercased form over its capitalised occurrences: index 0 counts "tagged O".
  const votes = new Map<string, Int32Array>();
  for (let i = 0; i < n; i++) {
    if (!isCapitalised(words[i]) && pass1[i] === 0) continue;
    let v = votes.get(ctx.lower[i]);
    if (!v) votes.set(ctx.lower[i], (v = new Int32Array(ENTITY_TYPES.length + 1)));
    v[typeCode(pass1[i])]++;
  }

  const feats = new Uint32Array(n * 24);
  const offsets = new Uint32Array(n + 1);
  const disputed = new Uint8Array(Math.max(0, sentenceStarts.length - 1));
  let k = 0;
  for (let s = 0; s + 1 < sentenceStarts.length; s++) {
    const a = sentenceStarts[s], b = sentenceStarts[s + 1];
    for (let i = a; i < b; i++) {
      offsets[i] = k;
      const self = pass1[i];
      feats[k++] = mix1(T.Self, self);
      feats[k++] = mix2(T.SelfPrevCur, i > a ? pass1[i - 1] : 255, self);
      feats[k++] = mix2(T.SelfCurNext, self, i + 1 < b ? pass1[i + 1] : 255);
      const relevant = self !== 0 || isCapitalised(words[i]) || ctx.inHeadline[i];
      if (!relevant) continue;
      const g = named[i];
      const selfTypes = self === 0 ? 0 : 1 << (typeCode(self) - 1);
      if (typesIn(g) & ~selfTypes) disputed[s] = 1;
      if (g) {
        for (let bit = 0; bit < 16; bit++) if (g & (1 << bit)) feats[k++] = mix1(T.DocGazBit, bit);
        feats[k++] = mix1(T.DocGazMask, g);
        feats[k++] = mix2(T.SelfDocGaz, typeCode(self), g);
      }
      const v = votes.get(ctx.lower[i]);
      if (v) {
        let best = 1;
        for (let t = 2; t < v.length; t++) if (v[t] > v[best]) best = t;
        const entityVotes = v.reduce((x, y) => x + y, 0) - v[0];
        // 0: never tagged, 1: one type only, 2: several types, each with how often it was left untagged.
        const agreement = entityVotes === 0 ? 0 : v[best] === entityVotes ? 1 : 2;
        const untagged = v[0] === 0 ? 0 : v[0] < entityVotes ? 1 : 2;
        feats[k++] = mix2(T.Majority, entityVotes ? best : 0, agreement * 3 + untagged);
        if (agreement === 2 || (entityVotes > 0 && untagged > 0)) disputed[s] = 1;
      }
      feats[k++] = mix1(T.FirstType, firstType.get(ctx.lower[i]) ?? 0);
    }
  }
  offsets[n] = k;
  return { feats: feats.subarray(0, k), offsets, disputed };
}
