// Per-document facts about each token (headline sentence, how the same word is written elsewhere in the document).
import { hasLower, hasUpper, isAllCaps, isCapitalised, isLowerWord } from './shape';

export interface NerInput {
  words: readonly string[];
  /** Sentence boundaries: sentence s covers words [sentenceStarts[s], sentenceStarts[s + 1]). */
  sentenceStarts: readonly number[];
}

export interface DocContext {
  lower: string[];
  /** 1 where the token's sentence is written in capitals (a headline or dateline). */
  inHeadline: Uint8Array;
  /** 1 where the token is the first of its sentence. */
  sentenceInitial: Uint8Array;
  /** 1 where a capitalised token also appears in lower case mid-sentence in the document ("The" vs "the"). */
  seenLower: Uint8Array;
  /** 1 where a token whose case tells little (sentence start, headline) appears capitalised mid-sentence elsewhere. */
  seenTitleMid: Uint8Array;
  /** 1 where a capitalised word appears in capitals in the document's ordinary sentences too (an acronym like "NATO"). */
  seenCapsMid: Uint8Array;
}

/** A sentence is a headline when most of its words are in capitals (CoNLL titles, datelines, shouted headings). */
function headlineSentence(words: readonly string[], from: number, to: number): boolean {
  let letters = 0, caps = 0;
  for (let i = from; i < to; i++) {
    const w = words[i];
    if (!hasUpper(w) && !hasLower(w)) continue; // no letters (numbers, punctuation)
    letters++;
    if (isAllCaps(w)) caps++;
  }
  return letters > 0 && caps / letters >= 0.8 && (caps > 1 || letters === caps);
}

export function buildDocContext(input: NerInput): DocContext {
  const { words, sentenceStarts } = input;
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const inHeadline = new Uint8Array(n);
  const sentenceInitial = new Uint8Array(n);
  const lowerMid = new Set<string>();
  const titleMid = new Set<string>();
  const capsMid = new Set<string>();
  for (let s = 0; s + 1 < sentenceStarts.length; s++) {
    const from = sentenceStarts[s], to = sentenceStarts[s + 1];
    if (from < to) sentenceInitial[from] = 1;
    const headline = headlineSentence(words, from, to);
    for (let i = from; i < to; i++) {
      if (headline) { inHeadline[i] = 1; continue; }
      if (i === from) continue;
      const w = words[i];
      if (isLowerWord(w)) lowerMid.add(lower[i]);
      else if (isAllCaps(w) && w.length > 1) capsMid.add(lower[i]);
      else if (isCapitalised(w)) titleMid.add(lower[i]);
    }
  }
  const seenLower = new Uint8Array(n);
  const seenTitleMid = new Uint8Array(n);
  const seenCapsMid = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!isCapitalised(words[i])) continue;
    const l = lower[i];
    if (lowerMid.has(l)) seenLower[i] = 1;
    if ((inHeadline[i] || sentenceInitial[i]) && titleMid.has(l)) seenTitleMid[i] = 1;
    if (capsMid.has(l)) seenCapsMid[i] = 1;
  }
  return { lower, inHeadline, sentenceInitial, seenLower, seenTitleMid, seenCapsMid };
}
