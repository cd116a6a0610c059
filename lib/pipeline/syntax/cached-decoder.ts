// The tagger's fast decoder: sums the same features as decode.ts, but keeps each word's own and neighbour feature
// scores in a cache shared across documents and tables each label pair's scores once per model, so a token costs a
// few vector adds and a handful of hash lookups instead of some forty.
import {
  AFTER, AFTER2, BEFORE, BEFORE2, CHUNK_POS_OFFSETS, chunkLabels, chunkNextWord, chunkOwn, chunkPosAt, chunkPrevWord, chunkToken,
  MAX_FEATURES, NO_POS_AFTER, NO_POS_AFTER2, NO_POS_BEFORE, NO_POS_BEFORE2, posNext, posNext2, posOwn, posPrev, posPrev2, posTags, posToken,
} from './features';
import { CHUNK_COUNT, POS_COUNT, wellFormedChunk } from './labels';
import type { SparseScorer } from './weights';
import { fillWordRecord, W } from './word-hashes';

const PL = POS_COUNT, CL = CHUNK_COUNT;
// Per word: POS own, as previous, as second previous, as next, as second next; chunk own, as previous, as next.
const OWN = 0, PREV = PL, PREV2 = 2 * PL, NEXT = 3 * PL, NEXT2 = 4 * PL;
const C_OWN = 5 * PL, C_PREV = C_OWN + CL, C_NEXT = C_PREV + CL, STRIDE = C_NEXT + CL;
const REC = W.Size, LOWER = W.Lower, SUFFIX3 = W.Suffix3, SHAPE = W.Shape, FLAGS = W.Flags;
/** Words kept between documents (about 2.3 KB each): the common words of news, so most tokens hit the cache. */
const CACHE_WORDS = 4096;
// Imported functions called per token, bound once (some module loaders turn every imported call into a getter call).
const tokenPos = posToken, tokenChunk = chunkToken, wellFormed = wellFormedChunk;

export class CachedDecoder {
  /** Scores of the labels-so-far features for each (p1, p2) pair, "none yet" (-1) stored at index 0. */
  private readonly posTagTable: Float64Array;
  private readonly chunkLabelTable: Float64Array;
  /** Scores of one POS tag value at each offset: [(offset * 256 + tag) * CL]. */
  private readonly chunkPosTable: Float64Array;
  /** Cached words: slot 0 is the sentence boundary (its "previous word" vector scores BEFORE, and so on). */
  private slotOf = new Map<string, number>();
  private vectors = new Float64Array(0);
  private records = new Uint32Array(0);
  private slots = new Int32Array(0);
  private readonly feats = new Uint32Array(MAX_FEATURES);
  private readonly scores = new Float64Array(Math.max(PL, CL));

  constructor(private readonly pos: SparseScorer, private readonly chunk: SparseScorer) {
    this.posTagTable = this.pairTable(pos, PL, posTags);
    this.chunkLabelTable = this.pairTable(chunk, CL, chunkLabels);
    this.chunkPosTable = new Float64Array(CHUNK_POS_OFFSETS * 256 * CL);
    for (let offset = 0; offset < CHUNK_POS_OFFSETS; offset++) {
      for (let tag = 0; tag < 256; tag++) chunk.addScores(this.feats, chunkPosAt(offset, tag, this.feats, 0), this.chunkPosTable, (offset * 256 + tag) * CL);
    }
    this.reset(CACHE_WORDS);
  }

  /** Tags every sentence [bounds[s], bounds[s + 1]) of the document (Penn forms) into pos and chunk. */
  tag(forms: readonly string[], bounds: Int32Array, pos: Uint8Array, chunk: Uint8Array): void {
    const slots = this.slotsOf(forms);
    for (let s = 0; s + 1 < bounds.length; s++) {
      this.tagPos(slots, bounds[s], bounds[s + 1], pos);
      this.tagChunks(slots, pos, bounds[s], bounds[s + 1], chunk);
    }
    // A document with more distinct words than the cache holds grew it; shrink back so it does not pin memory.
    if (this.slotOf.size > CACHE_WORDS) this.reset(CACHE_WORDS);
  }

