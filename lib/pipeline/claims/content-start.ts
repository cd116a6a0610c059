// Where the content after a cue starts: past an aside, a listener, a colon intro, an object before "that", or a time.
import type { ClaimContext } from './cue-claims';
import type { ClaimDraft } from './draft';
import { afterColonIntro, afterListener } from './content-bounds';
import { OPENING_QUOTES, finiteClauseIn, skipComma } from './clause-words';
import { afterTimePhrase, isTimeWord } from './time-phrases';
import { LISTENER_CUES, isWordToken } from './words';
import { POS_TAGS, isNoun } from '../syntax';

const PREPOSITION = POS_TAGS.indexOf('IN');

/** Object phrases allowed between a cue and its "that" ("told reporters on Monday that"). */
const MAX_OBJECT_TOKENS = 7;
/** Participles that introduce the words of an object ("a statement saying"). */
const SAYING: ReadonlySet<string> = new Set(['saying', 'stating', 'declaring']);
/** Objects that carry words of their own; "flipped her position, saying …" keeps its own subject's claim. */
const MESSAGES: ReadonlySet<string> = new Set(['statement', 'statements', 'letter', 'message', 'memo', 'note', 'report', 'tweet', 'post', 'email', 'release', 'video', 'ad', 'advertisement', 'notice', 'order', 'ruling', 'filing', 'response', 'reply']);
/** Sentence adverbs set off by commas right after a cue ("cautioned, however, that"). */
const ASIDES = new Set(['however', 'though', 'meanwhile', 'moreover', 'nevertheless', 'nonetheless', 'instead', 'too', 'also', 'again']);

/** The first token of what a cue with head word `head` reports, starting the search at `a` (right after the cue). */
export function contentStart(ctx: ClaimContext, head: string, a: number, s1: number): number {
  const { tokens } = ctx.doc;
  // "The authors cautioned, however, that …": the aside between the cue and its content is neither.
  if (a + 2 < s1 && ASIDES.has(tokens[a].text.toLowerCase()) && tokens[a + 1].text === ',') a += 2;
  if (OPENING_QUOTES.has(tokens[a].text)) return a;
  a = afterColonIntro(ctx, afterListener(ctx, head, a, s1), s1);
  if (a >= s1) return a;
  if (!OPENING_QUOTES.has(tokens[a].text)) a = afterObject(ctx, head, a, s1);
  // "The Kremlin said on Friday it had no information": the time says when, the clause after it what.
  const b = afterTimePhrase(tokens, a, s1);
  return b > a && b < s1 && finiteClauseIn(ctx, b, s1, false) ? skipComma(tokens, b) : a;
}

/** Nouns whose "that" opens what they contain ("concern that", "the point that"), not a relative clause. */
const CLAUSE_NOUNS = new Set(['concern', 'concerns', 'fact', 'point', 'observation', 'assertion', 'accusation', 'accusations', 'disappointment', 'belief', 'claim', 'claims', 'hope', 'hopes', 'fear', 'fears', 'warning', 'notion', 'idea', 'argument', 'case', 'assurance', 'assurances', 'confidence', 'doubt', 'doubts', 'view', 'suggestion', 'allegation', 'allegations', 'charge', 'statement', 'message', 'promise', 'pledge', 'prediction', 'sense', 'impression', 'frustration', 'worry', 'worries', 'optimism', 'skepticism', 'scepticism', 'insistence', 'news', 'word', 'evidence', 'indication', 'indications', 'sign', 'signs', 'proof', 'reports', 'rumors', 'rumours', 'speculation', 'conclusion', 'possibility', 'assumption', 'expectation', 'expectations', 'reminder', 'amusement', 'surprise', 'anger', 'outrage', 'regret', 'satisfaction', 'relief', 'dismay']);

/** Cues that take a listener before "that" ("warned lawmakers that", "told reporters that"). */
const LISTENER_THEN_THAT = new Set([...LISTENER_CUES, 'warned', 'warns', 'warning', 'warn', 'convinced', 'persuaded', 'notified', 'advised', 'promised', 'promises', 'reassured', 'cautioned', 'alerted', 'briefed']);

/**
 * Whether tokens [a, that) are the cue's direct object, so "that" opens a relative clause on it: a noun right before
 * "that", after a cue that takes no listener, in a phrase that is neither a setting ("in a statement") nor a time.
 */
function objectBeforeThat(ctx: ClaimContext, head: string, a: number, that: number): boolean {
  const { tokens, tags } = ctx;
  if (!tags || that === a || LISTENER_THEN_THAT.has(head) || !isNoun(tags.pos[that - 1])) return false;
  // "expressed concern that …", "made the point that …": the noun takes the clause; "said earlier this year that".
  const noun = tokens[that - 1].text.toLowerCase();
  if (CLAUSE_NOUNS.has(noun) || isTimeWord(noun)) return false;
  if (PREPOSITION === tags.pos[a] || afterTimePhrase(tokens, a, that) >= that) return false;
  return true;
}

/** "told reporters on Monday that …", "issued a statement Tuesday saying, “…”": the object before what was said. */
function afterObject(ctx: ClaimContext, head: string, a: number, s1: number): number {
  const { tokens } = ctx.doc;
  for (let k = a; k < Math.min(s1, a + MAX_OBJECT_TOKENS); k++) {
    const w = tokens[k].text.toLowerCase();
    // "blocked a state law that would have allowed …": after a direct object, "that" opens a relative clause.
    if (w === 'that') return objectBeforeThat(ctx, head, a, k) ? a : k;
    // What was said follows the participle that names the object's words.
    if (SAYING.has(w) && k > a && tokens.slice(a, k).some((t) => MESSAGES.has(t.text.toLowerCase()))) return afterColonIntro(ctx, skipComma(tokens, k + 1), s1);
    // "in a 114-page ruling that": a hyphen joining two words is inside the phrase.
    const hyphen = w === '-' && tokens[k - 1].end === tokens[k].start && tokens[k + 1]?.start === tokens[k].end;
    if (!isWordToken(tokens[k].text) && !hyphen && !(w === ',' && SAYING.has(tokens[k + 1]?.text.toLowerCase() ?? ''))) break;
  }
  return a;
}

/**
 * "issued a statement saying …", "sent a letter stating …": the cue, its message and the participle that gives the
 * message's words say by themselves that this is reported speech, so the claim filter does not judge it (its score
 * for "issued" moved either side of the threshold with each retraining). Kept beside `afterObject`, which reads the
 * same construction when it finds where the content starts.
 */
export function throughMessage(ctx: ClaimContext, d: ClaimDraft): boolean {
  if (!d.cue) return false;
  const { tokens } = ctx;
  let k = d.cue.last + 1;
  let message = false;
  // As far as `afterObject` looks, plus the participle and its comma.
  for (; k < tokens.length && tokens[k].start < d.start && k - d.cue.last <= MAX_OBJECT_TOKENS + 2; k++) message ||= MESSAGES.has(tokens[k].text.toLowerCase());
  let before = k - 1;
  if (tokens[before]?.text === ',') before--;
  return message && before > d.cue.last && SAYING.has(tokens[before].text.toLowerCase());
}
