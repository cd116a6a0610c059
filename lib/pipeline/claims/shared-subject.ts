// Subjects a cue shares or implies: a second predicate's or participle's sentence subject, a noun cue's possessor.
import type { Cue } from './cues';
import type { ClaimContext } from './cue-claims';
import { isFiniteVerb, isVerb } from '../syntax';
import { nounPhraseEndingAt, sentenceSubject, type TokenRange } from './source-span';

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
  const coordinated = prev === 'and' || ((prev === '–' || prev === '—' || prev === ',') && /ing$/.test(tokens[cue.head].text));
  return coordinated && cue.first - 1 > s0 ? sentenceSubject(tokens, s0, cue.first - 1, ctx.nounPhrase) : null;
}

/** "Echoing the warning, the senator called the decision …": the subject ends before its verb (the token rules read on). */
export function untilVerb(ctx: ClaimContext, r: TokenRange | null): TokenRange | null {
  if (!r || !ctx.tags) return r;
  for (let k = r.first + 1; k <= r.last; k++) if (ctx.cueHead[k] || isFiniteVerb(ctx.tags.pos[k])) return { first: r.first, last: k - 1 };
  return r;
}
