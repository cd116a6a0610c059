// The tagger's fast decoder: sums the same features as decode.ts, but keeps each word's own and neighbour feature
// scores in a cache shared across documents and tables each label pair's scores once per model, so a token costs a
// few vector adds and a handful of hash lookups instead of some forty.
import {
  AFTER, AFTER2, BEFORE, BEFORE2, chunkLabels, chunkLabelTag, chunkNextWord, chunkOwn, chunkPosAt, chunkPrevWord, chunkTagsAhead, chunkTagsBack, chunkToken,
  MAX_FEATURES, NO_POS_AFTER, NO_POS_AFTER2, NO_POS_BEFORE, NO_POS_BEFORE2, posNext, posNext2, posOwn, posPrev, posPrev2, posTags, posToken,
} from './features';
import { CHUNK_COUNT, POS_COUNT, wellFormedChunk } from './labels';
import type { TagDictionary } from './tag-dictionary';
import type { SparseScorer } from './weights';
import { fillWordRecord, W } from './word-hashes';

const PL = POS_COUNT, CL = CHUNK_COUNT;
// Per word: POS own, as previous, as second previous, as next, as second next; chunk own, as previous, as next.
const OWN = 0, PREV = PL, PREV2 = 2 * PL, NEXT = 3 * PL, NEXT2 = 4 * PL;
const C_OWN = 5 * PL, C_PREV = C_OWN + CL, C_NEXT = C_PREV + CL, STRIDE = C_NEXT + CL;
const REC = W.Size, LOWER = W.Lower, SUFFIX3 = W.Suffix3, SHAPE = W.Shape, FLAGS = W.Flags, FIXED = W.Fixed;
/**
 * Words kept between documents (about 1.1 KB each). A word is kept once it occurs twice in one text while there is
 * room: those are the common words that make up most tokens, not one-off names or a table's numbers.
 */
