// Finds the source noun phrase of a cue from tokens alone: the subject before it, "said X" inversions, appositions, "who".
import type { Token } from '../document';
import { CLAUSE_BOUNDARIES, DETERMINERS, PRONOUNS, isAuxAt, isQuoteMark, isWordToken, quotedTitleEnd } from './words';
import { skipTimePhrase } from './time-phrases';

export interface TokenRange {
  first: number;
  last: number;
}

// "Meanwhile, ..." and "However, ..." open a sentence without being part of its subject.
const CONNECTIVE_WORDS = 'meanwhile|however|moreover|still|instead|furthermore|indeed|separately|also|but|yet|then|later|now|anyway|anyhow|nonetheless|nevertheless|besides|therefore|thus|otherwise|likewise|overall';
/** Connectives that open a sentence and name nobody ("Anyway, amending the bill …", "Meanwhile, officials said"). */
export const CONNECTIVE_ADVERB = new RegExp(`^(?:${CONNECTIVE_WORDS})$`, 'iu');
const SENTENCE_ADVERB = new RegExp(`^(?:${CONNECTIVE_WORDS}|\\p{L}+ly)$`, 'iu');
/** Longest source phrase considered; a longer run of words is a clause, not a name. */
const MAX_SOURCE_TOKENS = 9;
// Words a subject phrase may contain besides nouns and adjectives ("Joel Pollak of Breitbart", "Secretary-General").
const INNER = new Set(['of', 'for', 'at', 'from', "'s", '’s', '-', '&', '.', 'the', 'and']);
// Adverbs between a subject and its verb ("which together vowed", "Trump falsely claimed"); kept apart from
// AUX_AND_ADVERBS, which the cue classifier's features read.
const MANNER_ADVERBS = new Set(
  ('together jointly unanimously collectively independently openly strongly firmly flatly sharply bluntly vocally ' +
    'falsely initially eventually ultimately increasingly sometimes usually generally normally steadfastly directly').split(' '),
);
/** Words whose preposition stays in a source description: "familiar with the talks", "close to the president", "briefed on". */
export const DESCRIBING_PREPOSITION: Readonly<Record<string, string>> = { familiar: 'with', close: 'to', briefed: 'on', involved: 'in' };
/**
 * A token lower-cased for the word lists, except "WHO" in capitals: the World Health Organization ("The WHO said",
 * "WHO Director-General Tedros"), not the relative pronoun.
 */
const wordKey = (t: string): string => (t === 'WHO' ? t : t.toLowerCase());
const NOT_SUBJECT = new Set(['to', 'in', 'on', 'with', 'by', 'about', 'than', 'into', 'over', 'under', 'said', 'says', 'told', 'while', 'after']);

/**
 * The subject phrase ending just before token `end` (exclusive), within sentence bounds `min`.
 * Follows "X, who said" back to X and "X, the Y spokesman, said" over the apposition.
 */