  private tagPos(slots: Int32Array, a: number, b: number, out: Uint8Array): void {
    const v = this.vectors, records = this.records, table = this.posTagTable, scores = this.scores, feats = this.feats, scorer = this.pos;
    let p1 = -1, p2 = -1;
    for (let i = a; i < b; i++) {
      const w = slots[i], at = w * REC;
      const own = w * STRIDE + OWN;
      const prev = (i > a ? slots[i - 1] : 0) * STRIDE + PREV;
      const prev2 = (i - 1 > a ? slots[i - 2] : 0) * STRIDE + PREV2;
      const next = (i + 1 < b ? slots[i + 1] : 0) * STRIDE + NEXT;
      const next2 = (i + 2 < b ? slots[i + 2] : 0) * STRIDE + NEXT2;
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
    const v = this.vectors, records = this.records, labels = this.chunkLabelTable, tagged = this.chunkPosTable;
    const scores = this.scores, feats = this.feats, scorer = this.chunk;
    let c1 = -1, c2 = -1;
    for (let i = a; i < b; i++) {
      const t = pos[i];
      const tp = i > a ? pos[i - 1] : NO_POS_BEFORE, tn = i + 1 < b ? pos[i + 1] : NO_POS_AFTER;
      const tp2 = i - 1 > a ? pos[i - 2] : NO_POS_BEFORE2, tn2 = i + 2 < b ? pos[i + 2] : NO_POS_AFTER2;
      const own = slots[i] * STRIDE + C_OWN;
      const prev = (i > a ? slots[i - 1] : 0) * STRIDE + C_PREV;
      const next = (i + 1 < b ? slots[i + 1] : 0) * STRIDE + C_NEXT;
      const lab = ((c1 + 1) * (CL + 1) + c2 + 1) * CL;
      const q0 = t * CL, q1 = (256 + tp) * CL, q2 = (512 + tp2) * CL, q3 = (768 + tn) * CL, q4 = (1024 + tn2) * CL;
      for (let l = 0; l < CL; l++) {
        scores[l] = labels[lab + l] + v[own + l] + v[prev + l] + v[next + l] + tagged[q0 + l] + tagged[q1 + l] + tagged[q2 + l] + tagged[q3 + l] + tagged[q4 + l];
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

  /** Cache slot of every token, scoring words not seen before; a full cache starts afresh (grown if one text needs it). */
  private slotsOf(forms: readonly string[]): Int32Array {
    if (this.slots.length < forms.length) this.slots = new Int32Array(Math.max(forms.length, this.slots.length * 2));
    const slots = this.slots;
    for (let attempt = 0; ; attempt++) {
      let i = 0;
      for (; i < forms.length; i++) {
        let slot = this.slotOf.get(forms[i]);
        if (slot === undefined) {
          slot = this.slotOf.size + 1;
          if (slot * STRIDE >= this.vectors.length) break;
          this.slotOf.set(forms[i], slot);
          this.addWord(forms[i], slot);
        }
        slots[i] = slot;
      }
      if (i === forms.length) return slots;
      this.reset(attempt === 0 ? CACHE_WORDS : 2 * this.vectors.length / STRIDE);
    }
  }

  private reset(words: number): void {
    this.slotOf = new Map();
    this.vectors = new Float64Array((words + 1) * STRIDE);
    this.records = new Uint32Array((words + 1) * REC);
    const f = this.feats, v = this.vectors;
    this.pos.addScores(f, posPrev(BEFORE, BEFORE, BEFORE, f, 0), v, PREV);
    this.pos.addScores(f, posPrev2(BEFORE2, f, 0), v, PREV2);
    this.pos.addScores(f, posNext(AFTER, AFTER, AFTER, f, 0), v, NEXT);
    this.pos.addScores(f, posNext2(AFTER2, f, 0), v, NEXT2);
    this.chunk.addScores(f, chunkPrevWord(BEFORE, f, 0), v, C_PREV);
    this.chunk.addScores(f, chunkNextWord(AFTER, f, 0), v, C_NEXT);
  }

  private addWord(form: string, slot: number): void {
    const rec = this.records, at = slot * REC, base = slot * STRIDE, f = this.feats, v = this.vectors;
    fillWordRecord(form, rec, at);
    const lower = rec[at + LOWER], suffix3 = rec[at + SUFFIX3], shape = rec[at + SHAPE];
    this.pos.addScores(f, posOwn(rec, at, f, 0), v, base + OWN);
    this.pos.addScores(f, posPrev(lower, suffix3, shape, f, 0), v, base + PREV);
    this.pos.addScores(f, posPrev2(lower, f, 0), v, base + PREV2);
    this.pos.addScores(f, posNext(lower, suffix3, shape, f, 0), v, base + NEXT);
    this.pos.addScores(f, posNext2(lower, f, 0), v, base + NEXT2);
    this.chunk.addScores(f, chunkOwn(rec, at, f, 0), v, base + C_OWN);
    this.chunk.addScores(f, chunkPrevWord(lower, f, 0), v, base + C_PREV);
    this.chunk.addScores(f, chunkNextWord(lower, f, 0), v, base + C_NEXT);
  }

  /** Scores of every label pair (x, y), -1 ("none yet") stored at index 0, from a features-of-two-labels function. */
  private pairTable(scorer: SparseScorer, labels: number, features: (x: number, y: number, out: Uint32Array, k: number) => number): Float64Array {
    const table = new Float64Array((labels + 1) * (labels + 1) * labels);
    for (let x = -1; x < labels; x++) {
      for (let y = -1; y < labels; y++) scorer.addScores(this.feats, features(x, y, this.feats, 0), table, ((x + 1) * (labels + 1) + y + 1) * labels);
    }
    return table;
  }
}
