// Cues whose source follows them ("according to the ministry", "citing officials") or is named by a passive ("was quoted by Reuters as saying").
import type { Cue } from './cues';
import type { ClaimContext } from './cue-claims';
import type { ClaimDraft } from './draft';
import { sourceAfter, type TokenRange } from './source-span';
import { CLOSING_QUOTES, OPENING_QUOTES, finiteClauseIn } from './clause-words';
import { bareSubjectBefore } from './content-bounds';
import { isCapitalised, isWordToken } from './words';
import { contentAfter, contentBefore, type Sent } from './content-sides';
import { afterTimePhrase } from './time-phrases';

/** Longest source between an opening "according to" and its comma, in tokens. */
const MAX_ACCORDING_SOURCE = 16;
/** Longest "by X" between "quoted" and "as saying", in tokens. */
const MAX_QUOTED_BY_TOKENS = 7;

/** Index of "saying" in "quoted (by X) as saying", or -1. */
export function quotedAsSaying(tokens: ClaimContext['tokens'], after: number, s1: number): number {
  let k = after;
  if (tokens[k]?.text.toLowerCase() === 'by') while (k < s1 && k - after <= MAX_QUOTED_BY_TOKENS && tokens[k].text.toLowerCase() !== 'as') k++;
  return k + 1 < s1 && tokens[k].text.toLowerCase() === 'as' && tokens[k + 1].text.toLowerCase() === 'saying' ? k + 1 : -1;
}

/** "According to X, …", "…, according to X", "“…,” according to X": the source follows the cue; the content is the other side. */
export function accordingTo(ctx: ClaimContext, cue: Cue, sent: Sent): ClaimDraft | null {
  const { tokens } = ctx.doc;
  const { s0, s1 } = sent;
  const source = withAgent(tokens, sourceAfter(tokens, cue.last + 1, s1), s1);
  // "“…,” according to a statement from the ministry.": the comma sits inside the closing quote.
  if (cue.first > s0 && (tokens[cue.first - 1].text === ',' || CLOSING_QUOTES.has(tokens[cue.first - 1].text))) {
    // "The Journal, citing internal documents, reported …": the one citing is the subject, and its own cue reports.
    return tokens[cue.head].text.toLowerCase() === 'according' ? besideSetOff(ctx, cue, source, sent) : contentBefore(ctx, cue, source, cue.first - 1, sent);
  }
  // "That’s according to early results of exit polls": what "that" stands for is in the sentence before; better no
  // claim than the source's own words as its content.
  if (cue.first - s0 <= 2 && /^(?:that|this|it)$/i.test(tokens[s0].text) && cue.first > s0) return null;
  if (cue.first - s0 <= 2) {
    // "According to two officials familiar with the talks, the bloc ...": the source runs to the first comma.
    for (let k = cue.last + 2; k < Math.min(s1, cue.last + 1 + MAX_ACCORDING_SOURCE); k++) {
      if (ctx.quoteOf[k] >= 0 || !(isWordToken(tokens[k].text) || tokens[k].text === ',' || tokens[k].text === '.' || tokens[k].text === '’s' || tokens[k].text === "'s")) break;
      if (tokens[k].text !== ',') continue;
      let a = k + 1;
      while (a < s1 && !isWordToken(tokens[a].text) && !OPENING_QUOTES.has(tokens[a].text)) a++;
      if (a < s1) return contentAfter(ctx, cue, { first: cue.last + 1, last: k - 1 }, a, s1);
      break;
    }
    let a = source ? source.last + 1 : cue.last + 1;
    while (a < s1 && !isWordToken(tokens[a].text) && !OPENING_QUOTES.has(tokens[a].text)) a++;
    return a < s1 ? contentAfter(ctx, cue, source, a, s1) : null;
  }
  // "Clinton leads by 271 delegates according to a count by The Associated Press": with no comma, only a source that
  // names someone or something that informs counts ("according to plan" is no attribution).
  if (source && (tokens[cue.first - 1].text === '—' || reportsSomething(tokens, source))) return contentBefore(ctx, cue, source, cue.first - 1, sent);
  return null;
}

/**
 * "figures released on Thursday by Eurostat", "a count by The Associated Press": the one named after "by" speaks through
 * the figures, so the source runs on to that name (and the speaker is linked to it). Only after a participle or a kind
 * of source, and only for a name ("a plan backed by most members" stays as it is).
 */
function withAgent(tokens: ClaimContext['tokens'], source: TokenRange | null, s1: number): TokenRange | null {
  if (!source) return null;
  const last = tokens[source.last].text;
  if (!/ed$/i.test(last) && !INFORMING_NOUNS.test(last)) return source;
  const by = afterTimePhrase(tokens, source.last + 1, s1);
  if (by + 1 >= s1 || tokens[by].text.toLowerCase() !== 'by') return source;
  const name = tokens[by + 1].text.toLowerCase() === 'the' ? by + 2 : by + 1;
  if (name >= s1 || !isCapitalised(tokens[name].text)) return source;
  const agent = sourceAfter(tokens, by + 1, s1);
  return agent ? { first: source.first, last: agent.last } : source;
}

const INFORMING_NOUNS = /^(?:counts?|data|reports?|surveys?|polls?|statements?|figures|stud(?:y|ies)|estimates?|analys[ie]s|officials?|sources?|documents?|records?|tall(?:y|ies)|research|researchers|experts?|police|witnesses|filings?|court|results)$/i;

/** Whether a source phrase names someone (a capitalised word) or a kind of source ("a count", "figures"). */
function reportsSomething(tokens: ClaimContext['tokens'], r: { first: number; last: number }): boolean {
  for (let k = r.first; k <= r.last; k++) if (isCapitalised(tokens[k].text) || INFORMING_NOUNS.test(tokens[k].text)) return true;
  return false;
}

/**
 * "…, according to X, …" after a comma: the words before are the content when they hold a clause; after an opening
 * phrase ("In addition, according to the department, nine million more workers …") the clause after the source is;
 * after a bare subject ("Among the precedents at risk, according to Ms. Epstein, are 16 …") the whole sentence is.
 */
function besideSetOff(ctx: ClaimContext, cue: Cue, source: TokenRange | null, sent: Sent): ClaimDraft | null {
  const { tokens } = ctx.doc;
  const before = contentBefore(ctx, cue, source, cue.first - 1, sent);
  if (!source || tokens[cue.first - 1].text !== ',' || tokens[source.last + 1]?.text !== ',' || finiteClauseIn(ctx, sent.s0, cue.first - 1, false)) return before;
  const a = source.last + 2;
  const after = contentAfter(ctx, cue, source, a, sent.s1);
  if (!after) return before;
  return bareSubjectBefore(ctx, sent.s0, cue.first - 1, a, sent.s1) && before ? { ...after, start: before.start } : after;
}
