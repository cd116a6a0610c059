// Whether a phrase the source rules picked can name a speaker at all: it needs a word that can name someone.
import { POS_TAGS, isAdjective, isAdverb, isFiniteVerb, isVerb, posId } from '../syntax';
import { isTimePhrase, isTimeWord } from './time-phrases';
import type { ClaimContext } from './cue-claims';
import { CONNECTIVE_ADVERB, sentenceSubject, type TokenRange } from './source-span';
import { PRONOUNS, isCapitalised, isRelativePronoun } from './words';

/** Tags that can carry a name: nouns, pronouns and possessives ("his announcement"), numbers, "which", and adjectives and foreign words, which the tagger gives some surnames ("Reid", "Palmieri"). */
const NAMING = new Set(['NN', 'NNS', 'NNP', 'NNPS', 'PRP', 'PRP$', 'WP', 'WDT', 'EX', 'CD', 'JJ', 'JJR', 'JJS', 'FW', 'POS'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])));

/** Prepositions that open an adverbial phrase, never a subject ("For instance", "Despite the warnings", "aside from"). */
const ADVERBIAL_OPENERS = new Set(['for', 'in', 'at', 'on', 'despite', 'like', 'unlike', 'among', 'aside', 'from', 'without', 'instead', 'around', 'toward', 'towards', 'between', 'including']);
const LISTING = new Set(['including', 'like']);
const QUANTIFIERS = new Set(['some', 'all', 'both', 'neither', 'either', 'many', 'most', 'half', 'those', 'these', 'each', 'few', 'several', 'others', 'none']);
/** Tags after a verb that make it a predicate taking an object ("endorsed him", "releasing a new ad", "air the spot"). */
const OBJECT_OPENERS = new Set(['DT', 'PRP', 'PRP$', 'CD', 'IN', 'TO', 'RB', 'PDT'].map(posId));

/**
 * The part of a rule-picked source phrase that can name a speaker, or null when none can.
 * Null for adverbs, participles and prepositional openers the token rules can mistake for a subject
 * ("which together vowed", "(Having said that", "For instance, calls"): such a "speaker" is only noise to readers.
 * Without the syntax model every phrase passes, as before.
 */
export function speakerPhrase(ctx: ClaimContext, r: TokenRange): TokenRange | null {
  const opener = ctx.tokens[r.first].text.toLowerCase();
  // "groups including the ACLU of Oregon, which said", "Republicans like Mr. Trump, who": the name after the word speaks.
  if (LISTING.has(opener) && r.first < r.last) return canNameSpeaker(ctx, { first: r.first + 1, last: r.last }) ? { first: r.first + 1, last: r.last } : null;
  // "The mother of a student who took diet pills bought online has described …": a relative clause's predicate is not
  // who speaks; the sentence's subject is.
  const who = relativeClauseOpening(ctx, r);
  if (who >= 0) {
    const subject = sentenceSubject(ctx.tokens, ctx.doc.sentences[ctx.tokens[r.first].sentence].tokenStart, who, ctx.nounPhrase);
    return subject && subject.last < who && canNameSpeaker(ctx, subject) ? subject : null;
  }
  return canNameSpeaker(ctx, r) ? r : null;
}

/**
 * The relative pronoun right before a phrase that opens with its clause's tensed verb ("a student who took suspected
 * diet pills bought online"), or -1. Reaching further back, for a phrase deeper in such a clause ("who spoke on
 * condition of anonymity"), lost more right speakers on PolNeAR train than it gave (13,331 against 13,458).
 */
function relativeClauseOpening(ctx: ClaimContext, r: TokenRange): number {
  const pos = ctx.tags?.pos;
  return pos && isFiniteVerb(pos[r.first]) && isRelativePronoun(ctx.tokens[r.first - 1]?.text ?? '') ? r.first - 1 : -1;
}

