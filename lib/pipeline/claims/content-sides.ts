// The content on either side of a cue: after it to the sentence end (or a chosen clause break), or before it back to a quote or the sentence start.
import type { Cue } from './cues';
import type { ClaimContext } from './cue-claims';
import type { ClaimDraft } from './draft';
import { afterDateline, type TokenRange } from './source-span';
import { chooseContentEnd } from './content-end';
import { beforeAccordingTo } from './closing-attributions';
import { beforeQuotedSpeaker, beforeSecondPredicate, beforeSecondSpeaker, beforeSummingApposition } from './content-bounds';
import { beforeMainVerb } from './relative-clause-cues';
import { POS_TAGS, isFiniteVerb } from '../syntax';

/** Only a past participle: an -ing word after the comma is as often a cue of its own (", suggesting …"). */
const PAST_PARTICIPLE = POS_TAGS.indexOf('VBN');

/** A sentence as the claim finder reads it: its first token after any dateline, and where its words end. */
export interface Sent {
  s0: number;
  /** End of the sentence's words, before its final punctuation and closing quote marks. */
  s1: number;
  end: number;
}

/** Content running from token `a` to the sentence end, stretched to the end of any quote still open there. */
export function contentAfter(ctx: ClaimContext, cue: Cue, source: TokenRange | null, a: number, s1: number): ClaimDraft | null {
  const { tokens } = ctx.doc;
  if (a >= s1) return null;
  const first = ctx.quoteOf[a];
  const quoteLed = first >= 0 && ctx.quotes[first].start === tokens[a].start;
  // Content that opens with a quote runs to the quote's end; other content may stop at a clause break before the next claim.
  let e = quoteLed || !cue ? s1 - 1 : (ctx.chooseEnd ?? ((h, from, to) => chooseContentEnd(ctx, h, from, to)))(cue.head, a, s1);
  if (!quoteLed) e = pastSubjectAside(ctx, a, e, s1);
  e = beforeSecondPredicate(ctx, a, beforeSecondSpeaker(ctx, a, quoteLed ? e : beforeQuotedSpeaker(ctx, a, beforeSummingApposition(ctx, a, beforeAccordingTo(ctx, a, e)))));
  if (cue && !quoteLed) e = beforeMainVerb(ctx, cue, a, e);
  let end = tokens[e].end;
  if (quoteLed) end = Math.max(end, ctx.quotes[first].end);
  const last = ctx.quoteOf[e];
  if (last >= 0) end = Math.max(end, ctx.quotes[last].end);
  return { start: tokens[a].start, end, cue, source };
}

/** Longest participle aside after a subject ("its investigation, launched in March, had found"). */
const MAX_ASIDE = 12;

/**
 * "said its investigation, launched in March, had found that …": a content that is only a subject so far, followed by
 * a participle set off by commas and then a tensed verb, goes on to the sentence end: the aside describes the subject.
 */
function pastSubjectAside(ctx: ClaimContext, a: number, e: number, s1: number): number {
  const { tokens, tags } = ctx;
  if (!tags || tokens[e + 1]?.text !== ',' || e + 2 >= s1 || tags.pos[e + 2] !== PAST_PARTICIPLE) return e;
  for (let k = a; k <= e; k++) if (isFiniteVerb(tags.pos[k])) return e;
  for (let k = e + 3; k < Math.min(s1, e + 2 + MAX_ASIDE); k++) {
    if (isFiniteVerb(tags.pos[k])) return e;
    if (tokens[k].text === ',') return k + 1 < s1 && isFiniteVerb(tags.pos[k + 1]) ? s1 - 1 : e;
  }
  return e;
}

/** Content before a closing cue: the quote that ends at the boundary, or the sentence up to it. */
export function contentBefore(ctx: ClaimContext, cue: Cue, source: TokenRange | null, boundary: number, sent: Sent): ClaimDraft | null {
  const { tokens } = ctx.doc;
  let k = boundary;
  while (k >= sent.s0 && (tokens[k].text === ',' || tokens[k].text === '—' || tokens[k].text === '–')) k--;
  if (k < sent.s0) return null;
  const q = ctx.quoteOf[k];
  if (q >= 0 && ctx.quotes[q].end === tokens[k].end) return { start: ctx.quotes[q].start, end: ctx.quotes[q].end, cue, source };
  const s0 = afterDateline(tokens, sent.s0, k);
  return { start: tokens[s0].start, end: tokens[k].end, cue, source };
}
