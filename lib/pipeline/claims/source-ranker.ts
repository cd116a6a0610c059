// Chooses a claim's source among the noun phrases of its cue's sentence and the hand rules' pick, with trained weights.
import type { Mention } from '../document';
import { SOURCE_RANKER_MODEL } from '../knowledge/source-ranker-model';
import { lowerBound } from '../lower-bound';
import { POS_TAGS, isAdverb, npChunks } from '../syntax';
import type { ClaimContext } from './cue-claims';
import type { ClaimDraft } from './draft';
import { HashedWeights, ScoreSink, type FeatureSink } from './hashed-weights';
import { afterDateline, type TokenRange } from './source-span';
import { PERSON_NOUNS, PRONOUNS, isCapitalised, isQuoteMark } from './words';
import { passiveAuxiliary } from './clause-words';
import { isTimePhrase, skipTimePhrase } from './time-phrases';
import { PAGE_LABELS } from './colon-claims';

/** Candidate sources of a draft: the rules' pick first, then every noun phrase of the sentence outside cue and content. */
export function sourceCandidates(ctx: ClaimContext, d: ClaimDraft): TokenRange[] {
  const { tokens, tags, doc } = ctx;
  const out: TokenRange[] = d.source ? [d.source] : [];
  if (!tags || !d.cue) return out;
  const sentence = doc.sentences[tokens[d.cue.head].sentence];
  // A dateline ("LONDON —") opening the sentence is where the report was filed, never who spoke.
  for (const [first, last] of npChunks(tags.chunk, afterDateline(tokens, sentence.tokenStart, d.cue.first), sentence.tokenEnd)) {
    if (first <= d.cue.last && last >= d.cue.first) continue;
    if (tokens[first].start >= d.start && tokens[last].end <= d.end) continue;
    if (d.source && first === d.source.first && last === d.source.last) continue;
    // "IAG, yesterday said": a phrase that is only a time ("yesterday", "last week") never speaks.
    if (isTimePhrase(tokens, { first, last })) continue;
    // "CLARIFICATION: The first sentence has been changed": a page label before its colon names nobody.
    if (first === last && tokens[last + 1]?.text === ':' && PAGE_LABELS.has(tokens[first].text.toLowerCase())) continue;
    out.push({ first, last });
  }
  // Only the phrases nearest the cue are weighed: sources sit close to it, and a run-on sentence stays cheap.
  if (out.length <= MAX_CANDIDATES) return out;
  const cue = d.cue;
  const gap = (c: TokenRange): number => (c.last < cue.first ? cue.first - c.last : c.first - cue.last);
  const rest = out.slice(d.source ? 1 : 0).sort((a, b) => gap(a) - gap(b)).slice(0, MAX_CANDIDATES);
  return d.source ? [d.source, ...rest] : rest;
}

const MAX_CANDIDATES = 12;

const bucket = (n: number): string => (n <= 1 ? String(n) : n <= 3 ? '2-3' : n <= 6 ? '4-6' : n <= 12 ? '7-12' : '13+');
const DIGITS = ['0', '1', '2', '3'];
const bool = (b: boolean): string => (b ? 'true' : 'false');
const quoteOrWord = (w: string): string => (isQuoteMark(w) ? 'Q' : w);

function mentionIn(mentions: readonly Mention[], start: number, end: number): Mention | undefined {
  const k = lowerBound(mentions, (m) => m.end > start);
  return k < mentions.length && mentions[k].start < end ? mentions[k] : undefined;
}

/**
 * Features of candidate `c` as the source of draft `d`, emitted to `out` as parts of their names (hashed-weights.ts);
 * shared with the trainer (scripts/derive-source-ranker.ts).
 */
export function sourceFeatures(out: FeatureSink, ctx: ClaimContext, d: ClaimDraft, c: TokenRange, candidates: readonly TokenRange[]): void {
  const { tokens, tags, doc } = ctx;
  const cue = d.cue!;
  const cw = tokens[cue.head].text.toLowerCase();
  const before = c.last < cue.first;
  const side = before ? 'before' : 'after';
  const distance = before ? cue.first - c.last - 1 : c.first - cue.last - 1;
  // Rank among candidates on the same side, nearest first.
  let rank = 0;
  for (const o of candidates) {
    if (o === c) continue;
    const oBefore = o.last < cue.first;
    if (oBefore !== before) continue;
    const od = oBefore ? cue.first - o.last - 1 : o.first - cue.last - 1;
    if (od < distance) rank++;
  }
  const first = tokens[c.first].text;
  const fw = first.toLowerCase();
  // A pronoun's class is two parts, "pron:" and the word, so no name is built here.
  const pronoun = PRONOUNS.has(fw);
  const firstClass = pronoun ? 'pron:' : isCapitalised(first) ? 'Cap' : /^(the|a|an)$/.test(fw) ? 'det' : 'low';
  const headPos = tags ? POS_TAGS[tags.pos[c.last]] : 'X';
  // After a dateline ("KYIV, Ukraine (AP) —") the sentence starts where the report does.
  const s0 = afterDateline(tokens, doc.sentences[tokens[cue.head].sentence].tokenStart, cue.first);
  const prev = c.first === s0 ? 'BOS' : quoteOrWord(tokens[c.first - 1]?.text.toLowerCase() ?? 'BOS');
  const next = quoteOrWord(tokens[c.last + 1]?.text.toLowerCase() ?? 'EOS');
  const m = mentionIn(doc.mentions, tokens[c.first].start, tokens[c.last].end);
  const actorType = m?.actorId ? doc.actors.get(m.actorId)?.type ?? 'unlinked' : m ? 'unlinked' : 'none';
  const isRule = bool(d.source === c);
  const inQuote = ctx.quoteOf[c.first] >= 0 && ctx.quoteOf[c.first] === ctx.quoteOf[c.last];
  const contentBeforeCue = d.end <= tokens[cue.first].start;
  out.emit('b');
  out.emit('rule=', isRule);
  out.emit('rule,side=', isRule, ',', side);
  out.emit('side,rank=', side, ',', DIGITS[Math.min(rank, 3)]);
  out.emit('side,dist=', side, ',', bucket(distance));
  out.emit('first=', firstClass, pronoun ? fw : '');
  out.emit('pos=', headPos);
  out.emit('prev=', prev);
  out.emit('next=', next);
  out.emit('side,prev=', side, ',', prev);
  out.emit('actor=', actorType);
  out.emit('side,actor=', side, ',', actorType);
  out.emit('cue,side=', cw, ',', side);
  out.emit('cueside=', contentBeforeCue ? 'contentFirst' : 'cueFirst', ',', side, ',', DIGITS[Math.min(rank, 2)]);
  out.emit('inq=', bool(inQuote));
  out.emit('len=', bucket(c.last - c.first + 1));
  // The phrase's head word: "officials" and "the ministry" speak; "his first full day" and "the spot" do not.
  out.emit('head=', tokens[c.last].text.toLowerCase());
}

