// Whether a draft says nothing a reader could check: only a time, an adverb or a preposition ("this week", "too", "by"),
// a manner ("according to plan"), whom it was told to ("told reporters."), where an event happened, a byline's date
// ("First published February 1, 2016: 1:28 AM ET"), or a page's button or caption ("View Photos").
import { lowerBound } from '../lower-bound';
import { CUE_LEXICON } from '../knowledge/cues-lexicon';
import { POS_TAGS, isAdverb, isFiniteVerb, isVerb, posId } from '../syntax';

const MD = posId('MD');
const isVerbOrModal = (p: number): boolean => isVerb(p) || p === MD;
import type { ClaimContext } from './cue-claims';
import type { ClaimDraft } from './draft';
import { afterTimePhrase, isSpanOfTime, isTimePhrase, isTimestamp } from './time-phrases';
import { CLAUSE_REPORTING_CUES, LISTENER_CUES, isCapitalised, isWordToken } from './words';

/** Longer content always holds something worth showing. */
const MAX_EMPTY_TOKENS = 4;

/** "Poll after poll has been released this week" gives "this week"; "Climate change is to blame too" gives "too". */
export function saysNothing(ctx: ClaimContext, d: ClaimDraft): boolean {
  const { tokens } = ctx;
  const first = lowerBound(tokens, (t) => t.start >= d.start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].end <= d.end) last++;
  if (first >= tokens.length) return false;
  if (d.cue && (weakCueSetting(ctx, d.cue.last, first) || captionLine(ctx, d.cue.first))) return true;
  if (isTimestamp(tokens, { first, last })) return true;
  if (d.cue && onlyListener(ctx, d.cue.head, first, last)) return true;
  if (d.cue && onlyWhenAndWhere(ctx, d.cue.head, first, last)) return true;
  if (last - first >= MAX_EMPTY_TOKENS) return false;
  if (isTimePhrase(tokens, { first, last }) || isSpanOfTime(ctx.doc.text.slice(tokens[first].start, tokens[last].end))) return true;
  if (mannerOfAccording(tokens, first, last)) return true;
  const pos = ctx.tags?.pos;
  if (!pos) return false;
  if (first === last && FUNCTION_TAGS.has(pos[first]) && tokens[first].text.toLowerCase() !== 'that') return true;
  for (let k = first; k <= last; k++) if (isWordToken(tokens[k].text) && !isAdverb(pos[k])) return false;
  return true;
}

/** "The launch went according to plan": a manner, not a source, when no name follows "according to". */
function mannerOfAccording(tokens: ClaimContext['tokens'], first: number, last: number): boolean {
  if (tokens[first].text.toLowerCase() !== 'according' || tokens[first + 1]?.text.toLowerCase() !== 'to' || last < first + 2) return false;
  for (let k = first + 2; k <= last; k++) if (!/^\p{Ll}+$/u.test(tokens[k].text) && !/^[.,;]$/.test(tokens[k].text)) return false;
  return true;
}

const SETTING_AFTER_TIME = new Set(['on', 'in', 'at', 'during', 'from', 'outside', 'inside', 'before', 'after', 'while', 'via']);

/**
 * "Moreno said Wednesday morning on the radio show “Good Day.”": when and where it was said, and no verb at all; the
 * words said are elsewhere, or the sentence gives none.
 */
function onlyWhenAndWhere(ctx: ClaimContext, head: number, first: number, last: number): boolean {
  const { tokens } = ctx;
  const pos = ctx.tags?.pos;
  // Verbs whose content, when it is there, is a clause or a quote: what follows them otherwise is a setting.
  const w = tokens[head].text.toLowerCase();
  if (!pos || !(CLAUSE_REPORTING_CUES.has(w) || LISTENER_CUES.has(w)) || first !== head + 1) return false;
  const a = afterTimePhrase(tokens, first, last + 1);
  // A time first, then nothing or a setting ("on the show"); not "that …" or "about …", which is what was said.
  if (a === first || (a <= last && !SETTING_AFTER_TIME.has(tokens[a].text.toLowerCase()))) return false;
  for (let k = first; k <= last; k++) if (isVerbOrModal(pos[k])) return false;
  return true;
}