function canNameSpeaker(ctx: ClaimContext, r: TokenRange): boolean {
  const pos = ctx.tags?.pos;
  if (!pos) return true;
  // "For instance", "Despite the warnings": a phrase opening with a preposition is an adverbial, not a subject.
  if (ADVERBIAL_OPENERS.has(ctx.tokens[r.first].text.toLowerCase())) return false;
  // "Anyway, amending the bill …": a connective the tagger read as a name (it is capitalised) names nobody.
  if (r.first === r.last && CONNECTIVE_ADVERB.test(ctx.tokens[r.first].text)) return false;
  // "… who has been out of work since May told reporters": a time ends a clause; it never speaks.
  if (isTimePhrase(ctx.tokens, r)) return false;
  // "A judge on Friday temporarily blocked": a time and adverbs around it are no subject either.
  let timeOrAdverb = true;
  // Not a number ("nearly 6 in 10") nor a name the tagger calls an adverb ("Schlafly").
  for (let k = r.first; k <= r.last && timeOrAdverb; k++) {
    const w = ctx.tokens[k].text;
    timeOrAdverb = !(ctx.ents && ctx.ents[k] > 0) && ((isTimeWord(w) && !/^\d/.test(w)) || isAdverb(pos[k]));
  }
  if (timeOrAdverb) return false;
  if (opensWithPredicate(ctx, r, pos)) return false;
  for (let k = r.first; k <= r.last; k++) {
    // Adjectives count for the surnames tagged so, which are capitalised: "quick" and "neutral" name nobody.
    if (NAMING.has(pos[k]) && !(isAdjective(pos[k]) && !isCapitalised(ctx.tokens[k].text))) return true;
    // A word inside a recognised name counts whatever its tag: surnames in -ly are tagged as adverbs ("Schlafly").
    if (ctx.ents && ctx.ents[k] > 0) return true;
    // "Some", "All", "Nearly half", "those polled": quantifiers speak for a group.
    if (QUANTIFIERS.has(ctx.tokens[k].text.toLowerCase())) return true;
  }
  return false;
}

/** "endorsed him", "releasing a new 30-second ad": a verb and its object, not a subject. */
function opensWithPredicate(ctx: ClaimContext, r: TokenRange, pos: Uint8Array): boolean {
  if (!isVerb(pos[r.first]) || (ctx.ents && ctx.ents[r.first] > 0)) return false;
  // "Leading Democrats", "Striking workers": a participle before a noun describes the speakers.
  // Not before an adjective: "whale rescue group Project Jonah" came tagged VB JJ.
  return r.first === r.last || OBJECT_OPENERS.has(pos[r.first + 1]);
}

/** Adverbs without "-ly" that stand between a subject and its verb ("They either decide", "The senator also said"). */
const TRAILING_ADVERBS = new Set(['either', 'also', 'too', 'still', 'now', 'then', 'already', 'never', 'often', 'always', 'even', 'just', 'only', 'soon', 'later', 'ever', 'once', 'again', 'instead']);

/** A verb contracted onto a pronoun ("He’s", "They're", "I'm"); after a pronoun "’s" is never a possessive. */
const CONTRACTION = /^['’](?:s|re|ve|m|ll|d)$/i;

/**
 * "Obama’s aides happily", "Mr. Rubio defiantly", "They either": the adverb that ends a subject before its verb is no
 * part of the speaker's name, which readers see in the side panel when no actor is linked; nor is the verb contracted
 * onto a pronoun ("He’s predicting …"), which also kept the pronoun from being resolved.
 */
export function trimSpeakerEnd(ctx: ClaimContext, r: TokenRange | null): TokenRange | null {
  if (!r) return r;
  let last = r.last;
  if (last > r.first && CONTRACTION.test(ctx.tokens[last].text) && PRONOUNS.has(ctx.tokens[last - 1].text.toLowerCase())) last--;
  if (!ctx.tags) return last === r.last ? r : { first: r.first, last };
  while (last > r.first && isAdverb(ctx.tags.pos[last]) && (/ly$/i.test(ctx.tokens[last].text) || TRAILING_ADVERBS.has(ctx.tokens[last].text.toLowerCase()))) last--;
  return last === r.last ? r : { first: r.first, last };
}
