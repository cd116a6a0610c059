// Finds reporting cues: lexicon words the trained classifier accepts, widened to their auxiliaries and particles.
import type { Token } from '../document';
import { isFiniteVerb, isNoun, isProperNoun, isVerb, type SyntaxTags } from '../syntax';
import { CUE_LEXICON } from '../knowledge/cues-lexicon';
import { CUE_MODEL } from '../knowledge/cues-model';
import { HashedWeights, ScoreSink } from './hashed-weights';
import { cueFeatures } from './cue-features';
import { isCueCandidate } from './cue-candidates';
import { PARTICLE_STANCE_CUES, STANCE_CUE_FOLLOWERS, STANCE_CUE_PREFIXES, STANCE_CUE_WORDS } from '../knowledge/stance-cues';
import { AUX_AND_ADVERBS, PERSON_NOUNS, PRONOUNS, isAuxAt, isWordToken } from './words';
import { isDiscourseIdiom } from './idioms';
import { stanceNounAfter } from './received-stance';
import { reducedPassive } from './passive-agent';
import { decodeSentenceModel, type SentenceModel } from './cue-sentence';
import { SentenceCueScorer } from './cue-sentence-scorer';
import type { WordVectors } from './word-vectors';
import { CUE_SENTENCE_MODEL, CUE_SENTENCE_THRESHOLD } from '../knowledge/cue-sentence-model';

export interface Cue {
  /** The cue's head word ("said", "according"). */
  head: number;
  /** Token range [first, last] of the whole cue phrase ("has made it clear", "according to"). */
  first: number;
  last: number;
  /** The cue classifier's score; absent for stance predicates, which the classifier does not judge. */
  score?: number;
}

// Words that complete a cue phrase after its head: "according to", "pointed out", "made it clear", "called for".
const FOLLOWERS: Record<string, readonly string[][]> = {
  according: [['to']],
  referring: [['to']],
  pointed: [['out'], ['to']],
  pointing: [['out'], ['to']],
  made: [['it', 'clear'], ['clear']],
  make: [['it', 'clear'], ['clear']],
  making: [['it', 'clear'], ['clear']],
  // "called out his rival for …": the particle belongs to the cue, as in "rule out".
  called: [['for'], ['on'], ['out']],
  calls: [['for'], ['on'], ['out']],
  calling: [['for'], ['on'], ['out']],
  call: [['for'], ['on'], ['out']],
  // "did not rule out further talks": the particle belongs to the cue, not to the content.
  rule: [['out']],
  rules: [['out']],
  ruled: [['out']],
  ruling: [['out']],
};

/**
 * Score a candidate must exceed without word vectors; below zero favours recall, since nested claims are pruned later
 * (03-claims). With them, the sentence model's threshold applies (written by its trainer).
 */
export const CUE_THRESHOLD = -9;

/** Lexicon words worth asking the classifier about, as one set: the finder checks every token against it. */
const CANDIDATE_WORDS: ReadonlySet<string> = new Set(Object.keys(CUE_LEXICON).filter((w) => isCueCandidate(w, CUE_LEXICON)));

/** Whether the classifier is asked about token i (lower-cased `w`): a frequent cue word, or any verb but an auxiliary. */
export function isCandidate(w: string, i: number, tags?: SyntaxTags): boolean {
  return CANDIDATE_WORDS.has(w) || (!!tags && isVerb(tags.pos[i]) && !AUX_AND_ADVERBS.has(w));
}

/** The cue model, decoded on first use. */
let scorer: ScoreSink | null = null;
/** The sentence model over it (cue-sentence.ts), decoded on first use; null when none was trained. */
let sentenceModel: SentenceModel | null | undefined;
let sentence: { vectors: WordVectors; scorer: SentenceCueScorer } | undefined;

/**
 * Trainers only: score with other weights (models that did not see the article, scripts/cue-folds.ts); null
 * restores the shipped ones.
 */
export function useCueModel(weights: HashedWeights | null, sentenceWeights?: SentenceModel | null): void {
  scorer = weights ? new ScoreSink(weights) : null;
  sentenceModel = weights ? (sentenceWeights ?? null) : undefined;
  sentence = undefined;
}

