// "As the Post reported last week, the company is preparing to cut jobs": a cue in an opening "as" clause reports the main clause.
import type { Cue } from './cues';
import type { ClaimContext } from './cue-claims';
import type { ClaimDraft } from './draft';
import { contentAfter, type Sent } from './content-sides';
import { sourceBefore } from './source-span';
import { finiteClauseIn } from './clause-words';
import { CLAUSE_REPORTING_CUES } from './words';

/**
 * Verbs that make "As X <verb>," a comment on the main clause. Others make it a time ("As Trump spoke, protesters
 * chanted"): whatever follows was not said by X.
 */
const COMMENT_VERBS: ReadonlySet<string> = new Set([
  ...CLAUSE_REPORTING_CUES,
  // Verbs that also take objects elsewhere, but in "As X <verb> (it)," still comment on the clause after.
  ...('written put puts tell tells told acknowledge acknowledges acknowledged mention mentions mentioned point points pointed ' +
    'indicate indicates indicated announce announces announced confirm confirms confirmed reveal reveals revealed ' +
    'recount recounts recounted document documents documented detail details detailed').split(' '),
]);

/** Longest tail between the cue and the comma closing the "as" clause ("reported last week in its Sunday edition,"). */
const MAX_AS_TAIL = 8;
/** Longest aside after that comma that is skipped ("even on Friday morning,"). */
const MAX_ASIDE = 6;

/**
 * Whether the cue says when, not what: it stands in an opening "as" clause ("As Trump spoke, protesters chanted …")
 * whose verb is no comment verb, so the main clause after the comma is nobody's claim.
 */
export function inTimeClause(ctx: ClaimContext, cue: Cue, sent: Sent): boolean {
  const { tokens } = ctx.doc;
  const { s0, s1 } = sent;
  if (tokens[s0].text.toLowerCase() !== 'as' || cue.first <= s0 + 1 || COMMENT_VERBS.has(tokens[cue.head].text.toLowerCase())) return false;
  for (let k = s0 + 1; k < cue.first; k++) if (tokens[k].text === ',') return false;
  let comma = cue.last + 1;
  while (comma < s1 && comma - cue.last <= MAX_AS_TAIL && tokens[comma].text !== ',') comma++;
  return comma < s1 && tokens[comma].text === ',';
}

/**
 * The draft for a cue whose sentence opens "As <source> <cue> …,": the content is the clause after the comma, past a
 * short aside; null when the sentence does not open so. Before, the words after the cue up to the comma were taken.
 */
export function asReported(ctx: ClaimContext, cue: Cue, sent: Sent): ClaimDraft | null {
  const { tokens } = ctx.doc;
  const { s0, s1 } = sent;
  if (tokens[s0].text.toLowerCase() !== 'as' || cue.first <= s0 + 1 || !COMMENT_VERBS.has(tokens[cue.head].text.toLowerCase())) return null;
  const source = sourceBefore(tokens, cue.first, s0 + 1);
  if (!source || source.first !== s0 + 1) return null;
  let comma = cue.last + 1;
  while (comma < s1 && comma - cue.last <= MAX_AS_TAIL && tokens[comma].text !== ',') comma++;
  if (comma >= s1 || tokens[comma].text !== ',' || finiteClauseIn(ctx, cue.last + 1, comma)) return null;
  let a = comma + 1;
  let aside = a;
  while (aside < s1 && aside - a < MAX_ASIDE && tokens[aside].text !== ',') aside++;
  if (aside < s1 && tokens[aside].text === ',' && !finiteClauseIn(ctx, a, aside)) a = aside + 1;
  return contentAfter(ctx, cue, source, a, s1);
}
