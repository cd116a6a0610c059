// Per-word feature scores for the syntax tagger: each word's own and neighbour-position scores, computed once and
// reused for every token of the word. Common words stay cached across texts; the rest are scored per text.
import { AFTER, AFTER2, BEFORE, BEFORE2, chunkNextWord, chunkOwn, chunkPrevWord, MAX_FEATURES, posNext, posNext2, posOwn, posPrev, posPrev2 } from './features';
import { CHUNK_COUNT, POS_COUNT } from './labels';
import type { TagDictionary } from './tag-dictionary';
import type { SparseScorer } from './weights';
import { fillWordRecord, W } from './word-hashes';

const PL = POS_COUNT, CL = CHUNK_COUNT;
/** Layout of a word's vector: POS own, as previous, as second previous, as next, as second next; chunk own, as previous, as next. */
export const OWN = 0, PREV = PL, PREV2 = 2 * PL, NEXT = 3 * PL, NEXT2 = 4 * PL;
export const C_OWN = 5 * PL, C_PREV = C_OWN + CL, C_NEXT = C_PREV + CL, STRIDE = C_NEXT + CL;
const REC = W.Size, LOWER = W.Lower, SUFFIX3 = W.Suffix3, SHAPE = W.Shape, FIXED = W.Fixed;
/**
 * Words kept between texts (about 1.1 KB each). A word is kept once it occurs twice in one text while there is
 * room: those are the common words that make up most tokens, not one-off names or a table's numbers.
 */
const CACHE_WORDS = 4096;
/** Per-text slots kept allocated between texts; a text with more new words grows them for its own run. */
const TEXT_WORDS = 2048;

export class WordScoreCache {
  /** Word vectors by slot (STRIDE floats each); slot 0 is the sentence boundary ("no previous word", ...). */
  vectors = new Float32Array(0);
  /** Word hash records by slot (word-hashes.ts). */
  records = new Uint32Array(0);
  private slots = new Int32Array(0);
  private readonly kept = new Map<string, number>();
  private readonly docOnly = new Map<string, number>();
  private readonly feats = new Uint32Array(MAX_FEATURES);

  constructor(private readonly pos: SparseScorer, private readonly chunk: SparseScorer, private readonly dict: TagDictionary) {
    this.allocate(CACHE_WORDS + TEXT_WORDS);
  }

  /** Cache slot of every token; words not kept yet are scored into per-document slots, and the repeated ones kept. */
  slotsOf(forms: readonly string[]): Int32Array {
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
        } else repeated.push(form);
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

  /** After a text that needed many per-text slots: shrink back, so one huge page does not pin memory. */
  release(): void {
    if (this.vectors.length > (CACHE_WORDS + TEXT_WORDS + 1) * STRIDE) this.allocate(CACHE_WORDS + TEXT_WORDS);
  }
}
