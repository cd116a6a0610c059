// Lists of known names by class (entity types mined from training data, or lexicon word classes), matched over the
// hashes of lowercased tokens. At most 8 classes, so a token's matches fit one 32-bit mask.
import { hashString, mix2 } from './hash';

export interface GazetteerEntry {
  /** Lowercased tokens of the name. */
  words: string[];
  /** Bit t set = a known name of class t (entity types in ENTITY_TYPES order, or lexicon classes). */
  mask: number;
}

/** Match positions inside a name, for the per-token bit mask: bit class * 4 + position. */
const BEGIN = 0, INSIDE = 1, END = 2, SINGLE = 3;
const PHRASE_SEED = 0x2545f491;

/** Hash of a phrase extended by one more word hash; a name's hash is this chained over its words. */
const extend = (phrase: number, word: number) => mix2(PHRASE_SEED, phrase, word);
/** Map/Set key of a phrase hash: 30 bits, so V8 keeps it a small integer instead of boxing it. */
const keyOf = (phrase: number) => phrase >>> 2;

export class Gazetteer {
  /** Phrase hash -> class mask, for whole names. */
  private readonly names = new Map<number, number>();
  /** Hashes of every proper prefix of a name, so matching stops as soon as no name can continue. */
  private readonly prefixes = new Set<number>();
  private readonly entryOf = new Map<number, GazetteerEntry>();
  readonly entries: GazetteerEntry[] = [];

  add(words: string[], mask: number): void {
    if (!words.length || !mask) return;
    let h = 0;
    for (let i = 0; i < words.length; i++) {
      if (i > 0) this.prefixes.add(keyOf(h));
      h = extend(h, hashString(words[i]));
    }
    const key = keyOf(h);
    const merged = (this.names.get(key) ?? 0) | mask;
    this.names.set(key, merged);
    let entry = this.entryOf.get(key);
    if (!entry) {
      this.entryOf.set(key, (entry = { words, mask: 0 }));
      this.entries.push(entry);
    }
    entry.mask = merged;
  }

  /**
   * For each token in [from, to), a bit mask of the names covering it: class * 4 + (begin/inside/end/single).
   * lowerHashes[i] is hashString of token i lowercased. Every match counts, not only the longest, so
   * "New York" inside "New York Stock Exchange" still shows as a place.
   */
  match(lowerHashes: ArrayLike<number>, from: number, to: number, out: Int32Array): void {
    for (let i = from; i < to; i++) out[i] = 0;
    for (let i = from; i < to; i++) {
      let h = 0;
      for (let j = i; j < to; j++) {
        h = extend(h, lowerHashes[j]);
        const mask = this.names.get(keyOf(h));
        if (mask) markSpan(out, i, j + 1, mask);
        if (!this.prefixes.has(keyOf(h))) break;
      }
    }
  }
}

function markSpan(out: Int32Array, start: number, end: number, mask: number): void {
  for (let t = 0; t < 8; t++) {
    if (!(mask & (1 << t))) continue;
    if (end - start === 1) { out[start] |= 1 << (t * 4 + SINGLE); continue; }
    out[start] |= 1 << (t * 4 + BEGIN);
    for (let k = start + 1; k < end - 1; k++) out[k] |= 1 << (t * 4 + INSIDE);
    out[end - 1] |= 1 << (t * 4 + END);
  }
}

/** One line per name: hex mask, a space, the lowercased name (tokens joined by single spaces). */
export function serialiseGazetteer(g: Gazetteer): string {
  return g.entries.map((e) => `${e.mask.toString(16)} ${e.words.join(' ')}`).join('\n');
}

export function parseGazetteer(text: string): Gazetteer {
  const g = new Gazetteer();
  for (const line of text.split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0) g.add(line.slice(space + 1).split(' '), parseInt(line.slice(0, space), 16));
  }
  return g;
}

/** hashString of each lowercased token, the input Gazetteer.match expects. */
export const lowerHashesOf = (lower: readonly string[]) => Uint32Array.from(lower, (w) => hashString(w));
