// Claims from quote marks that no cue produced: continuation quotes join the claim before them, lone quotes stand alone.
import type { ClaimContext } from './cue-claims';
import type { ClaimDraft } from './draft';
import { colonBefore, quoteSpeaker } from './quote-speakers';
import type { TokenRange } from './source-span';
import { PRONOUNS, countWords, isLineSpace } from './words';
import { lowerBound } from '../lower-bound';

/** A quote shorter than this many words inside a sentence is a scare quote or a title, not speech. */
const MIN_SPEECH_WORDS = 4;
/** Longest stretch (characters) between a quote's closing cue and the quote that continues it. */
const MAX_CUE_GAP = 250;

/**
 * Adds a draft for every speech-like quote not yet covered. A quote that directly follows a claim whose cue closed
 * its sentence ("“...,” he said. “...”"), in the same paragraph or opening the next, extends that claim, as in
 * PolNeAR (news gives the speaker once for a run of quoted paragraphs); any other uncovered quote becomes a claim
 * with no cue whose speaker continues the latest claim of the same or the previous paragraph.
 */
export function addQuoteDrafts(ctx: ClaimContext, drafts: ClaimDraft[]): ClaimDraft[] {
  const { doc, quotes } = ctx;
  const sorted = [...drafts].sort((a, b) => a.start - b.start);
  const out = [...drafts];
  // One pass: quotes and drafts are both in text order; `latest` is the draft reaching furthest so far.
  let next = 0;
  let latest: ClaimDraft | undefined;
  // The latest claim whose cue follows its content ("“...,” said X, a lawyer, ..."): a quote right after continues it.
  let closedByCue: ClaimDraft | undefined;
  const otherSpeaker = otherSpeakerAfter(ctx, drafts);
  for (const q of quotes) {
    while (next < sorted.length && sorted[next].start < q.end) {
      const d = sorted[next];
      if (!latest || d.end > latest.end) latest = d;
      if (d.cue && ctx.doc.tokens[d.cue.first].start >= d.end - 1) closedByCue = d;
      next++;
    }
    if (latest && latest.end > q.start) continue;
    const words = countWords(doc.text, q.start, q.end);
    if (words < MIN_SPEECH_WORDS) continue;
    const prev = latest;
    const gap = closedByCue ? doc.text.slice(closedByCue.end, q.start) : '';
    if (closedByCue && closedByCue.end <= q.start && endsWithCue(ctx, closedByCue, q.start) && gap.length <= MAX_CUE_GAP && /^[^\n]*[.?!][”"’']?[^\S\n]*(?:\n[^\S\n]*)*$/u.test(gap) && gap.includes(' ') && !otherSpeaker(q.end, closedByCue.source)) {
      closedByCue.end = q.end;
      latest = closedByCue;
      continue;
    }
    if (!startsSentence(doc.text, q.start) && words < 8) continue;
    const paragraphsBetween = prev ? countNewlines(doc.text, prev.end, q.start) : Infinity;
    const draft: ClaimDraft = { start: q.start, end: q.end, cue: null, source: cueSourceBeforeColon(ctx, prev, q.start) ?? quoteSpeaker(ctx, q.start, q.end) };
    // Only a quote right after quoted speech continues it; after reported speech the next quote is someone else's.
    const prevSource = prev?.source ?? prev?.inheritedSource ?? null;
    if (!draft.source && prev && paragraphsBetween <= 2 && /[”"»’']\s*$/u.test(doc.text.slice(prev.start, prev.end)) && !otherSpeaker(q.end, prevSource)) draft.inheritedSource = prevSource;
    out.push(draft);
    latest = draft;
  }
  return out;
}

/**
 * Whether a cue after the quote ending at `end`, in the quote's own sentence, has a named source other than
 * `prevSource`, the earlier claim's speaker: "“…,” Smith wrote.\n\n“…,” Jones told reporters." is two speakers,
 * while "he continued" or "Smith added" goes on with the same one.
 */
function otherSpeakerAfter(ctx: ClaimContext, drafts: readonly ClaimDraft[]): (end: number, prevSource: TokenRange | null | undefined) => boolean {
  const { tokens } = ctx.doc;
  const bySentence = new Map<number, ClaimDraft[]>();
  for (const d of drafts) {
    if (!d.cue) continue;
    const s = tokens[d.cue.head].sentence;
    const list = bySentence.get(s);
    if (list) list.push(d);
    else bySentence.set(s, [d]);
  }
  const lastWord = (r: TokenRange): string => tokens[r.last].text.toLowerCase();
  return (end, prevSource) => {
    const k = lowerBound(tokens, (t) => t.start >= end);
    // Only a cue in the quote's own sentence ("“…,” Jones said."), not one in the next sentence or paragraph.
    if (k >= tokens.length || k === 0 || tokens[k].sentence !== tokens[k - 1].sentence) return false;
    const after = bySentence.get(tokens[k].sentence)?.find((d) => tokens[d.cue!.head].start >= end);
    if (!after || !prevSource) return false;
    // A cue whose speaker the rules could not read ("a mother of three … since May told reporters") is still its own.
    const src = after.source;
    if (!src) return true;
    const pronoun = (r: TokenRange): boolean => r.first === r.last && PRONOUNS.has(tokens[r.first].text.toLowerCase());
    // A pronoun on either side may be the same person: only two different names tell two speakers apart.
    if (pronoun(src) || pronoun(prevSource)) return false;
    return lastWord(src) !== lastWord(prevSource);
  };
}

/**
 * "As Joel Pollak observed, the biggest victor was the stage itself:\n\n“…”": the quote a colon introduces is spoken by
 * the source of the claim whose cue stands in the sentence the colon closes.
 */
function cueSourceBeforeColon(ctx: ClaimContext, prev: ClaimDraft | undefined, start: number): TokenRange | null {
  const colon = colonBefore(ctx, start);
  if (colon < 0 || !prev?.cue || !prev.source) return null;
  const { tokens } = ctx.doc;
  return tokens[prev.cue.head].sentence === tokens[colon].sentence ? prev.source : null;
}

function endsWithCue(ctx: ClaimContext, d: ClaimDraft, next: number): boolean {
  // The cue sits between the claim's content and the next quote: "“...,” she said. “...”".
  const cueEnd = ctx.doc.tokens[d.cue!.last].end;
  return cueEnd > d.end - 1 && cueEnd <= next;
}

/**
 * Line breaks between two offsets, not counting the breaks around a caption ("Hori Parata at his farm"): a line with
 * no sentence-final mark between two quotes of one speaker is a photo caption the page put between them.
 */
function countNewlines(text: string, start: number, end: number): number {
  let n = 0;
  let lineStart = start;
  for (let i = start; i < end; i++) {
    if (text[i] !== '\n') continue;
    const line = text.slice(lineStart, i).trim();
    if (line && !/[.?!:;"”’)]$/u.test(line) && lineStart > start) n -= 2;
    n++;
    lineStart = i + 1;
  }
  return n;
}

function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isLineSpace(text[i])) i--;
  return i < 0 || /[\n.?!:]/.test(text[i]);
}
