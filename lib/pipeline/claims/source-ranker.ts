// Chooses a claim's source among the noun phrases of its cue's sentence and the hand rules' pick, with trained weights.
import type { Mention } from '../document';
import { SOURCE_RANKER_WEIGHTS } from '../knowledge/source-ranker-model';
import { lowerBound } from '../lower-bound';
import { POS_TAGS, npChunks } from '../syntax';
import type { ClaimContext } from './cue-claims';
import type { ClaimDraft } from './draft';
import type { TokenRange } from './source-span';
import { PRONOUNS, isCapitalised, isQuoteMark } from './words';

/** Candidate sources of a draft: the rules' pick first, then every noun phrase of the sentence outside cue and content. */
export function sourceCandidates(ctx: ClaimContext, d: ClaimDraft): TokenRange[] {
  const { tokens, tags, doc } = ctx;
  const out: TokenRange[] = d.source ? [d.source] : [];
  if (!tags || !d.cue) return out;
  const sentence = doc.sentences[tokens[d.cue.head].sentence];
  for (const [first, last] of npChunks(tags.chunk, sentence.tokenStart, sentence.tokenEnd)) {
    if (first <= d.cue.last && last >= d.cue.first) continue;
    if (tokens[first].start >= d.start && tokens[last].end <= d.end) continue;
    if (d.source && first === d.source.first && last === d.source.last) continue;
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

function mentionIn(mentions: readonly Mention[], start: number, end: number): Mention | undefined {
  const k = lowerBound(mentions, (m) => m.end > start);
  return k < mentions.length && mentions[k].start < end ? mentions[k] : undefined;
}

/** Features of candidate `c` as the source of draft `d`; shared with the trainer (scripts/derive-source-ranker.ts). */
export function sourceFeatures(ctx: ClaimContext, d: ClaimDraft, c: TokenRange, candidates: readonly TokenRange[]): string[] {
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
  const firstClass = PRONOUNS.has(fw) ? `pron:${fw}` : isCapitalised(first) ? 'Cap' : /^(the|a|an)$/.test(fw) ? 'det' : 'low';
  const headPos = tags ? POS_TAGS[tags.pos[c.last]] : 'X';
  const prev = tokens[c.first - 1]?.text.toLowerCase() ?? 'BOS';
  const next = tokens[c.last + 1]?.text.toLowerCase() ?? 'EOS';
  const m = mentionIn(doc.mentions, tokens[c.first].start, tokens[c.last].end);
  const actorType = m?.actorId ? doc.actors.get(m.actorId)?.type ?? 'unlinked' : m ? 'unlinked' : 'none';
  const isRule = d.source === c;
  const inQuote = ctx.quoteOf[c.first] >= 0 && ctx.quoteOf[c.first] === ctx.quoteOf[c.last];
  const contentBeforeCue = d.end <= tokens[cue.first].start;
  return [
    'b',
    `rule=${isRule}`,
    `rule,side=${isRule},${side}`,
    `side,rank=${side},${Math.min(rank, 3)}`,
    `side,dist=${side},${bucket(distance)}`,
    `first=${firstClass}`,
    `pos=${headPos}`,
    `prev=${isQuoteMark(prev) ? 'Q' : prev}`,
    `next=${isQuoteMark(next) ? 'Q' : next}`,
    `side,prev=${side},${isQuoteMark(prev) ? 'Q' : prev}`,
    `actor=${actorType}`,
    `side,actor=${side},${actorType}`,
    `cue,side=${cw},${side}`,
    `cueside=${contentBeforeCue ? 'contentFirst' : 'cueFirst'},${side},${Math.min(rank, 2)}`,
    `inq=${inQuote}`,
    `len=${bucket(c.last - c.first + 1)}`,
  ];
}

/** Features of choosing no source at all (the speaker is elsewhere, or nobody is named). */
export function noSourceFeatures(ctx: ClaimContext, d: ClaimDraft): string[] {
  const cw = ctx.tokens[d.cue!.head].text.toLowerCase();
  return ['none', `none,rule=${!!d.source}`, `none,cue=${cw}`, `none,contentFirst=${d.end <= ctx.tokens[d.cue!.first].start}`];
}

/**
 * The best-scoring source of a draft whose cue the classifier found, or null for none; the rules' pick when no chunks
 * are available. Stance predicates keep the rules' subject ("Moscow remains opposed to ..."), which the rules read well.
 */
export function rankSource(ctx: ClaimContext, d: ClaimDraft): TokenRange | null {
  if (!ctx.tags || !d.cue || d.cue.score === undefined) return d.source;
  const candidates = sourceCandidates(ctx, d);
  let best: TokenRange | null = null;
  let bestScore = 0;
  for (const f of noSourceFeatures(ctx, d)) bestScore += SOURCE_RANKER_WEIGHTS[f] ?? 0;
  for (const c of candidates) {
    let s = 0;
    for (const f of sourceFeatures(ctx, d, c, candidates)) s += SOURCE_RANKER_WEIGHTS[f] ?? 0;
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}
