// Finds who speaks a quote that no known cue introduced: a name signing it after a dash, "“...,” the judge exclaimed",
// or the subject of the clause a colon closes ("The senator released a statement: “...”").
import type { ClaimContext } from './cue-claims';
import { nounPhraseEndingAt, sentenceSubject, sourceAfter, type TokenRange } from './source-span';
import { lowerBound } from '../lower-bound';
import { CLAUSE_BOUNDARIES, DETERMINERS, PRONOUNS, isCapitalised, isLineSpace } from './words';

/** The speaker of the quote [start, end) from the words around it, or null. */
export function quoteSpeaker(ctx: ClaimContext, start: number, end: number): TokenRange | null {
  return signedBy(ctx, end) ?? trailingSpeaker(ctx, end) ?? colonSpeaker(ctx, start);
}

/** "“...” ― Karen Bobadilla": a name after a dash, right behind the quote, signs it. */
function signedBy(ctx: ClaimContext, end: number): TokenRange | null {
  const { text, tokens } = ctx.doc;
  let i = end;
  while (i < text.length && isLineSpace(text[i])) i++;
  if (!/[―—–-]/.test(text[i] ?? '')) return null;
  const lo = lowerBound(tokens, (t) => t.start > i);
  if (lo >= tokens.length || !/^\p{Lu}/u.test(tokens[lo].text)) return null;
  let max = lo;
  while (max < tokens.length && tokens[max].start - tokens[lo].start < 60 && !/\n/.test(text.slice(tokens[lo].start, tokens[max].end))) max++;
  return sourceAfter(tokens, lo, max);
}

/**
 * "“...,” the judge exclaimed." / "“...?” Bozell answers." / "“...,” I confessed": a short subject and one verb close the
 * sentence right after the quote, whatever the verb (rare speech verbs are missing from the cue lexicon).
 */
function trailingSpeaker(ctx: ClaimContext, end: number): TokenRange | null {
  const { tokens, text } = ctx.doc;
  if (!/[,?!—-]\s*[”"’']?$/u.test(text.slice(Math.max(0, end - 3), end))) return null;
  const a = lowerBound(tokens, (t) => t.start >= end);
  if (a >= tokens.length || /\n/.test(text.slice(end, tokens[a].start))) return null;
  const first = tokens[a].text;
  if (!isCapitalised(first) && !DETERMINERS.has(first.toLowerCase()) && !PRONOUNS.has(first.toLowerCase())) return null;
  const s = tokens[a].sentence;
  let max = a;
  while (max < tokens.length && tokens[max].sentence === s && max - a < 12) max++;
  const run = sourceAfter(tokens, a, max);
  // The run of words is subject plus verb ("the judge exclaimed"); a subject alone ends at a comma ("Trump, the ...").
  if (!run || run.last === run.first) return null;
  const verb = tokens[run.last];
  if (isCapitalised(verb.text) || CLAUSE_BOUNDARIES.has(verb.text.toLowerCase()) || !/^\p{Ll}+$/u.test(verb.text)) return null;
  const after = tokens[run.last + 1];
  if (after && after.sentence === s && !/^[.,;!?]$/.test(after.text) && !TAIL.test(after.text)) return null;
  return { first: run.first, last: run.last - 1 };
}

// Speech verbs that double as plural nouns ("states", "notes", "reports").
const SPEECH_VERBS_IN_S = new Set(['states', 'notes', 'reports', 'says', 'writes', 'explains', 'adds', 'argues', 'puts', 'claims', 'warns']);

const TAIL = /^(on|in|at|to|during|after|before|with|from|last|this|yesterday|today)$/i;

/** The colon token right before a quote starting at `start` ("… on it:\n\n“…”"), or -1. */
export function colonBefore(ctx: ClaimContext, start: number): number {
  const { tokens, text } = ctx.doc;
  let i = start - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  if (text[i] !== ':') return -1;
  const colon = lowerBound(tokens, (t) => t.start >= i);
  return colon < tokens.length && tokens[colon].text === ':' ? colon : -1;
}

/** "Cruz called them on it: “...”" / "Dr. Ben Carson: ‘...’": the subject of the clause or the name a colon closes. */
function colonSpeaker(ctx: ClaimContext, start: number): TokenRange | null {
  const { tokens } = ctx.doc;
  const colon = colonBefore(ctx, start);
  if (colon < 0) return null;
  const sentence = ctx.doc.sentences[tokens[colon].sentence];
  if (colon - sentence.tokenStart > 25) return null;
  let subject = sentenceSubject(tokens, sentence.tokenStart, colon, ctx.nounPhrase);
  // "‘Neutral’ Snopes Fact-Checker David Emery: ‘…’": a name right before the colon, not a word the headline quotes.
  if (subject && subject.last < colon - 1 && ctx.ents?.[colon - 1] && !namesAny(ctx, subject)) subject = nounPhraseEndingAt(tokens, colon - 1, subject.last + 1) ?? subject;
  // "As the report states:": the chunker may read the verb as a plural noun; the subject stops before it.
  if (subject && subject.last > subject.first && subject.last === colon - 1 && SPEECH_VERBS_IN_S.has(tokens[subject.last].text)) return { first: subject.first, last: subject.last - 1 };
  return subject;
}

/** Whether any token of the range is inside a recognised name. */
function namesAny(ctx: ClaimContext, r: TokenRange): boolean {
  for (let k = r.first; k <= r.last; k++) if (ctx.ents?.[k]) return true;
  return false;
}
