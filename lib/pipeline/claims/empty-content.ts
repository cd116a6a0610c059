// Whether a draft's content says nothing a reader could check: only a time or an adverb ("this week", "too").
import { lowerBound } from '../lower-bound';
import { POS_TAGS } from '../syntax';
import type { ClaimContext } from './cue-claims';
import type { ClaimDraft } from './draft';
import { isTimePhrase } from './time-phrases';
import { isWordToken } from './words';

const ADVERB_TAGS = new Set(['RB', 'RBR', 'RBS'].map((t) => POS_TAGS.indexOf(t as (typeof POS_TAGS)[number])));
/** Longer content always holds something worth showing. */
const MAX_EMPTY_TOKENS = 4;

/** "Poll after poll has been released this week" gives "this week"; "Climate change is to blame too" gives "too". */
export function saysNothing(ctx: ClaimContext, d: ClaimDraft): boolean {
  const { tokens } = ctx;
  const first = lowerBound(tokens, (t) => t.start >= d.start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].end <= d.end) last++;
  if (first >= tokens.length || last - first >= MAX_EMPTY_TOKENS) return false;
  if (isTimePhrase(tokens, { first, last })) return true;
  const pos = ctx.tags?.pos;
  if (!pos) return false;
  for (let k = first; k <= last; k++) if (isWordToken(tokens[k].text) && !ADVERB_TAGS.has(pos[k])) return false;
  return true;
}
