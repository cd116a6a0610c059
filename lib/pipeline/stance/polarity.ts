// Polarity of a claim from its cue and content words: hand and derived stance weights, negation flips, cue words count double.
import { DERIVED_STANCE_WEIGHTS } from '../knowledge/stance-lexicon';
import { AGAINST, EVALUATIVE_WORDS, HAND_STANCE_WEIGHTS, NEGATORS, NEUTRAL_REPORTING, REVERSERS, STANCE_BIGRAMS } from '../knowledge/stance-words';
import type { Polarity } from '../../model';

/** How much less a derived (corpus) weight counts than a hand-made one: they are noisier. */
const DERIVED_SCALE = 0.4;
/** Below this absolute score the claim is neutral. */
const MIN_SCORE = 0.5;
/** A negator reaches this many words ahead ("did not immediately rule out"). */
const NEGATION_REACH = 3;
const CUE_FACTOR = 2;
const LATER_CLAUSE_FACTOR = 0.5;

/** Stance weight of one lowercase word: reversers, then hand weights, then scaled corpus weights. */
export function wordWeight(word: string): number {
  const reverser = REVERSERS.get(word);
  if (reverser !== undefined) return reverser;
  const hand = HAND_STANCE_WEIGHTS.get(word);
  if (hand !== undefined) return hand;
  const derived = Object.hasOwn(DERIVED_STANCE_WEIGHTS, word) ? DERIVED_STANCE_WEIGHTS[word] : 0;
  return derived * DERIVED_SCALE;
}

/** A word's weight when reading a claim's polarity: the stance weights, then the evaluative words (stance-words.ts). */
function claimWordWeight(word: string): number {
  return wordWeight(word) || (EVALUATIVE_WORDS.get(word) ?? 0);
}

/** Scores lowercase words (commas and semicolons may be included as clause marks); `cueWords` is how many of the leading words are the cue (their weight counts double). */
export function stanceScore(words: readonly string[], cueWords: number): number {
  let score = 0;
  let negatedUntil = -1;
  // The content's first clause carries the stance; words after a clause break (", alongside ...") count less.
  let clauseFactor = 1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === ',' || w === ';') {
      if (i >= cueWords) clauseFactor = LATER_CLAUSE_FACTOR;
      continue;
    }
    if (w === AGAINST) {
      let next = 0;
      for (let k = i + 1; k < Math.min(words.length, i + 1 + NEGATION_REACH) && !next; k++) next = claimWordWeight(words[k]);
      if (next < 0) negatedUntil = i + NEGATION_REACH;
      else score -= 1;
      continue;
    }
    if (NEGATORS.has(w) || w.endsWith("n't") || w.endsWith('n’t')) {
      negatedUntil = i + NEGATION_REACH;
      continue;
    }
    let weight = 0;
    const bigram = i + 1 < words.length ? STANCE_BIGRAMS.get(`${w} ${words[i + 1]}`) : undefined;
    if (bigram !== undefined) {
      weight = bigram;
      i++;
    } else weight = i < cueWords && NEUTRAL_REPORTING.has(w) ? 0 : claimWordWeight(w);
    if (!weight) continue;
    // "rejected a bill backed by the president": the participle is the agent's stance toward the bill, not the speaker's.
    if (i >= cueWords && words[i + 1] === 'by' && /(?:ed|en)$/.test(w)) continue;
    if (i <= negatedUntil) {
      weight = -weight;
      negatedUntil = -1;
    }
    score += i < cueWords ? weight * CUE_FACTOR : weight * clauseFactor;
  }
  return score;
}

export function polarityOf(score: number): Polarity {
  if (score >= MIN_SCORE) return 'support';
  if (score <= -MIN_SCORE) return 'oppose';
  return 'neutral';
}
