// Hashes of one word's own forms (exact, lowercased, shapes, affixes), computed once per distinct word in a document.
import { hashString } from './hash';
import { longShape, shortShape } from './shape';

/** Slots of a word's hash record. */
export const enum Slot { Word, Lower, Shape, Short, Prefix1, Suffix1 = Prefix1 + 4, Size = Suffix1 + 4 }

/** Affix slots hold 0 when the word is too short for that affix (the length limit keeps "a" from being its own prefix). */
export function lexicalHashes(word: string, lower: string, out: Uint32Array, at: number): void {
  out[at + Slot.Word] = hashString(word);
  out[at + Slot.Lower] = hashString(lower);
  out[at + Slot.Shape] = hashString(longShape(word));
  out[at + Slot.Short] = hashString(shortShape(word));
  for (let len = 1; len <= 4; len++) {
    const fits = len < lower.length;
    out[at + Slot.Prefix1 + len - 1] = fits ? hashString(lower, 0, len) : 0;
    out[at + Slot.Suffix1 + len - 1] = fits ? hashString(lower, lower.length - len) : 0;
  }
}

/** Hash records for every token, sharing the work between repeated words. */
export function documentHashes(words: readonly string[], lower: readonly string[]): Uint32Array {
  const out = new Uint32Array(words.length * Slot.Size);
  const seen = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    const at = i * Slot.Size;
    const first = seen.get(words[i]);
    if (first === undefined) {
      seen.set(words[i], at);
      lexicalHashes(words[i], lower[i], out, at);
    } else out.copyWithin(at, first, first + Slot.Size);
  }
  return out;
}
