// The tagger's fast decoder: sums the same features as decode.ts, but reads each word's own and neighbour feature
// scores from the word cache and each label pair's scores from tables built once per model, so a token costs a few
// vector adds and a handful of hash lookups instead of some forty.
import {
  AFTER, BEFORE, chunkLabels, chunkLabelTag, chunkPosAt, chunkTagsAhead, chunkTagsBack, chunkToken,
  MAX_FEATURES, NO_POS_AFTER, NO_POS_AFTER2, NO_POS_BEFORE, NO_POS_BEFORE2, posTags, posToken,
} from './features';
import { CHUNK_COUNT, POS_COUNT, wellFormedChunk } from './labels';
import type { TagDictionary } from './tag-dictionary';
import type { SparseScorer } from './weights';
import { C_NEXT, C_OWN, C_PREV, NEXT, NEXT2, OWN, PREV, PREV2, STRIDE, WordScoreCache } from './word-cache';
import { W } from './word-hashes';

const PL = POS_COUNT, CL = CHUNK_COUNT;
const REC = W.Size, LOWER = W.Lower, SUFFIX3 = W.Suffix3, FLAGS = W.Flags, FIXED = W.Fixed;
// Layout offsets read once (some module loaders turn every access to an imported binding into a getter call).
const V_OWN = OWN, V_PREV = PREV, V_PREV2 = PREV2, V_NEXT = NEXT, V_NEXT2 = NEXT2, V_C_OWN = C_OWN, V_C_PREV = C_PREV, V_C_NEXT = C_NEXT, V_STRIDE = STRIDE;
// Imported functions called per token, bound once (some module loaders turn every imported call into a getter call).
const tokenPos = posToken, tokenChunk = chunkToken, wellFormed = wellFormedChunk;

export class CachedDecoder {
  /** Scores of the labels-so-far features for each (p1, p2) pair, "none yet" (-1) stored at index 0. */
  private readonly posTagTable: Float32Array;
  private readonly chunkLabelTable: Float32Array;
  /** Chunk scores of tag pairs: (previous, this) and (this, next), the outside-sentence tag stored at index PL. */
  private readonly tagsBack: Float32Array;
  private readonly tagsAhead: Float32Array;
  /** Chunk scores of (previous label, this tag), and of the tags two before and two after: [(side * 256 + tag) * CL]. */
  private readonly labelTag: Float32Array;
  private readonly farTags: Float32Array;
  private readonly words: WordScoreCache;
  private readonly feats = new Uint32Array(MAX_FEATURES);
  private readonly scores = new Float64Array(Math.max(PL, CL));

  constructor(private readonly pos: SparseScorer, private readonly chunk: SparseScorer, dict: TagDictionary) {
    this.posTagTable = this.pairTable(pos, PL, posTags);
    this.chunkLabelTable = this.pairTable(chunk, CL, chunkLabels);
    const f = this.feats;
    this.tagsBack = new Float32Array((PL + 1) * PL * CL);
    this.tagsAhead = new Float32Array(PL * (PL + 1) * CL);
    this.labelTag = new Float32Array((CL + 1) * PL * CL);
    this.farTags = new Float32Array(2 * 256 * CL);
    for (let x = 0; x <= PL; x++) {
      for (let t = 0; t < PL; t++) {
        chunk.addScores(f, chunkTagsBack(x === PL ? NO_POS_BEFORE : x, t, f, 0), this.tagsBack, (x * PL + t) * CL);
        chunk.addScores(f, chunkTagsAhead(t, x === PL ? NO_POS_AFTER : x, f, 0), this.tagsAhead, (t * (PL + 1) + x) * CL);
      }
    }
    for (let c = -1; c < CL; c++) for (let t = 0; t < PL; t++) chunk.addScores(f, chunkLabelTag(c, t, f, 0), this.labelTag, ((c + 1) * PL + t) * CL);
    for (let tag = 0; tag < 256; tag++) {
      chunk.addScores(f, chunkPosAt(2, tag, f, 0), this.farTags, tag * CL);
      chunk.addScores(f, chunkPosAt(4, tag, f, 0), this.farTags, (256 + tag) * CL);
    }
    this.words = new WordScoreCache(pos, chunk, dict);
  }

  /** Tags every sentence [bounds[s], bounds[s + 1]) of the document (Penn forms) into pos and chunk. */
  tag(forms: readonly string[], bounds: Int32Array, pos: Uint8Array, chunk: Uint8Array): void {
    const slots = this.words.slotsOf(forms);
    for (let s = 0; s + 1 < bounds.length; s++) {
      this.tagPos(slots, bounds[s], bounds[s + 1], pos);
      this.tagChunks(slots, pos, bounds[s], bounds[s + 1], chunk);
    }
    this.words.finishText();
  }