/** The sentence scorer for these vectors, or null when there is no sentence model. */
function sentenceScorerFor(vectors: WordVectors): SentenceCueScorer | null {
  if (sentenceModel === undefined) sentenceModel = CUE_SENTENCE_MODEL ? decodeSentenceModel(CUE_SENTENCE_MODEL) : null;
  if (!sentenceModel) return null;
  if (sentence?.vectors !== vectors) sentence = { vectors, scorer: new SentenceCueScorer(sentenceModel, vectors) };
  return sentence.scorer;
}

export function cueScore(tokens: readonly Token[], i: number, inQuote: (i: number) => boolean, tags?: SyntaxTags, ents?: Uint8Array): number {
  scorer ??= new ScoreSink(HashedWeights.decode(CUE_MODEL));
  cueFeatures(scorer.reset(), tokens, i, inQuote, tags, ents);
  return scorer.sum;
}

/**
 * `ents` gives the kind of name each token lies in (entity-kinds.ts): "Press" in "the Associated Press" is no stance
 * predicate, and a cue's subject being a person or an organisation is evidence for it.
 */
export function findCues(tokens: readonly Token[], inQuote: (i: number) => boolean, ents?: Uint8Array, tags?: SyntaxTags, vectors?: WordVectors): Cue[] {
  const cues: Cue[] = [];
  // With word vectors and parts of speech, the sentence model rereads each score on its own scale and threshold.
  const reread = vectors && tags ? sentenceScorerFor(vectors) : null;
  const threshold = reread ? CUE_SENTENCE_THRESHOLD : CUE_THRESHOLD;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].text.toLowerCase();
    // "backed away from the deal", "was backing down": the particle turns the word into a retreat, no stance or speech.
    if (w.startsWith('back') && RETREAT_PARTICLES.has(tokens[i + 1]?.text.toLowerCase())) continue;
    // "drew sharp criticism from": a stance received, listed by hand like the stance predicates (received-stance.ts).
    const stanceWord = STANCE_CUE_WORDS.has(w) || (PARTICLE_STANCE_CUES[w] !== undefined && PARTICLE_STANCE_CUES[w] === tokens[i + 1]?.text.toLowerCase());
    if ((stanceWord && !inQuote(i) && !ents?.[i] && isStancePredicate(tokens, i, tags)) || (stanceNounAfter(tokens, i, w) >= 0 && !inQuote(i))) {
      const cue = widen(tokens, i);
      // "remain hesitant": the stance word absorbs a cue the classifier found inside its phrase.
      while (cues.length && cues[cues.length - 1].head >= cue.first) cues.pop();
      cues.push(cue);
      continue;
    }
    if (inQuote(i) || !isCandidate(w, i, tags) || isDiscourseIdiom(tokens, i)) continue;
    // "Opposition leader Kemi Badenoch": a noun in the title before a name is no cue.
    // (A title-case headline, "Obama Seeks More Muslim Refugees", has no lowercase noun in the title.)
    // So is one before a capitalised title word: "Opposition Leader Bill Shorten".
    if (tags && isNoun(tags.pos[i]) && tokens[i + 2]?.sentence === tokens[i].sentence && isNoun(tags.pos[i + 1]) && (/^\p{Ll}/u.test(tokens[i + 1].text) || PERSON_NOUNS.has(tokens[i + 1].text.toLowerCase())) && isProperNoun(tags.pos[i + 2])) continue;
    // "Shares of the company fell": a noun opening the sentence with "of" after it heads the subject.
    if (tags && isNoun(tags.pos[i]) && (i === 0 || tokens[i - 1].sentence !== tokens[i].sentence) && tokens[i + 1]?.text.toLowerCase() === 'of') continue;
    // "Boeing shares fell": a noun straight before a tensed verb is that verb's subject, not a cue.
    if (tags && isNoun(tags.pos[i]) && tokens[i + 1]?.sentence === tokens[i].sentence && isFiniteVerb(tags.pos[i + 1])) continue;
    // "As the report states: …", "the memo notes that": the same before a cue word that opens its content, even
    // where the tagger took the verb for a plural noun.
    if (tags && isNoun(tags.pos[i]) && Object.hasOwn(CUE_LEXICON, tokens[i + 1]?.text.toLowerCase() ?? '') && /^(?::|that)$/i.test(tokens[i + 2]?.text ?? '')) continue;
    const perceptron = cueScore(tokens, i, inQuote, tags, ents);
    const score = reread ? reread.score(tokens, i, perceptron, tags!, inQuote) : perceptron;
    if (score <= threshold) continue;
    cues.push({ ...widen(tokens, i), score });
  }
  return cues;
}