export function sourceBefore(tokens: readonly Token[], end: number, min: number): TokenRange | null {
  let k = end - 1;
  while (k >= min && (isAuxAt(tokens, k) || MANNER_ADVERBS.has(tokens[k].text.toLowerCase()))) k--;
  k = skipTimePhrase(tokens, k, min);
  while (k >= min && isAuxAt(tokens, k)) k--;
  k = skipParenthesis(tokens, k, min);
  if (k < min) return null;
  if (endsWithAbbreviation(tokens, k, min)) return nameEndingAt(tokens, k, min);
  const w = wordKey(tokens[k].text);
  if (w === 'who' || w === 'which') {
    // "Trump, who has promised ...": the speaker is the phrase before the comma.
    // The span runs from the name through "who", so it is right whether one reads the name or the relative pronoun.
    // Set off by a comma, a dash or a bracket: "Graham—who had endorsed", "David Duke (who endorses …".
    // "Sen. Claire McCaskill (D-Mo.), who", "Donald Trump Jr., who": past the bracket, the full stop in the name.
    const before = skipParenthesis(tokens, /^[,—–(]$/.test(tokens[k - 1]?.text ?? '') ? k - 2 : k - 1, min);
    let name = before >= min ? nameEndingAt(tokens, before, min) : null;
    // "those who said …": the pronoun is all there is of the name.
    if (!name && before >= min && RELATIVE_HEADS.has(tokens[before].text.toLowerCase())) name = { first: before, last: before };
    // "Senator James Lankford, an Oklahoma Republican who warned": the description stands for the name before it.
    const earlier = name && name.first - 2 >= min && tokens[name.first - 1].text === ',' && DETERMINERS.has(tokens[name.first].text.toLowerCase()) ? nounPhraseEndingAt(tokens, name.first - 2, min) : null;
    if (name && earlier && !objectOfPreposition(tokens, earlier, min)) name = { first: earlier.first, last: name.last };
    return name ? { first: name.first, last: k } : { first: k, last: k };
  }
  // "the standards that prohibit …", "nations that oppose …": a relative "that" right before the cue stands for the phrase before it.
  if (w === 'that' && k - 1 >= min && isWordToken(tokens[k - 1].text)) {
    const name = nounPhraseEndingAt(tokens, k - 1, min);
    if (name) return { first: name.first, last: k };
  }
  if (tokens[k].text === '—' || tokens[k].text === '–') {
    // "Jason Sims — a teacher from Ohio — says": a dashed apposition; the speaker is the name before it.
    let j = k - 1;
    while (j >= min && k - j <= 18 && tokens[j].text !== '—' && tokens[j].text !== '–') j--;
    const name = j > min ? nounPhraseEndingAt(tokens, j - 1, min) : null;
    return name ? { first: name.first, last: k - 1 } : null;
  }
  if (tokens[k].text === ',') {
    // Apposition or aside: "Jean-Pierre, the White House spokeswoman, said" / "Trump, speaking in Ohio, said" -> name plus aside.
    let j = k - 1;
    while (j >= min && k - j <= 18 && tokens[j].text !== ',' && !isQuoteMark(tokens[j].text)) j--;
    // No earlier comma: "Leavenworth, after being convicted ..., thanked" -> the phrase opening the sentence.
    if (j < min && k - min <= 30) return sourceAfter(tokens, min, k);
    if (j < min || tokens[j].text !== ',' || j === k - 1) return null;
    let name = nameEndingAt(tokens, skipParenthesis(tokens, j - 1, min), min);
    // "Democrats, meanwhile, praised": an adverb set off by commas is no part of the subject.
    if (name && j + 2 === k && SENTENCE_ADVERB.test(tokens[j + 1].text)) return name;
    // A second aside before the first ("Abu Amjed, the head of the council, which ..., said"): reach the name.
    for (let level = 0; name && level < 2 && name.first - 2 >= min && tokens[name.first - 1].text === ','; level++) {
      const earlier = nounPhraseEndingAt(tokens, name.first - 2, min);
      if (!earlier || (earlier.first === earlier.last && SENTENCE_ADVERB.test(tokens[earlier.first].text)) || objectOfPreposition(tokens, earlier, min)) break;
      name = { first: earlier.first, last: name.last };
    }
    return name ? { first: name.first, last: k - 1 } : null;
  }
  return nounPhraseEndingAt(tokens, k, min);
}

/** Pronouns a relative clause hangs on ("those who said", "anyone who believes"). */
const RELATIVE_HEADS = new Set(['those', 'anyone', 'everyone', 'someone', 'anybody', 'everybody', 'somebody', 'all']);

const PREPOSITIONS = new Set(['in', 'on', 'at', 'of', 'to', 'by', 'for', 'from', 'with', 'about', 'after', 'before', 'during', 'into', 'over', 'under', 'against', 'through', 'near']);

/**
 * Whether a phrase is the object of a preposition ("… attacked by troops in Tuesday night's coup, the source, who …"):
 * it ends the clause before an aside and is never the name that aside describes.
 */
function objectOfPreposition(tokens: readonly Token[], r: TokenRange, min: number): boolean {
  return r.first - 1 >= min && PREPOSITIONS.has(tokens[r.first - 1].text.toLowerCase());
}

const OPENING_PREPOSITIONS = new Set(['in', 'at', 'on', 'after', 'before', 'during', 'while', 'when', 'as', 'with', 'for', 'despite', 'since', 'asked', 'unlike', 'like', 'under', 'from', 'following', 'speaking', 'in', 'by']);

/**
 * The main subject of the sentence starting at `s0`, for a participle or a second predicate that shares it
 * (", calling it ..."). Steps over a dateline ("WASHINGTON —"), an opening adverb ("Instead,") and an opening
 * participle or prepositional phrase ("Speaking in Ohio, Trump ...") before reading the subject.
 */
export function sentenceSubject(tokens: readonly Token[], s0: number, max: number, nounPhrase?: NounPhraseReader): TokenRange | null {
  let k = afterDateline(tokens, s0, max);
  if (k < max) {
    const first = tokens[k].text;
    const low = first.toLowerCase();
    if (SENTENCE_ADVERB.test(first) || OPENING_PREPOSITIONS.has(low) || /ing$/.test(low)) {
      let comma = k + 1;
      while (comma < max && comma - k <= 20 && tokens[comma].text !== ',') comma++;
      if (comma < max && tokens[comma].text === ',') k = comma + 1;
      // "As Breitbart's Joel Pollak reported:" -> the subject follows "as".
      else if (low === 'as') k++;
    }
  }
  if (k >= max) return null;
  return nounPhrase ? nounPhrase(k, max) : sourceAfter(tokens, k, max);
}

/**
 * The first token after a dateline opening a sentence ("WASHINGTON (AP) —", "BRUSSELS (Reuters) -", "LOS ANGELES —"):
 * words in capitals, perhaps an agency in brackets, then a dash. `s0` itself when there is none.
 */
export function afterDateline(tokens: readonly Token[], s0: number, max: number): number {
  if (s0 >= max || !/^\p{Lu}{3,}$/u.test(tokens[s0].text)) return s0;
  let depth = 0;
  // "KYIV, Ukraine —", "AUSTIN, Texas —": after a comma, a capitalised region or country may follow the city.
  let region = false;
  for (let j = s0 + 1; j < Math.min(max, s0 + 10); j++) {
    const t = tokens[j].text;
    if (t === '(') depth++;
    else if (t === ')') depth--;
    else if (/^(?:—|–|--|-)$/.test(t)) return j + 1 < max ? j + 1 : s0;
    else if (t === ',' && depth === 0 && !region) region = true;
    else if (depth === 0 && /\p{Ll}/u.test(t) && !(region && /^(?:\p{Lu}[\p{L}.]*|\.)$/u.test(t))) return s0;
  }
  return s0;
}

/** Reads the noun phrase starting at (or first after) token `from`, before `max`, from a phrase chunker. */
export type NounPhraseReader = (from: number, max: number) => TokenRange | null;

/** "Mr. Kamin", "John D. Podesta": a full stop right after a title or an initial, which stays in the name. */
export function isAbbreviationDot(tokens: readonly Token[], k: number): boolean {
  return k > 0 && tokens[k].text === '.' && tokens[k - 1].end === tokens[k].start && /^(?:\p{Lu}|mr|mrs|ms|dr|sen|rep|gov|gen|st|jr|sr|lt|col|rev)$/iu.test(tokens[k - 1].text);
}

/** The phrase after a cue in an inversion (", said Karine Jean-Pierre, the White House spokeswoman."). */
export function sourceAfter(tokens: readonly Token[], start: number, max: number): TokenRange | null {
  let k = start;
  while (k < max && k - start < MAX_SOURCE_TOKENS) {
    const t = tokens[k].text;
    const low = t.toLowerCase();
    const abbreviationDot = k > start && isAbbreviationDot(tokens, k);
    // "the World Travel & Tourism Council": an ampersand between capitalised words stays in the name.
    const ampersand = t === '&' && k > start && k + 1 < max && /^\p{Lu}/u.test(tokens[k + 1].text);
    // "said the company's chief executive": a possessive inside the phrase.
    const possessive = (t === "'s" || t === '’s') && k > start;
    // "the 46-year-old": a hyphen joining two words without spaces.
    const hyphen = t === '-' && k > start && k + 1 < max && tokens[k - 1].end === tokens[k].start && tokens[k].end === tokens[k + 1].start;
    // "two people familiar with the plans": the preposition belongs to the description.
    const described = k > start && DESCRIBING_PREPOSITION[tokens[k - 1].text.toLowerCase()] === low;
    // "the authors of the “Growth and Opportunity Project,”": a quoted title inside the phrase is part of it.
    const title = quotedTitleEnd(tokens, k, start, max);
    if (title > k) {
      k = title + 1;
      continue;
    }
    if (!abbreviationDot && !ampersand && !possessive && !hyphen && !described && (!isWordToken(t) || CLAUSE_BOUNDARIES.has(low) || NOT_SUBJECT.has(low) || isAuxAt(tokens, k))) break;
    k++;
  }
  return k > start ? { first: start, last: k - 1 } : null;
}

export function nounPhraseEndingAt(tokens: readonly Token[], last: number, min: number): TokenRange | null {
  if (last < min) return null;
  const t = tokens[last];
  if (!isWordToken(t.text) && t.text !== '’s' && t.text !== "'s") return null;
  const lastLow = wordKey(t.text);
  // A pronoun is a whole subject by itself ("Later he said"); a conjunction or article is no subject at all.
  if (PRONOUNS.has(lastLow)) return { first: last, last };
  if (CLAUSE_BOUNDARIES.has(lastLow) || NOT_SUBJECT.has(lastLow) || DETERMINERS.has(lastLow) || isAuxAt(tokens, last)) return null;
  let first = last;
  while (first - 1 >= min && last - first + 1 < MAX_SOURCE_TOKENS) {
    const prev = tokens[first - 1].text;
    const low = wordKey(prev);
    // "two people familiar with the matter said": the preposition belongs to the description.
    const described = first - 2 >= min && DESCRIBING_PREPOSITION[tokens[first - 2].text.toLowerCase()] === low;
    if (isQuoteMark(prev) || CLAUSE_BOUNDARIES.has(low) || (NOT_SUBJECT.has(low) && !described) || isAuxAt(tokens, first - 1)) break;
    if (!isWordToken(prev) && !INNER.has(low)) break;
    if (low === 'and' || low === 'the' || INNER.has(low)) {
      // Keep "of"/"and"/"the" only when a word precedes them within the phrase ("head of the party").
      if (first - 2 < min || !isWordToken(tokens[first - 2].text)) {
        if (low === 'the') first--;
        break;
      }
    }
    first--;
  }
  while (first < last && INNER.has(tokens[first].text.toLowerCase()) && tokens[first].text.toLowerCase() !== 'the') first++;
  return { first, last };
}

/** "Joseph R. Biden Jr.", "Acme Inc.": a full stop after an abbreviation or an initial that belongs to the name. */
function endsWithAbbreviation(tokens: readonly Token[], k: number, min: number): boolean {
  return tokens[k].text === '.' && k - 1 >= min && /^(?:jr|sr|inc|co|corp|ltd|\p{Lu})$/iu.test(tokens[k - 1].text);
}

/** The noun phrase ending at token k, or at the abbreviation whose full stop k is (then through the full stop). */
function nameEndingAt(tokens: readonly Token[], k: number, min: number): TokenRange | null {
  if (k < min) return null;
  if (!endsWithAbbreviation(tokens, k, min)) return nounPhraseEndingAt(tokens, k, min);
  const name = nounPhraseEndingAt(tokens, k - 1, min);
  return name ? { first: name.first, last: k } : null;
}

/** Steps left over a closing bracket group right before the cue ("Rick Snyder (R) testified"). */
function skipParenthesis(tokens: readonly Token[], k: number, min: number): number {
  if (k < min || (tokens[k].text !== ')' && tokens[k].text !== ']')) return k;
  let j = k - 1;
  while (j >= min && k - j <= 8 && tokens[j].text !== '(' && tokens[j].text !== '[') j--;
  return j >= min && (tokens[j].text === '(' || tokens[j].text === '[') ? j - 1 : k;
}