/** Longest listener phrase ("the Associated Press", "a group of reporters"). */
const MAX_LISTENER_TOKENS = 4;

/** "Its chief executive told reporters.": the content is only whom it was told to, and the sentence ends there. */
function onlyListener(ctx: ClaimContext, head: number, first: number, last: number): boolean {
  const { tokens } = ctx;
  if (!LISTENER_CUES.has(tokens[head].text.toLowerCase()) || first !== head + 1 || last - first >= MAX_LISTENER_TOKENS) return false;
  const after = tokens[last + 1];
  if (after && after.sentence === tokens[last].sentence && !/^[.!?]$/.test(after.text)) return false;
  for (let k = first; k <= last; k++) if (!isWordToken(tokens[k].text) || (ctx.tags && isFiniteVerb(ctx.tags.pos[k]))) return false;
  // Whom: a name ("told Reuters", "told the Post") or people ("told reporters"); what is told stays ("told a joke").
  const named = (k: number) => isCapitalised(tokens[k].text) || (k < last && tokens[k].text.toLowerCase() === 'the');
  for (let k = first; k <= last; k++) if (!named(k)) return LISTENERS.has(tokens[last].text.toLowerCase());
  return true;
}

/** People a cue tells something to ("told reporters"), as opposed to what it tells ("told a story"). */
const LISTENERS = new Set(['reporters', 'journalists', 'lawmakers', 'supporters', 'colleagues', 'crowd', 'audience', 'viewers', 'listeners', 'voters', 'donors', 'members', 'staff', 'him', 'her', 'them', 'me', 'us']);

/**
 * Tags of words that alone say nothing: a preposition, particle or conjunction ("is supported | by"); not "that",
 * which stands for what was said ("Sanders rejected that").
 */
const FUNCTION_TAGS = new Set(['IN', 'TO', 'RP', 'CC'].map(posId));
/** Longest line, in words, that a cue opening it makes a button or caption rather than a report. */
const MAX_CAPTION_WORDS = 3;

/** "View Photos", "Watch video", "Read more": a line that is a verb and a word or two is a link or a caption. */
function captionLine(ctx: ClaimContext, cueFirst: number): boolean {
  const sentence = ctx.doc.sentences[ctx.tokens[cueFirst].sentence];
  if (cueFirst !== sentence.tokenStart) return false;
  let words = 0;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) if (isWordToken(ctx.tokens[k].text)) words++;
  return words <= MAX_CAPTION_WORDS;
}

/** Prepositions that open where or when something happened ("played in a late-night game", "sank in a storm"). */
const VBD = POS_TAGS.indexOf('VBD');
// Not "on", "to" or "from": after a verb they mostly name a target ("voted on", "spoke to"), unlike clause-words.ts's SETTING_OPENERS.
const SETTING_PREPOSITIONS = new Set(['in', 'at', 'during', 'near', 'outside', 'inside', 'aboard', 'into', 'onto', 'across', 'through', 'after', 'before']);
/** Verbs heading a cue less often than this in train (cues-lexicon) are mostly plain events. */
const WEAK_CUE_SHARE = 0.1;

/** "The team played in a late-night game": a verb that seldom reports, followed straight by a setting, reports nothing. */
function weakCueSetting(ctx: ClaimContext, cueLast: number, first: number): boolean {
  const { tokens } = ctx;
  // A plain past tense ("played", "sank"); participles and adjectives ("interested in", "united in") take a target.
  if (first !== cueLast + 1 || !SETTING_PREPOSITIONS.has(tokens[first].text.toLowerCase()) || ctx.tags?.pos[cueLast] !== VBD) return false;
  const entry = CUE_LEXICON[tokens[cueLast].text.toLowerCase()];
  return !entry || entry[0] / entry[1] < WEAK_CUE_SHARE;
}
