// Stage 03: finds claims (direct quotes, mixed and indirect reported speech) with their cue and source span.
import type { Claim, ClaimKind } from '../model';
import type { PipelineDoc } from './document';
import { lowerBound } from './lower-bound';
import type { PipelineResources } from './resources';
import { findQuotes } from './claims/quotes';
import { quoteIndexByToken } from './claims/quote-mask';
import { findCues } from './claims/cues';
import { draftFromCue, type ClaimContext } from './claims/cue-claims';
import { addQuoteDrafts } from './claims/quote-claims';
import type { ClaimDraft } from './claims/draft';
import { addRelationClaims } from './relations/relation-claims';
import { filterClaims } from './claims/claim-filter';
import { nounPhraseReader } from './claims/noun-phrases';
import { rankSource } from './claims/source-ranker';
import { entityKinds } from './claims/entity-kinds';
import { addColonDrafts } from './claims/colon-claims';
import { speakerPhrase, trimSpeakerEnd } from './claims/source-check';
import { saysNothing } from './claims/empty-content';
import { splitAtParticiples } from './claims/participle-split';
import { subjectSpokenOf } from './claims/passive-agent';
import { withLocatedHead } from './claims/speaker-head';

export function claimsStage(doc: PipelineDoc, res: PipelineResources): void {
  const { ctx, drafts } = claimDrafts(doc, res);
  doc.quotes = ctx.quotes;
  // Sorted by start, longest first, so an enclosing claim comes before the claims nested in it.
  const kept = filterClaims(ctx, drafts);
  for (const d of kept) if (d.cue) d.source = withLocatedHead(ctx, trimSpeakerEnd(ctx, withoutSpokenOf(ctx, d, rankSource(ctx, d))));
  // Before the nesting check: a claim ended before ", adding that …" no longer holds the claim after it.
  splitAtParticiples(doc.tokens, kept);
  doc.claims = dropNested(dropWeakOuter(kept, doc.tokens).sort((a, b) => a.start - b.start || b.end - a.end))
    .map((d) => toClaim(doc, d, ctx.quotes));
  addRelationClaims(doc);
}

/** "The country has been hailed as a model": the subject before a passive of speaking is spoken of, not speaking. */
function withoutSpokenOf(ctx: ClaimContext, d: ClaimDraft, source: ClaimDraft['source']): ClaimDraft['source'] {
  return source && source.last < d.cue!.first && subjectSpokenOf(ctx.tokens, d.cue!) ? null : source;
}

