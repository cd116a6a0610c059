// Frequent words that the training corpus always tags alike ("the" DT, "of" IN, "," ,): the tagger gives them that
// tag without scoring, which is faster and as accurate. Keyed by the hash of the exact Penn form ("US" vs "us").

export interface TagDictionary {
  /** Sorted hashString values of the forms. */
  hashes: Uint32Array;
  /** POS tag id of each form. */
  tags: Uint8Array;
}

export const EMPTY_DICTIONARY: TagDictionary = { hashes: new Uint32Array(0), tags: new Uint8Array(0) };

/** The form's fixed tag, or -1 when the word must be scored. */
export function fixedTag(dict: TagDictionary, formHash: number): number {
  const h = dict.hashes;
  let lo = 0, hi = h.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (h[mid] < formHash) lo = mid + 1;
    else hi = mid;
  }
  return lo < h.length && h[lo] === formHash ? dict.tags[lo] : -1;
}
