// Small token tests the cue-claim rules read a sentence with: short tails, connectives, passives, participles, appositions.
import type { Token } from '../document';
import type { Cue } from './cues';
import type { ClaimContext } from './cue-claims';
import type { TokenRange } from './source-span';
import { isAdjective, isFiniteVerb, isNoun, isVerb } from '../syntax';
import { DETERMINERS, PERSON_NOUNS, PRONOUNS, isCapitalised, isWordToken } from './words';
import { isTimeWord } from './time-phrases';

export const OPENING_QUOTES = new Set(['“', '"', '‘', '«', '„', "'"]);
// '“' too: right before a cue or its subject it can only be closing a quote, typed with the wrong mark ("Apparently not,“ she said).
export const CLOSING_QUOTES = new Set(['”', '"', '’', '»', "'", '“']);
const CONNECTIVES = new Set(['but', 'and', 'so', 'yet', 'still', 'however', 'meanwhile', 'instead', 'indeed', 'now', 'then', 'also', 'again', 'later', 'earlier', 'moreover', 'or', 'well', 'oh', 'ok', 'okay', 'yes', 'no']);
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);
// Short trailing phrases after a closing cue (", he said on Monday.") start with these.
// So do the listeners of "told" (", he told reporters.", ", she told me").
// And "when asked about …", "as he left the court".
const TAIL_STARTERS = new Set(['on', 'in', 'at', 'during', 'to', 'from', 'with', 'last', 'this', 'yesterday', 'today', 'earlier', 'late', 'recently', 'after', 'before', 'via', 'through', 'of', 'about', 'later', 'again', 'flatly', 'simply', 'when', 'as',
  'reporters', 'journalists', 'supporters', 'lawmakers', 'delegates', 'voters', 'viewers', 'listeners', 'me', 'us', 'him', 'her', 'them',
  // "…, its chief executive told analysts on Tuesday.": more people a cue tells something to.
  'analysts', 'investors', 'students', 'workers', 'employees', 'staff', 'members', 'colleagues', 'donors', 'parliament', 'congress']);
/** After a determiner, listeners as well as times: "told the crowd", "told the committee on Monday". */
const TAIL_LISTENER_NOUNS = /^(?:crowd|audience|committee|court|jury|panel|conference|press|assembly|parliament|congregation|rally|meeting)$/i;
const MAX_TAIL_TOKENS = 9;
const TAIL_TIME_NOUNS = /^(?:day|days|week|weeks|month|months|year|years|weekend|morning|afternoon|evening|night|time|same|following)$/i;

/** Lowercase words a quoted title may hold: "Fox and Friends", "Meet the Press", "State of the Union". */
const TITLE_WORDS = new Set(['and', 'of', 'the', 'a', 'an', 'with', 'for', 'in', 'on', 'to', 'at', '&']);
const MAX_TITLE_TOKENS = 8;

/**
 * Where a quoted title opening at token k ends (the token after its closing mark), or -1: two or more title-case words in
 * quote marks, with more of the sentence after them ("told “Fox and Friends” after …", "on CNN’s “State of the Union,”
 * adding …"), say where something was said, not what. A quote that ends the sentence ("said, “Sure thing.”") may be speech.
 */
export function quotedTitleEnd(tokens: readonly Token[], k: number, s1: number): number {
  if (!OPENING_QUOTES.has(tokens[k]?.text ?? '')) return -1;
  let words = 0;
  for (let j = k + 1; j < Math.min(s1, k + MAX_TITLE_TOKENS); j++) {
    const t = tokens[j].text;
    if (CLOSING_QUOTES.has(t)) return words >= 2 && isCapitalised(tokens[k + 1].text) && j + 1 < s1 && !/^[.!?]$/.test(tokens[j + 1].text) ? j + 1 : -1;
    if (/^[.!?]$/.test(t) || (isWordToken(t) && !isCapitalised(t) && !TITLE_WORDS.has(t))) return -1;
    if (isWordToken(t)) words++;
  }
  return -1;
}

/** True when the tokens from `a` to the sentence end (or the next comma) are a short adverbial tail (" on Monday"). */
export function tailCloses(tokens: readonly Token[], a: number, s1: number): boolean {
  // "…,” the nominee told “Fox and Friends” after he was asked": the show is where, the tail after it is read on.
  const title = quotedTitleEnd(tokens, a, s1);
  if (title > 0) return title >= s1 || /^[,.!?]$/.test(tokens[title].text) || tailCloses(tokens, title, s1);
  if (a >= s1 || tokens[a].text === ',' || tokens[a].text === '(') return true;
  const w = tokens[a].text.toLowerCase();
  // "…, said an American official who was briefed on the encounter.": a relative clause describes the inverted speaker
  // however long it runs, unless a quote or a colon opens what was said.
  if (w === 'who') {
    for (let k = a; k < s1; k++) if (OPENING_QUOTES.has(tokens[k].text) || tokens[k].text === ':') return false;
    return true;
  }
  // "the agency's limitation": after a determiner comes the cue's object, unless it names a time ("the day before").
  const nextWord = tokens[a + 1]?.text ?? '';
  if (!TAIL_STARTERS.has(w) && !isCapitalised(tokens[a].text) && !(DETERMINERS.has(w) && (TAIL_TIME_NOUNS.test(nextWord) || TAIL_LISTENER_NOUNS.test(nextWord)))) return false;
  for (let k = a; k < s1; k++) {
    const t = tokens[k].text.toLowerCase();
    if (t === ',') return true;
    if (k - a >= MAX_TAIL_TOKENS || t === 'that' || OPENING_QUOTES.has(t) || t === ':') return false;
  }
  return true;
}

