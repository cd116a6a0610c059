// Subjects a cue shares or implies: a second predicate's or a participle's (also one opening the sentence), a possessor.
import type { Cue } from './cues';
import type { ClaimContext } from './cue-claims';
import { isFiniteVerb, isVerb } from '../syntax';
import { nounPhraseEndingAt, sentenceSubject, sourceAfter, type TokenRange } from './source-span';
import { CLOSING_QUOTES, startsSourcePhrase } from './clause-words';

/** Whether any token of the range is tagged as a verb (false without the syntax model). */
export function holdsVerb(ctx: ClaimContext, r: TokenRange): boolean {
  if (!ctx.tags) return false;
  for (let k = r.first; k <= r.last; k++) if (isVerb(ctx.tags.pos[k])) return true;
  return false;
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * A cue with no subject of its own: a second predicate ("She greeted supporters and told them ..."), a participle after
 * a dash ("flipped his choice – saying ..."): the sentence's subject; a noun cue ("his announcement of"): the possessor.
 */
export function sharedSubject(ctx: ClaimContext, cue: Cue, s0: number): TokenRange | null {
  const { tokens } = ctx;
  const prev = tokens[cue.first - 1].text.toLowerCase();
  if (POSSESSIVES.has(prev)) return { first: cue.first - 1, last: cue.first - 1 };
  if (prev === "'s" || prev === '’s') return nounPhraseEndingAt(tokens, cue.first - 2, s0);
  const participle = /ing$/.test(tokens[cue.head].text);
  const coordinated = prev === 'and' || ((prev === '–' || prev === '—' || prev === ',') && participle);
  // "Trump has won the support of millions by echoing …": a participle after "by" or "while" in the clause of a tensed
  // verb is that clause's subject's doing.
  const adverbial = participle && BEFORE_PARTICIPLE.has(prev) && finiteVerbBetween(ctx, s0, cue.first - 1);
  return (coordinated || adverbial) && cue.first - 1 > s0 ? sentenceSubject(tokens, s0, cue.first - 1, ctx.nounPhrase) : null;
}

/** Whether a tensed verb outside quotes stands in [from, to). */
function finiteVerbBetween(ctx: ClaimContext, from: number, to: number): boolean {
  if (!ctx.tags) return false;
  for (let k = from; k < to; k++) if (ctx.quoteOf[k] < 0 && isFiniteVerb(ctx.tags.pos[k])) return true;
  return false;
}

/**
 * "Echoing the warning, the senator called the decision …": the subject ends before its verb (the token rules read on),
 * tensed or not as the tagger reads it ("the man ended up …").
 */
function untilVerb(ctx: ClaimContext, r: TokenRange | null): TokenRange | null {
  if (!r || !ctx.tags) return r;
  for (let k = r.first + 1; k <= r.last; k++) if (ctx.cueHead[k] || isVerb(ctx.tags.pos[k])) return { first: r.first, last: k - 1 };
  return r;
}

/** Words that may open a sentence before its participle: "After reciting the passage, Beck said …", "In rejecting …". */
const BEFORE_PARTICIPLE = new Set(['after', 'before', 'in', 'by', 'while', 'when', 'since', 'upon', 'on', 'without', 'despite']);
/** Words between the participle's clause and the subject: "Acknowledging that …, though, Allen did say". */
const CONNECTIVES = new Set(['though', 'however', 'meanwhile', 'too', 'then', 'also']);
/** Words after which the participle's object is a clause, whose own verbs say nothing of the sentence's shape. */
const CLAUSE_OPENERS = new Set(['that', 'whether', 'how', 'what', 'why', 'who', 'if']);
const RELATIVES = new Set(['which', 'who', 'whose', 'where']);

/**
 * "Offering his analysis, pollster Pat Caddell said …", "After reciting the passage, Beck said …": a participle that
 * opens the sentence has the subject of the clause after its comma, and its content ends at that comma. Not a gerund
 * subject ("Defending that terrain is …"): a tensed verb of the sentence's own before the comma, or no subject right
 * after it, rules the reading out.
 */
export function openingParticiple(ctx: ClaimContext, cue: Cue, s0: number, s1: number): { subject: TokenRange; comma: number } | null {
  const { tokens } = ctx;
  if (!/ing$/i.test(tokens[cue.head].text)) return null;
  let lead = cue.first - s0;
  // "Sunday, on CNN’s “State of the Union,” while commenting on …, Governor Fallin said": a time or place set off by
  // a comma may come first; with no tensed verb it is no clause of its own.
  if (lead > 1 && BEFORE_PARTICIPLE.has(tokens[cue.first - 1].text.toLowerCase()) && settingBefore(ctx, s0, cue.first - 1)) lead = 1;
  if (lead > 1 || (lead === 1 && !BEFORE_PARTICIPLE.has(tokens[cue.first - 1].text.toLowerCase()))) return null;
  let comma = cue.last + 1;
  // A comma inside a quote ends the clause only as the quote's last mark ("In declaring them “not Christian,” the pope").
  while (comma < s1 && (tokens[comma].text !== ',' || (ctx.quoteOf[comma] >= 0 && !CLOSING_QUOTES.has(tokens[comma + 1]?.text ?? '')))) comma++;
  if (comma >= s1) return null;
  // After "After", "In" or "By" the participle cannot be the subject; bare, it can ("Defending that terrain is …"),
  // unless the tensed verb belongs to a clause it reports ("Acknowledging that Trump says …").
  if (lead === 0 && ctx.tags) {
    for (let k = cue.last + 1; k < comma && !CLAUSE_OPENERS.has(tokens[k].text.toLowerCase()); k++) if (ctx.quoteOf[k] < 0 && isFiniteVerb(ctx.tags.pos[k])) return null;
  }
  let a = comma + 1;
  for (;;) {
    while (a < s1 && (CONNECTIVES.has(tokens[a].text.toLowerCase()) || tokens[a].text === ',' || CLOSING_QUOTES.has(tokens[a].text))) a++;
    // "After thanking the crowd, which chanted his name, he told …": a relative clause on the participle's object.
    if (a >= s1 || !RELATIVES.has(tokens[a].text.toLowerCase())) break;
    while (a < s1 && tokens[a].text !== ',') a++;
  }
  if (a >= s1 || !startsSourcePhrase(tokens[a].text)) return null;
  const subject = untilVerb(ctx, sourceAfter(tokens, a, s1));
  return subject && { subject, comma };
}

/** Words before `at` that end with a comma (perhaps inside a closing quote) and hold no tensed verb: a setting. */
function settingBefore(ctx: ClaimContext, s0: number, at: number): boolean {
  const { tokens } = ctx;
  let k = at - 1;
  if (CLOSING_QUOTES.has(tokens[k]?.text ?? '')) k--;
  return k > s0 && tokens[k].text === ',' && !finiteVerbBetween(ctx, s0, k);
}
