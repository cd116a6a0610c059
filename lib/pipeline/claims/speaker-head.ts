// The speaker's head before a place or group it is "in": "A lawmaker in the Philippines", "People in Fort Pierce".
import { isNoun } from '../syntax';
import type { ClaimContext } from './cue-claims';
import { nounPhraseEndingAt, type TokenRange } from './source-span';
import { PRONOUNS } from './words';

/** Quantifiers that head a group of people by themselves ("Many in the crowd", "Some in the party"). */
const QUANTIFIERS = new Set(['many', 'some', 'most', 'few', 'several', 'all', 'those', 'others', 'one', 'two', 'three', 'none']);
const LOCATING = new Set(['in', 'across', 'throughout', 'inside', 'within']);

/**
 * Widens a source that is only the object of "in" to the noun it locates: in "A lawmaker in the Philippines is calling
 * for …" the lawmaker speaks, not the Philippines (whose stances the claim would otherwise join). PolNeAR's source is the
 * whole phrase; the ranker sometimes picks only its end.
 */
export function withLocatedHead(ctx: ClaimContext, r: TokenRange | null): TokenRange | null {
  if (!r || !ctx.tags || r.first < 2) return r;
  const { tokens } = ctx;
  let at = r.first - 1;
  if (tokens[at].text.toLowerCase() === 'the' && at > 1) at--;
  if (!LOCATING.has(tokens[at].text.toLowerCase())) return r;
  const headAt = at - 1;
  const word = tokens[headAt].text.toLowerCase();
  if (tokens[headAt].sentence !== tokens[r.first].sentence || PRONOUNS.has(word)) return r;
  if (!isNoun(ctx.tags.pos[headAt]) && !QUANTIFIERS.has(word)) return r;
  const s0 = ctx.doc.sentences[tokens[headAt].sentence].tokenStart;
  // "Many" alone is a determiner to the phrase reader, but here it is the whole head.
  const head = nounPhraseEndingAt(tokens, headAt, s0) ?? (QUANTIFIERS.has(word) ? { first: headAt, last: headAt } : null);
  return head ? { first: head.first, last: r.last } : r;
}