/**
 * "“…,” noted a report for Oxfam by the nonprofit E3G.": right after a quote, any words up to the next comma or the
 * sentence end belong with the inverted speaker unless they open a clause (a tensed verb, "that", a quote, a colon).
 */
export function tailAfterQuoteCloses(ctx: ClaimContext, a: number, s1: number): boolean {
  const { tokens } = ctx.doc;
  for (let k = a; k < s1 && tokens[k].text !== ','; k++) {
    const t = tokens[k].text.toLowerCase();
    if (t === 'that' || t === ':' || OPENING_QUOTES.has(t)) return false;
  }
  return !finiteClauseIn(ctx, a, s1);
}

/** Whether the cue phrase holds a form of "be" before its head ("was criticised", "has been endorsed"). */
export function passiveAuxiliary(tokens: readonly Token[], cue: Cue): boolean {
  for (let k = cue.first; k < cue.head; k++) if (BE.has(tokens[k].text.toLowerCase())) return true;
  return false;
}

/** "But, she told ...": the words before the comma are only a connective, not reported content. */
export function connectiveOnly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isWordToken(tokens[k].text) && !CONNECTIVES.has(tokens[k].text.toLowerCase())) return false;
  return true;
}

export function skipComma(tokens: readonly Token[], a: number): number {
  return tokens[a]?.text === ',' || tokens[a]?.text === ':' ? a + 1 : a;
}

export function isParticipleNext(tokens: readonly Token[], after: number): boolean {
  return tokens[after]?.text === ',' && /ing$/.test(tokens[after + 1]?.text ?? '');
}

export function startsSourcePhrase(word: string): boolean {
  const w = word.toLowerCase();
  // "…,” says president David Weisbrot": a lowercase title opens a name too.
  return isCapitalised(word) || DETERMINERS.has(w) || PRONOUNS.has(w) || PERSON_NOUNS.has(w);
}

/** Longest apposition kept with an inverted speaker, in tokens. */
const MAX_APPOSITION = 15;
/** Longest name after an inverted description ("said its chief executive, Laura M. Chen"), in tokens. */
const MAX_NAME_AFTER_DESCRIPTION = 5;

/**
 * "..., said Anna Lindqvist, a spokeswoman for the Commission.": the description closing the sentence belongs to the
 * speaker (attribution then links the person and the organisation she speaks for). Null without such a description.
 */