/** Every candidate claim of the document, from cues and from quote marks, before the whole-claim filter (shared with its trainer). */
export function claimDrafts(doc: PipelineDoc, res?: PipelineResources): { ctx: ClaimContext; drafts: ClaimDraft[] } {
  const quotes = findQuotes(doc.text, doc.paragraphs);
  const quoteOf = quoteIndexByToken(doc.tokens, quotes);
  const tags = res?.syntax?.tagDoc(doc);
  const ents = entityKinds(doc);
  const cues = findCues(doc.tokens, (i) => quoteOf[i] >= 0, ents, tags, res?.wordVectors);
  const cueHead = new Uint8Array(doc.tokens.length);
  for (const c of cues) cueHead[c.head] = 1;
  const ctx: ClaimContext = { doc, quotes, quoteOf, cueHead, tokens: doc.tokens, tags, ents, nounPhrase: tags ? nounPhraseReader(doc, tags) : undefined };
  const drafts: ClaimDraft[] = [];
  const seen = new Set<string>();
  for (const cue of cues) {
    if (quoteOf[cue.head] >= 0) continue;
    const d = draftFromCue(ctx, cue);
    if (!d || d.end <= d.start || saysNothing(ctx, d)) continue;
    // "which together vowed", "For instance, calls": a rule-picked "subject" with no word that can name anyone.
    if (d.source) d.source = speakerPhrase(ctx, d.source);
    // ", adding that ..." / ", saying ...": a participle cue shares the speaker of its sentence's main cue, and so does
    // a second predicate ("Southwest said it had cut flights and warned that ...").
    // A participle describing a noun ("a merger proposed by two chains, saying …") is no predicate of the sentence.
    const prev = drafts.findLast((x) => !x.describing);
    // ", saying …" after the sentence's main cue is that cue's subject speaking, whatever noun phrase stands between.
    const before = cue.first > 0 ? doc.tokens[cue.first - 1].text.toLowerCase() : '';
    const coordinated = before === 'and' || (before === ',' && /ing$/.test(doc.tokens[cue.head].text) && doc.tokens[cue.head].text.toLowerCase() !== 'according');
    if ((!d.source || coordinated) && prev?.source && prev.cue && doc.tokens[prev.cue.head].sentence === doc.tokens[cue.head].sentence) d.source = prev.source;
    const key = `${d.start}:${d.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    drafts.push(d);
  }
  return { ctx, drafts: addQuoteDrafts(ctx, addColonDrafts(ctx, drafts)) };
}

function toClaim(doc: PipelineDoc, d: ClaimDraft, quotes: ClaimContext['quotes']): Claim {
  const text = doc.text.slice(d.start, d.end);
  const t = doc.tokens;
  const cue = d.cue ? { start: t[d.cue.first].start, end: t[d.cue.last].end, text: doc.text.slice(t[d.cue.first].start, t[d.cue.last].end) } : null;
  const source = d.source ?? d.inheritedSource ?? null;
  const speaker = source
    ? { actorId: null, name: speakerName(doc.text.slice(t[source.first].start, t[source.last].end)), start: t[source.first].start, end: t[source.last].end }
    : null;
  return { start: d.start, end: d.end, text, kind: kindOf(d, quotes), cue, speaker, stance: null };
}

/**
 * The source as readers see it: the words before its first comma. A span may run on over an aside ("Two officials,
 * speaking on condition of anonymity ...") or to a relative pronoun ("the officials, who"), which helps find the
 * speaker but not read the name. A named speaker's name is replaced by its actor's name in stage 04.
 */
function speakerName(span: string): string {
  // "nations that (oppose …)": the relative pronoun helps find the speaker but is no part of its name.
  // A quoted title's own comma ("the “Growth and Opportunity Project,”") does not end the name.
  const head = span.replace(/([“"][^”"]*),([”"])/gu, '$1$2').split(',')[0].replace(/\s+(?:who|which|that)$/u, '').trim();
  return head || span;
}

/** Direct when the content is exactly one quote (or quotes joined by their cue), mixed when it contains quoted words. */
function kindOf(d: ClaimDraft, quotes: ClaimContext['quotes']): ClaimKind {
  // Quotes are sorted and do not overlap: binary-search the first one starting inside the claim.
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].start < d.start) lo = mid + 1;
    else hi = mid;
  }
  let inside = 0;
  let lastEnd = -1;
  for (let k = lo; k < quotes.length && quotes[k].end <= d.end; k++) {
    inside++;
    lastEnd = quotes[k].end;
  }
  if (inside === 0) return 'indirect';
  if (quotes[lo].start === d.start && lastEnd === d.end && inside <= 2) return 'direct';
  return 'mixed';
}

/**
 * How much surer a cue inside a claim's content must be for that claim to give way to it. "In a conference call last
 * week, Lew acknowledged …": a barely accepted "call" would otherwise swallow Lew's claim, and his name with it.
 * Out of fold on PolNeAR train, margins 0-25 all gave speaker F1 +0.2, exact spans +0.2-0.7 and content F1 -0.1.
 */
const OUTER_MARGIN = 15;

/** Drops a cue claim whose content holds a cue scored OUTER_MARGIN above its own; the nested claim then stands. */
function dropWeakOuter(kept: ClaimDraft[], tokens: PipelineDoc['tokens']): ClaimDraft[] {
  // Scored cues by position, so each claim looks only at the cues inside it (a page may have thousands of claims).
  const cues = kept.flatMap((d) => (d.cue?.score === undefined ? [] : [{ at: tokens[d.cue.head].start, score: d.cue.score }])).sort((a, b) => a.at - b.at);
  return kept.filter((d) => {
    const s = d.cue?.score;
    if (s === undefined) return true;
    for (let k = lowerBound(cues, (c) => c.at >= d.start); k < cues.length && cues[k].at < d.end; k++) if (cues[k].score - s > OUTER_MARGIN) return false;
    return true;
  });
}

/**
 * Keeps only the outermost of nested claims: a cue inside another claim's content ("he said she had warned that ...")
 * is part of what the outer speaker reported. On PolNeAR dev this trades 1.5 points of recall for 8 of precision.
 */
export function dropNested<T extends { start: number; end: number }>(sorted: T[]): T[] {
  const out: T[] = [];
  let reach = -1;
  for (const d of sorted) {
    if (d.end <= reach) continue;
    out.push(d);
    reach = Math.max(reach, d.end);
  }
  return out;
}
