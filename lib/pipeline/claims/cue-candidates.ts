// Which words are worth asking the cue classifier about: lexicon words that head a cue often enough to matter.
/** Minimum share of a word's occurrences that head a cue in train; rarer cue words cost more precision than they add. */
const MIN_CUE_SHARE = 0.03;

export function isCueCandidate(word: string, lexicon: ReadonlyMap<string, readonly [number, number]> | Record<string, readonly [number, number]>): boolean {
  const entry = lexicon instanceof Map ? lexicon.get(word) : (lexicon as Record<string, readonly [number, number]>)[word];
  if (!entry) return false;
  return entry[0] / entry[1] >= MIN_CUE_SHARE;
}