export function withApposition(ctx: ClaimContext, source: TokenRange, s1: number): TokenRange | null {
  const { tokens } = ctx.doc;
  const from = source.last + 2;
  if (tokens[source.last + 1]?.text !== ',' || from >= s1) return null;
  // The description ends at the sentence or at a comma before a short tail (", a spokeswoman for X, on Monday.").
  let end = from;
  while (end < s1 && tokens[end].text !== ',') end++;
  if (end - from > MAX_APPOSITION || (end < s1 && (end + 1 >= s1 || !tailCloses(tokens, end + 1, s1) || isCapitalised(tokens[end + 1].text)))) return null;
  // "said the company's chief executive, Laura Chen.": a lowercase description, then the name it describes.
  if (!isCapitalised(tokens[source.first].text) && end - from <= MAX_NAME_AFTER_DESCRIPTION) {
    let k = from;
    while (k < end && (isCapitalised(tokens[k].text) || (k > from && /^[.-]$/.test(tokens[k].text)))) k++;
    if (k === end && isCapitalised(tokens[from].text)) return { first: source.first, last: end - 1 };
  }
  // A tensed verb makes it a clause ("a spokeswoman said"); participles and adjectives in -ing do not ("uncompromising").
  if (!/^(a|an|the)$/i.test(tokens[from].text) || finiteClauseIn(ctx, from, end)) return null;
  for (let k = from; k < end; k++) if (!isWordToken(tokens[k].text) && !/^(['’]s|-|\.)$/.test(tokens[k].text)) return null;
  return { first: source.first, last: end - 1 };
}

/** Whether tokens [from, to) hold "to" followed by a verb (needs the syntax model); with `stopAtComma`, only before the first comma. */
export function infinitiveIn(ctx: ClaimContext, from: number, to: number, stopAtComma = false): boolean {
  const { tokens } = ctx.doc;
  if (!ctx.tags) return false;
  for (let k = from; k + 1 < to; k++) {
    if (stopAtComma && tokens[k].text === ',') return false;
    if (tokens[k].text.toLowerCase() === 'to' && isVerb(ctx.tags.pos[k + 1])) return true;
  }
  return false;
}

/** Whether tokens [from, to) hold a tensed verb: a clause, not a short tail (needs the syntax model); by default only before the first comma. */
export function finiteClauseIn(ctx: ClaimContext, from: number, to: number, stopAtComma = true): boolean {
  if (!ctx.tags) return false;
  for (let k = from; k < to && !(stopAtComma && ctx.doc.tokens[k].text === ','); k++) if (isFiniteVerb(ctx.tags.pos[k])) return true;
  return false;
}

/** "as she turned around", "when asked about it": an adverbial clause after the cue, with no "that" to report. */
export function subordinateTail(tokens: readonly Token[], a: number, s1: number): boolean {
  if (a >= s1 || !/^(?:as|when|while|before|after)$/i.test(tokens[a].text)) return false;
  for (let k = a; k < s1; k++) if (tokens[k].text.toLowerCase() === 'that' || OPENING_QUOTES.has(tokens[k].text)) return false;
  return true;
}

/** "“…,” said constituent Dan Golvach": right after a quote, a lowercase noun or adjective opens the inverted speaker. */
export function describesAfterQuote(ctx: ClaimContext, prevText: string, k: number): boolean {
  if (CLOSING_QUOTES.has(prevText) && !!ctx.tags && (isNoun(ctx.tags.pos[k]) || isAdjective(ctx.tags.pos[k])) && !isVerb(ctx.tags.pos[k + 1] ?? 0)) return true;
  return (prevText === ',' || CLOSING_QUOTES.has(prevText)) && describedName(ctx, k);
}

/**
 * "The combination, say economists, marks …", "…, said senior officials.": lowercase nouns up to a comma or the end,
 * read as an inverted speaker only after a verb that reports a clause (cue-claims.ts): after "expressed" they would
 * be its object ("…, also expressed concern.").
 */
export function bareNounPhrase(ctx: ClaimContext, k: number): boolean {
  const { tokens } = ctx.doc;
  if (!ctx.tags) return false;
  for (let j = k; j < tokens.length && j - k <= 2; j++) {
    const t = tokens[j].text;
    if (j > k && (t === ',' || t === '.' || t === ';') && isNoun(ctx.tags.pos[j - 1])) return true;
    if (!(isNoun(ctx.tags.pos[j]) || isAdjective(ctx.tags.pos[j])) || !/^\p{Ll}/u.test(t)) return false;
  }
  return false;
}

/** Longest lowercase title before an inverted name ("senior economist", "former deputy prime minister"). */
const MAX_TITLE_WORDS = 4;

/** "…, says political scientist Dossym Satpayev": lowercase nouns and adjectives, then a capitalised name. */
function describedName(ctx: ClaimContext, k: number): boolean {
  const { tokens } = ctx.doc;
  if (!ctx.tags) return false;
  for (let j = k; j < tokens.length && j - k <= MAX_TITLE_WORDS && tokens[j].sentence === tokens[k].sentence; j++) {
    // "talked politics Monday": a day after lowercase words is a time, not a name.
    if (isCapitalised(tokens[j].text)) return j > k && !isTimeWord(tokens[j].text);
    if (!(isNoun(ctx.tags.pos[j]) || isAdjective(ctx.tags.pos[j])) || !/^\p{Ll}/u.test(tokens[j].text)) return false;
  }
  return false;
}

// Channels and listeners too ("on Twitter", "to reporters"); empty-content.ts's event settings leave those out on purpose.
const SETTING_OPENERS = new Set(['in', 'at', 'on', 'during', 'to', 'from', 'via', 'after', 'before']);
/** Longest setting phrase ("in a letter to lawmakers") read between a parenthetical cue and its comma. */
const MAX_SETTING_TOKENS = 7;

/**
 * The comma closing a short setting phrase right after a cue ("argued in a letter to lawmakers, would …"), or -1: a
 * preposition, then words with no verb, then the comma.
 */
export function settingTailComma(ctx: ClaimContext, a: number, s1: number): number {
  const { tokens } = ctx.doc;
  const pos = ctx.tags?.pos;
  if (!pos || a >= s1 || !SETTING_OPENERS.has(tokens[a].text.toLowerCase())) return -1;
  for (let k = a + 1; k < s1 && k - a <= MAX_SETTING_TOKENS; k++) {
    if (tokens[k].text === ',') return k > a + 1 ? k : -1;
    if (!isWordToken(tokens[k].text) || isVerb(pos[k]) || ctx.quoteOf[k] >= 0) return -1;
  }
  return -1;
}