/** Features of choosing no source at all (the speaker is elsewhere, or nobody is named); see `sourceFeatures`. */
export function noSourceFeatures(out: FeatureSink, ctx: ClaimContext, d: ClaimDraft): void {
  out.emit('none');
  out.emit('none,rule=', bool(!!d.source));
  out.emit('none,cue=', ctx.tokens[d.cue!.head].text.toLowerCase());
  out.emit('none,contentFirst=', bool(d.end <= ctx.tokens[d.cue!.first].start));
}

/** The source-ranker model, decoded on first use. */
let scorer: ScoreSink | null = null;

/** Swaps in other weights (an evaluation's model for a fold that did not see the article); null restores the shipped ones. */
export function useRankerModel(weights: HashedWeights | null): void {
  scorer = weights ? new ScoreSink(weights) : null;
}

/**
 * The best-scoring source of a draft whose cue the classifier found, or null for none; the rules' pick when no chunks
 * are available. Stance predicates keep the rules' subject ("Moscow remains opposed to ..."), which the rules read well.
 */
export function rankSource(ctx: ClaimContext, d: ClaimDraft): TokenRange | null {
  if (!ctx.tags || !d.cue || d.cue.score === undefined || d.sureSource) return d.source;
  scorer ??= new ScoreSink(HashedWeights.decode(SOURCE_RANKER_MODEL));
  const candidates = sourceCandidates(ctx, d);
  let best: TokenRange | null = null;
  noSourceFeatures(scorer.reset(), ctx, d);
  let bestScore = scorer.sum;
  for (const c of candidates) {
    sourceFeatures(scorer.reset(), ctx, d, c, candidates);
    if (scorer.sum > bestScore) {
      bestScore = scorer.sum;
      best = c;
    }
  }
  // "Ukraine's foreign minister accused Russia …": a subject right before its cue that names someone the text knows is
  // not dropped for "no source", a choice the ranker makes for "seemed" and "is expected" and flips on retraining.
  return best ?? (d.source && namedSubjectBefore(ctx, d, d.source) ? d.source : subjectPastSetting(ctx, d, candidates));
}

function namedSubjectBefore(ctx: ClaimContext, d: ClaimDraft, s: TokenRange): boolean {
  const { tokens } = ctx;
  const cue = d.cue!;
  return s.last === cue.first - 1 && !talkedAbout(tokens, cue) && namesSomeone(ctx, s);
}

/** "X is expected to", "X was asked", "X seemed to": the subject is talked about, and PolNeAR gives these no source. */
function talkedAbout(tokens: ClaimContext['tokens'], cue: NonNullable<ClaimDraft['cue']>): boolean {
  return passiveAuxiliary(tokens, cue) || /^(?:seem|appear)/i.test(tokens[cue.head].text);
}

/** A phrase naming someone the text knows, or a role that only people hold ("The opposition leader accused …"). */
function namesSomeone(ctx: ClaimContext, s: TokenRange): boolean {
  const m = mentionIn(ctx.doc.mentions, ctx.tokens[s.first].start, ctx.tokens[s.last].end);
  return !!m?.actorId || PERSON_NOUNS.has(ctx.tokens[s.last].text.toLowerCase());
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from']);

/**
 * "A federal judge in Texas on Friday temporarily blocked …": the subject before a place, a time and adverbs that stand
 * between it and the cue, when the ranker picks no source (its choice here flipped from one retraining to the next).
 */
function subjectPastSetting(ctx: ClaimContext, d: ClaimDraft, candidates: readonly TokenRange[]): TokenRange | null {
  const { tokens, tags, doc } = ctx;
  const cue = d.cue!;
  if (!tags || talkedAbout(tokens, cue)) return null;
  const min = doc.sentences[tokens[cue.head].sentence].tokenStart;
  let k = cue.first - 1;
  while (k >= min && isAdverb(tags.pos[k])) k--;
  k = skipTimePhrase(tokens, k, min);
  while (k >= min && isAdverb(tags.pos[k])) k--;
  const place = candidates.find((c) => c.last === k && c.first - 1 > min && PLACE_PREPOSITIONS.has(tokens[c.first - 1].text.toLowerCase()));
  if (place) k = place.first - 2;
  if (k === cue.first - 1) return null;
  const s = candidates.find((c) => c.last === k);
  return s && namesSomeone(ctx, s) ? s : null;
}