const CACHE_WORDS = 4096;
/** Per-document slots kept allocated between documents; a text with more new words grows them for its own run. */
const DOC_WORDS = 2048;
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
  /** Cached words: slot 0 is the sentence boundary (its "previous word" vector scores BEFORE, and so on). */
  private readonly kept = new Map<string, number>();
  private readonly docOnly = new Map<string, number>();
  private vectors = new Float32Array(0);
  private records = new Uint32Array(0);
  private slots = new Int32Array(0);
  private readonly feats = new Uint32Array(MAX_FEATURES);
  private readonly scores = new Float64Array(Math.max(PL, CL));

  constructor(private readonly pos: SparseScorer, private readonly chunk: SparseScorer, private readonly dict: TagDictionary) {
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
    this.allocate(CACHE_WORDS + DOC_WORDS);
  }

  /** Tags every sentence [bounds[s], bounds[s + 1]) of the document (Penn forms) into pos and chunk. */
  tag(forms: readonly string[], bounds: Int32Array, pos: Uint8Array, chunk: Uint8Array): void {
    const slots = this.slotsOf(forms);
    for (let s = 0; s + 1 < bounds.length; s++) {
      this.tagPos(slots, bounds[s], bounds[s + 1], pos);
      this.tagChunks(slots, pos, bounds[s], bounds[s + 1], chunk);
    }
    // A document with many new words grew the per-document slots; shrink back so one huge page does not pin memory.
    if (this.vectors.length > (CACHE_WORDS + DOC_WORDS + 1) * STRIDE) this.allocate(CACHE_WORDS + DOC_WORDS);
  }

  private tagPos(slots: Int32Array, a: number, b: number, out: Uint8Array): void {
    const v = this.vectors, records = this.records, table = this.posTagTable, scores = this.scores, feats = this.feats, scorer = this.pos;
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
    const v = this.vectors, records = this.records, labels = this.chunkLabelTable, back = this.tagsBack, ahead = this.tagsAhead;
    const labelTag = this.labelTag, far = this.farTags, scores = this.scores, feats = this.feats, scorer = this.chunk;
    let c1 = -1, c2 = -1;
    for (let i = a; i < b; i++) {
      const t = pos[i];
      const tp = i > a ? pos[i - 1] : NO_POS_BEFORE, tn = i + 1 < b ? pos[i + 1] : NO_POS_AFTER;
      const own = slots[i] * STRIDE + C_OWN;
      const prev = (i > a ? slots[i - 1] : 0) * STRIDE + C_PREV;
      const next = (i + 1 < b ? slots[i + 1] : 0) * STRIDE + C_NEXT;
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

  /** Cache slot of every token; words not kept yet are scored into per-document slots, and the repeated ones kept. */
  private slotsOf(forms: readonly string[]): Int32Array {
    if (this.slots.length < forms.length) this.slots = new Int32Array(Math.max(forms.length, this.slots.length * 2));
    const slots = this.slots, kept = this.kept, docOnly = this.docOnly;
    docOnly.clear();
    const repeated: string[] = [];
    for (let i = 0; i < forms.length; i++) {
      const form = forms[i];
      let slot = kept.get(form);
      if (slot === undefined) {
        slot = docOnly.get(form);
        if (slot === undefined) {
          docOnly.set(form, (slot = CACHE_WORDS + 1 + docOnly.size));
          if ((slot + 1) * STRIDE > this.vectors.length) this.allocate(2 * slot);
          this.addWord(form, slot);
        } else if (slot > 0) {
          repeated.push(form);
        }
      }
      slots[i] = slot;
    }
    for (const form of repeated) {
      if (kept.size >= CACHE_WORDS) break;
      if (kept.has(form)) continue;
      const from = docOnly.get(form)!, to = kept.size + 1;
      this.vectors.copyWithin(to * STRIDE, from * STRIDE, (from + 1) * STRIDE);
      this.records.copyWithin(to * REC, from * REC, (from + 1) * REC);
      kept.set(form, to);
    }
    return slots;
  }

  /** Room for `words` slots after the boundary slot 0; what fits of the current slots (kept words first) is carried over. */
  private allocate(words: number): void {
    const vectors = new Float32Array((words + 1) * STRIDE), records = new Uint32Array((words + 1) * REC);
    if (this.vectors.length) {
      vectors.set(this.vectors.subarray(0, Math.min(vectors.length, this.vectors.length)));
      records.set(this.records.subarray(0, Math.min(records.length, this.records.length)));
    } else this.scoreBoundary(vectors);
    this.vectors = vectors;
    this.records = records;
  }

  /** Slot 0: what "no word" scores as the previous, second previous, next and second next word. */
  private scoreBoundary(v: Float32Array): void {
    const f = this.feats;
    this.pos.addScores(f, posPrev(BEFORE, BEFORE, BEFORE, f, 0), v, PREV);
    this.pos.addScores(f, posPrev2(BEFORE2, f, 0), v, PREV2);
    this.pos.addScores(f, posNext(AFTER, AFTER, AFTER, f, 0), v, NEXT);
    this.pos.addScores(f, posNext2(AFTER2, f, 0), v, NEXT2);
    this.chunk.addScores(f, chunkPrevWord(BEFORE, f, 0), v, C_PREV);
    this.chunk.addScores(f, chunkNextWord(AFTER, f, 0), v, C_NEXT);
  }

  private addWord(form: string, slot: number): void {
    const rec = this.records, at = slot * REC, base = slot * STRIDE, f = this.feats, v = this.vectors;
    // A per-document slot is reused from text to text: clear what the previous word left there.
    v.fill(0, base, base + STRIDE);
    fillWordRecord(form, this.dict, rec, at);
    const lower = rec[at + LOWER], suffix3 = rec[at + SUFFIX3], shape = rec[at + SHAPE];
    // A dictionary word's own features are never scored (it takes its fixed tag); its neighbour vectors still count.
    if (!rec[at + FIXED]) this.pos.addScores(f, posOwn(rec, at, f, 0), v, base + OWN);
    this.pos.addScores(f, posPrev(lower, suffix3, shape, f, 0), v, base + PREV);
    this.pos.addScores(f, posPrev2(lower, f, 0), v, base + PREV2);
    this.pos.addScores(f, posNext(lower, suffix3, shape, f, 0), v, base + NEXT);
    this.pos.addScores(f, posNext2(lower, f, 0), v, base + NEXT2);
    this.chunk.addScores(f, chunkOwn(rec, at, f, 0), v, base + C_OWN);
    this.chunk.addScores(f, chunkPrevWord(lower, f, 0), v, base + C_PREV);
    this.chunk.addScores(f, chunkNextWord(lower, f, 0), v, base + C_NEXT);
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
