// Hashes of each token's own forms (lowercased word, affixes, shape, capitalisation), computed once per distinct word.
import { hashString } from '../ner/hash';
import { fixedTag, type TagDictionary } from './tag-dictionary';

/** Slots of a word's hash record. */
/** Fixed holds the tag-dictionary tag + 1, or 0 when the word must be scored. */
export const enum W { Lower, Prefix1, Suffix1, Suffix2, Suffix3, Shape, Flags, Fixed, Prefix2, Prefix3, Suffix4, Size = 12 }

/** Flag bits of W.Flags. */
export const enum Flag { Capitalised = 1, AllCaps = 2, Digit = 4, Hyphen = 8, Letter = 16 }

/** Word shape with runs of one class collapsed ("Xx", "d,d", "X.X."), which keeps unseen words' form. */
function shapeOf(word: string): string {
  let out = '';
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const ch = word[i];
    let cls: number;
    if (c >= 97 && c <= 122) cls = 120; // x
    else if (c >= 65 && c <= 90) cls = 88; // X
    else if (c >= 48 && c <= 57) cls = 100; // d
    else if (c < 128) cls = c;
    else cls = ch.toLowerCase() !== ch ? 88 : ch.toUpperCase() !== ch ? 120 : c;
    if (cls !== last) out += String.fromCharCode(cls);
    last = cls;
  }
  return out;
}

function flagsOf(word: string, lower: string): number {
  let f = 0;
  const upper = word.toUpperCase();
  if (lower !== word) f |= Flag.Capitalised * Number(word[0] !== lower[0]) | Flag.AllCaps * Number(upper === word && word.length > 1);
  if (/\d/.test(word)) f |= Flag.Digit;
  if (word.includes('-')) f |= Flag.Hyphen;
  if (upper !== lower) f |= Flag.Letter;
  return f;
}

/** Writes the hash record of one word at out[at..]. */
export function fillWordRecord(word: string, dict: TagDictionary, out: Uint32Array, at: number): void {
  const lower = word.toLowerCase();
  const n = lower.length;
  out[at + W.Lower] = hashString(lower);
  out[at + W.Prefix1] = hashString(lower, 0, 1);
  out[at + W.Suffix1] = hashString(lower, Math.max(0, n - 1));
  out[at + W.Suffix2] = hashString(lower, Math.max(0, n - 2));
  out[at + W.Suffix3] = hashString(lower, Math.max(0, n - 3));
  out[at + W.Suffix4] = hashString(lower, Math.max(0, n - 4));
  out[at + W.Prefix2] = hashString(lower, 0, 2);
  out[at + W.Prefix3] = hashString(lower, 0, 3);
  out[at + W.Shape] = hashString(shapeOf(word));
  out[at + W.Flags] = flagsOf(word, lower);
  out[at + W.Fixed] = fixedTag(dict, hashString(word)) + 1;
}

/** Distinct words of a token sequence: one hash record per word type, and each token's type. */
export interface WordTypes {
  /** Record of type t is records[t * W.Size .. t * W.Size + W.Size - 1]. */
  records: Uint32Array;
  /** Type id of each token. */
  typeOf: Int32Array;
  count: number;
}

/** Hashes each distinct form once; repeated words (most of a text) only pay a map lookup. */
export function wordTypes(forms: readonly string[], dict: TagDictionary): WordTypes {
  const typeOf = new Int32Array(forms.length);
  const ids = new Map<string, number>();
  for (let i = 0; i < forms.length; i++) {
    let id = ids.get(forms[i]);
    if (id === undefined) ids.set(forms[i], (id = ids.size));
    typeOf[i] = id;
  }
  const records = new Uint32Array(ids.size * W.Size);
  for (const [form, id] of ids) fillWordRecord(form, dict, records, id * W.Size);
  return { records, typeOf, count: ids.size };
}

/** One record per token (training reads tokens directly, without the type indirection). */
export function tokenRecords(forms: readonly string[], dict: TagDictionary): Uint32Array {
  const { records, typeOf } = wordTypes(forms, dict);
  const out = new Uint32Array(forms.length * W.Size);
  for (let i = 0; i < forms.length; i++) out.set(records.subarray(typeOf[i] * W.Size, typeOf[i] * W.Size + W.Size), i * W.Size);
  return out;
}
