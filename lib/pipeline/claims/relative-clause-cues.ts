// Content of a cue inside a relative clause ("Unions that said the plan was unlawful filed a lawsuit") stops before the
// main clause's verb: what the unions said is "the plan was unlawful", not that they filed a lawsuit.
import type { Cue } from './cues';
import type { ClaimContext } from './cue-claims';
import { CLAUSE_BOUNDARIES } from './words';
import { POS_TAGS, isAdjective, isAdverb, isFiniteVerb, isNoun, isPronoun } from '../syntax';

const RELATIVE_WORDS = new Set(['who', 'that', 'which']);
/** Words after which a second tensed verb continues the content rather than starting the main clause. */
const JOINERS = new Set([...CLAUSE_BOUNDARIES, 'what', 'why', 'how', ',', ';', '—', '–', '(']);

const DETERMINER = POS_TAGS.indexOf('DT');
const PARTICIPLE = POS_TAGS.indexOf('VBN');
/** Tensed verbs that can only be a predicate ("visited", "says"); a plain present ("say") may be an imperative or a list. */
const PAST_OR_PRESENT = new Set([POS_TAGS.indexOf('VBD'), POS_TAGS.indexOf('VBZ')]);
/** Pronouns that cannot be a subject ("people like them supported Sanders"). */
const OBJECT_PRONOUNS = new Set(['them', 'him', 'me', 'us']);

/** Whether the cue opens a relative clause on a noun before it ("Unions that said", "officials who have argued"). */
function inRelativeClause(ctx: ClaimContext, cue: Cue): boolean {
  const { tokens, tags } = ctx;
  const rel = cue.first - 1;
  if (rel < 1 || !tags || tokens[rel].sentence !== tokens[cue.head].sentence) return false;
  const w = tokens[rel].text.toLowerCase();
  if (!RELATIVE_WORDS.has(w)) return false;
  // "that" is a relative word only after a noun: "warned that officials said" has its own subject.
  return w !== 'that' || isNoun(tags.pos[rel - 1]);
}

/**
 * The last content token [a, e] for a cue in a relative clause: the token before a second tensed verb that follows
 * the content's own tensed verb with nothing joining them (the main clause's predicate); else `e`.
 */
export function beforeMainVerb(ctx: ClaimContext, cue: Cue, a: number, e: number): number {
  const { tokens, tags } = ctx;
  if (!tags || !inRelativeClause(ctx, cue)) return e;
  // "The mayor, who said the city would recover, visited …": a clause set off by a comma ends at the comma after which
  // a tensed verb has no subject of its own; that verb is the main clause's predicate.
  const setOff = tokens[cue.first - 2]?.text === ',';
  let seen = false;
  for (let k = a; k <= e; k++) {
    if (ctx.quoteOf[k] >= 0) return e;
    if (setOff && k > a && tokens[k].text === ',' && k + 1 <= e && PAST_OR_PRESENT.has(tags.pos[k + 1])) return k - 1;
    // After a comma the clause may go on in a phrase of its own ("punished them, rather than giving them needed aid").
    if (tokens[k].text === ',') seen = false;
    const finite = isFiniteVerb(tags.pos[k]);
    if (!finite && tags.pos[k] !== PARTICIPLE) continue;
    // The word before, past any adverb ("women reliably show up"): a noun or pronoun there may be the verb's own
    // subject ("voters have cast", "there is"), a clause inside the content, so the content goes on (an object noun,
    // "cast ballots early declined", cannot be told from a subject this simply). A tensed verb straight after an
    // adjective or an object pronoun ("the plan was unlawful filed") has no subject but the antecedent: the main clause.
    let p = k - 1;
    while (p > a && isAdverb(tags.pos[p])) p--;
    const prev = tokens[p].text.toLowerCase();
    const pronoun = isPronoun(tags.pos[p]) && !OBJECT_PRONOUNS.has(prev);
    // "than either is used to": a determiner standing alone is a subject too.
    const ownSubject = isNoun(tags.pos[p]) || pronoun || tags.pos[p] === DETERMINER || isFiniteVerb(tags.pos[p]) || /^['’]s$/.test(prev);
    // A past tense the tagger read as a participle counts only straight after a predicate adjective ("was unlawful filed").
    if (seen && p > a && !JOINERS.has(prev) && !ownSubject && (finite || isAdjective(tags.pos[p]))) return k - 1;
    if (finite) seen = true;
  }
  return e;
}