const RETREAT_PARTICLES: ReadonlySet<string | undefined> = new Set(['away', 'down', 'off']);
/** Verb particles that stay with a cue ("laid out", "spoke up", "doubled down", "fired back"). */
const PARTICLES: ReadonlySet<string | undefined> = new Set(['out', 'up', 'down', 'off', 'back']);

// Words that open a noun phrase: "the attack", "its push for" ("many criticized" has its subject instead).
const ARTICLES_AND_POSSESSIVES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
// Words ending in -s that are not plural nouns ("its push for" is a noun phrase, not a stance).
const NOT_PLURAL_NOUNS = new Set(['its', 'his', 'this', 'was', 'is', 'has', 'does', 'as', 'us', 'yes', 'thus', 'plus', 'unless', 'always', 'perhaps']);

/**
 * A stance word counts as a cue only in a predicate position: right after its subject, a continuation verb or
 * an adverb ("Moscow remains staunchly opposed to"), or as a participle after a comma (", viewing it as").
 */
function isStancePredicate(tokens: readonly Token[], i: number, tags?: SyntaxTags): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== tokens[i].sentence) return false;
  // "White House press secretary", "The attack raised fears": a noun is no predicate.
  if (tags && isNoun(tags.pos[i])) return false;
  const p = prev.text.toLowerCase();
  if (ARTICLES_AND_POSSESSIVES.has(p)) return false;
  // "a plan endorsed by the governors", "Assad, opposed by the United States,": the agent takes the side.
  if (reducedPassive(tokens, i, 0, tokens.length, tags)) return true;
  if (p === ',') return /ing$/.test(tokens[i].text);
  // A second predicate of the same subject: "X has led the criticism and branded the route ...".
  if (p === 'and') return !/ing$/.test(tokens[i].text) && /(?:ed|s)$/.test(tokens[i].text.toLowerCase());
  if (STANCE_CUE_PREFIXES.has(p) || AUX_AND_ADVERBS.has(p) || /ly$/.test(p)) return true;
  // Directly after a name, a pronoun or a plural noun: "Tehran presses for", "officials oppose", "with Blinken calling".
  if (!isWordToken(prev.text)) return false;
  if (/^\p{Lu}/u.test(prev.text) || PRONOUNS.has(p)) return true;
  return /[^s]s$/.test(p) && !NOT_PLURAL_NOUNS.has(p) && !/ing$/.test(tokens[i].text);
}

function widen(tokens: readonly Token[], head: number): Cue {
  const s = tokens[head].sentence;
  let first = head;
  const prefix = (k: number, w: string): boolean => isAuxAt(tokens, k) || (STANCE_CUE_WORDS.has(tokens[head].text.toLowerCase()) && (STANCE_CUE_PREFIXES.has(w) || /^\p{L}+ly$/u.test(w)));
  while (first - 1 >= 0 && tokens[first - 1].sentence === s && prefix(first - 1, tokens[first - 1].text.toLowerCase()) && head - first < 4) first--;
  let last = head;
  const follower = STANCE_CUE_FOLLOWERS[tokens[head].text.toLowerCase()];
  if (follower && tokens[head + 1]?.sentence === s && tokens[head + 1].text.toLowerCase() === follower) last = head + 1;
  // "laid out his vision", "spoke up for", "talked up her plan": the particle belongs to the verb, not to what was said.
  // Before a word, or before the colon or comma that opens what was said ("points out: …", "fired back, saying …").
  if (last === head && PARTICLES.has(tokens[head + 1]?.text.toLowerCase()) && tokens[head + 2]?.sentence === s && (isWordToken(tokens[head + 2].text) || /^[:,]$/.test(tokens[head + 2].text)) && /^\p{Ll}/u.test(tokens[head].text)) last = head + 1;
  for (const seq of FOLLOWERS[tokens[head].text.toLowerCase()] ?? []) {
    if (seq.every((w, k) => tokens[head + 1 + k]?.sentence === s && tokens[head + 1 + k].text.toLowerCase() === w)) {
      last = head + seq.length;
      break;
    }
  }
  return { head, first, last };
}