  private tagPos(slots: Int32Array, a: number, b: number, out: Uint8Array): void {
    const v = this.words.vectors, records = this.words.records, table = this.posTagTable, scores = this.scores, feats = this.feats, scorer = this.pos;
    let p1 = -1, p2 = -1;
    for (let i = a; i < b; i++) {
      const w = slots[i], at = w * REC;
      const fixed = records[at + FIXED] - 1;
      if (fixed >= 0) {
        out[i] = fixed;
        p2 = p1;
        p1 = fixed;
        continue;
      }
      const own = w * V_STRIDE + V_OWN;
      const prev = (i > a ? slots[i - 1] : 0) * V_STRIDE + V_PREV;
      const prev2 = (i - 1 > a ? slots[i - 2] : 0) * V_STRIDE + V_PREV2;
      const next = (i + 1 < b ? slots[i + 1] : 0) * V_STRIDE + V_NEXT;
      const next2 = (i + 2 < b ? slots[i + 2] : 0) * V_STRIDE + V_NEXT2;
      const tags = ((p1 + 1) * (PL + 1) + p2 + 1) * PL;
      for (let l = 0; l < PL; l++) scores[l] = table[tags + l] + v[own + l] + v[prev + l] + v[prev2 + l] + v[next + l] + v[next2 + l];
      const prevLower = i > a ? records[slots[i - 1] * REC + LOWER] : BEFORE;
      const nextLower = i + 1 < b ? records[slots[i + 1] * REC + LOWER] : AFTER;
      scorer.addScores(feats, tokenPos(records[at + LOWER], records[at + SUFFIX3], records[at + FLAGS], i === a, prevLower, nextLower, p1, feats, 0), scores, 0);
      let best = 0;
      for (let l = 1; l < PL; l++) if (scores[l] > scores[best]) best = l;
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
  }

  private tagChunks(slots: Int32Array, pos: Uint8Array, a: number, b: number, out: Uint8Array): void {
    const v = this.words.vectors, records = this.words.records, labels = this.chunkLabelTable, back = this.tagsBack, ahead = this.tagsAhead;
    const labelTag = this.labelTag, far = this.farTags, scores = this.scores, feats = this.feats, scorer = this.chunk;
    let c1 = -1, c2 = -1;
    for (let i = a; i < b; i++) {
      const t = pos[i];
      const tp = i > a ? pos[i - 1] : NO_POS_BEFORE, tn = i + 1 < b ? pos[i + 1] : NO_POS_AFTER;
      const own = slots[i] * V_STRIDE + V_C_OWN;
      const prev = (i > a ? slots[i - 1] : 0) * V_STRIDE + V_C_PREV;
      const next = (i + 1 < b ? slots[i + 1] : 0) * V_STRIDE + V_C_NEXT;
      const lab = ((c1 + 1) * (CL + 1) + c2 + 1) * CL;
      const bk = ((i > a ? tp : PL) * PL + t) * CL, ah = (t * (PL + 1) + (i + 1 < b ? tn : PL)) * CL, lt = ((c1 + 1) * PL + t) * CL;
      const f2 = (i - 1 > a ? pos[i - 2] : NO_POS_BEFORE2) * CL, f4 = (256 + (i + 2 < b ? pos[i + 2] : NO_POS_AFTER2)) * CL;
      for (let l = 0; l < CL; l++) {
        scores[l] = labels[lab + l] + labelTag[lt + l] + v[own + l] + v[prev + l] + v[next + l] + back[bk + l] + ahead[ah + l] + far[f2 + l] + far[f4 + l];
      }
      scorer.addScores(feats, tokenChunk(records[slots[i] * REC + LOWER], t, tp, tn, c1, feats, 0), scores, 0);
      let best = 0;
      for (let l = 1; l < CL; l++) if (scores[l] > scores[best]) best = l;
      const label = wellFormed(best, c1);
      out[i] = label;
      c2 = c1;
      c1 = label;
    }
  }

  /** Scores of every label pair (x, y), -1 ("none yet") stored at index 0, from a features-of-two-labels function. */
  private pairTable(scorer: SparseScorer, labels: number, features: (x: number, y: number, out: Uint32Array, k: number) => number): Float32Array {
    const table = new Float32Array((labels + 1) * (labels + 1) * labels);
    for (let x = -1; x < labels; x++) {
      for (let y = -1; y < labels; y++) scorer.addScores(this.feats, features(x, y, this.feats, 0), table, ((x + 1) * (labels + 1) + y + 1) * labels);
    }
    return table;
  }
}
