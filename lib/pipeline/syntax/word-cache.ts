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
/** Slots allocated at first; the buffers double as kept and per-text words need more. */
const INITIAL_SLOTS = 512;
/** Above this many slots (kept words plus a few thousand for the text), buffers shrink back after a text. */
const RELEASE_ABOVE = CACHE_WORDS + 4096;

export class WordScoreCache {
  /** Word vectors by slot (STRIDE floats each); slot 0 is the sentence boundary ("no previous word", ...). */
  vectors = new Float32Array(0);
  /** Word hash records by slot (word-hashes.ts). */
  records = new Uint32Array(0);
  private slots = new Int32Array(0);
  /** Slots 1..kept.size hold kept words; a text's other words follow them, for that text only. */
  private readonly kept = new Map<string, number>();
  private readonly textOnly = new Map<string, number>();
  /** Text-only slots of words seen twice in the current text: kept once the text is tagged. */
  private repeated: number[] = [];
  private readonly feats = new Uint32Array(MAX_FEATURES);

  constructor(private readonly pos: SparseScorer, private readonly chunk: SparseScorer, private readonly dict: TagDictionary) {
    this.allocate(INITIAL_SLOTS);
  }

  /** Cache slot of every token of a text; words not kept are scored into slots after the kept ones. */
  slotsOf(forms: readonly string[]): Int32Array {
    if (this.slots.length < forms.length) this.slots = new Int32Array(Math.max(forms.length, this.slots.length * 2));
    const slots = this.slots, kept = this.kept, textOnly = this.textOnly, repeated = this.repeated;
    textOnly.clear();
    repeated.length = 0;
    for (let i = 0; i < forms.length; i++) {
      const form = forms[i];
      let slot = kept.get(form);
      if (slot === undefined) {
        slot = textOnly.get(form);
        if (slot === undefined) {
          textOnly.set(form, (slot = kept.size + 1 + textOnly.size));
          if ((slot + 1) * STRIDE > this.vectors.length) this.allocate(2 * slot);
          this.addWord(form, slot);
        } else if (slot > 0) {
          repeated.push(slot);
          // Mark it as listed (negative) so a third occurrence does not list it again; the slot stays the same.
          textOnly.set(form, -slot);
        } else slot = -slot;
      }
      slots[i] = slot;
    }
    return slots;
  }

  /**
   * After the text is tagged: keeps its repeated words while there is room (moving their slots down to follow the
   * kept ones), and shrinks the buffers if a huge text grew them.
   */
  finishText(): void {
    const kept = this.kept;
    if (kept.size < CACHE_WORDS && this.repeated.length) {
      const formOf = new Map<number, string>();
      for (const [form, slot] of this.textOnly) if (slot < 0) formOf.set(-slot, form);
      // Ascending source slots: each target (the next kept slot) is at or below its source, so no source is overwritten first.
      const sources = this.repeated.slice().sort((x, y) => x - y);
      for (const from of sources) {
        if (kept.size >= CACHE_WORDS) break;
        const to = kept.size + 1;
        this.vectors.copyWithin(to * STRIDE, from * STRIDE, (from + 1) * STRIDE);
        this.records.copyWithin(to * REC, from * REC, (from + 1) * REC);
        kept.set(formOf.get(from)!, to);
      }
    }
    this.textOnly.clear();
    this.repeated.length = 0;
    if (this.vectors.length > (RELEASE_ABOVE + 1) * STRIDE) this.allocate(Math.max(INITIAL_SLOTS, 2 * (kept.size + 1)));
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
    // A text-only slot is reused from text to text: clear what the previous word left there.
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
}
