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

/** Anything that can say which names end at a phrase and whether a longer name may continue it. */
export interface NameMatcher {
  /** Class mask of the name whose phrase key is `key`, 0 if none. */
  maskOf(key: number): number;
  isPrefix(key: number): boolean;
}

/** Hashed, serialisable form of a gazetteer: what the model file stores (no words, just phrase keys). */
export interface GazetteerData {
  nameKeys: Uint32Array;
  nameMasks: Uint32Array;
  prefixKeys: Uint32Array;
}

/** Builder used in training: keeps the words of every name (for inspection) besides the hashed lookups. */
export class Gazetteer implements NameMatcher {
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

  maskOf(key: number): number {
    return this.names.get(key) ?? 0;
  }

  isPrefix(key: number): boolean {
    return this.prefixes.has(key);
  }

  toData(): GazetteerData {
    return {
      nameKeys: Uint32Array.from(this.names.keys()),
      nameMasks: Uint32Array.from(this.names.values()),
      prefixKeys: Uint32Array.from(this.prefixes),
    };
  }
}

/** The shipped lookup: open-addressing tables over typed arrays, built in a few milliseconds from GazetteerData. */
export class GazetteerTable implements NameMatcher {
  private readonly nameSlots: Int32Array;
  private readonly masks: Uint32Array;
  private readonly prefixSlots: Int32Array;

  constructor(data: GazetteerData) {
    this.nameSlots = slotsFor(data.nameKeys.length);
    this.masks = new Uint32Array(this.nameSlots.length);
    data.nameKeys.forEach((key, i) => { this.masks[insert(this.nameSlots, key)] = data.nameMasks[i]; });
    this.prefixSlots = slotsFor(data.prefixKeys.length);
    for (const key of data.prefixKeys) insert(this.prefixSlots, key);
  }

  maskOf(key: number): number {
    const s = find(this.nameSlots, key);
    return s < 0 ? 0 : this.masks[s];
  }

  isPrefix(key: number): boolean {
    return find(this.prefixSlots, key) >= 0;
  }
}

/** Keys are 30-bit hashes, already uniform, so the slot is the key's low bits; -1 marks an empty slot. */
function slotsFor(count: number): Int32Array {
  let size = 8;
  while (size < count * 2) size *= 2;
  return new Int32Array(size).fill(-1);
}

function insert(slots: Int32Array, key: number): number {
  const mask = slots.length - 1;
  let s = key & mask;
  while (slots[s] !== -1 && slots[s] !== key) s = (s + 1) & mask;
  slots[s] = key;
  return s;
}

function find(slots: Int32Array, key: number): number {
  const mask = slots.length - 1;
  for (let s = key & mask; ; s = (s + 1) & mask) {
    const k = slots[s];
    if (k === key) return s;
    if (k === -1) return -1;
  }
}

/**
 * For each token in [from, to), a bit mask of the names covering it: class * 4 + (begin/inside/end/single).
 * lowerHashes[i] is hashString of token i lowercased. Every match counts, not only the longest, so
 * "New York" inside "New York Stock Exchange" still shows as a place.
 */
export function matchNames(names: NameMatcher, lowerHashes: ArrayLike<number>, from: number, to: number, out: Int32Array): void {
  for (let i = from; i < to; i++) out[i] = 0;
  for (let i = from; i < to; i++) {
    let h = 0;
    for (let j = i; j < to; j++) {
      h = extend(h, lowerHashes[j]);
      const mask = names.maskOf(keyOf(h));
      if (mask) markSpan(out, i, j + 1, mask);
      if (!names.isPrefix(keyOf(h))) break;
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

/** hashString of each lowercased token, the input Gazetteer.match expects. */
export const lowerHashesOf = (lower: readonly string[]) => Uint32Array.from(lower, (w) => hashString(w));
