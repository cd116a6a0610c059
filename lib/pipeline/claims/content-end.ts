// Decides where a claim's content ends when it follows its cue: at the sentence end, or at a clause break before the next claim.
import type { Token } from '../document';
import { CONTENT_END_MODEL } from '../knowledge/content-end-model';
import { HashedWeights, ScoreSink, type FeatureSink } from './hashed-weights';
import { isQuoteMark, isWordToken } from './words';
import { reports } from './participle-split';
import { POS_TAGS, isFiniteVerb, posId, type SyntaxTags } from '../syntax';

/** What the end chooser needs to know about a document besides its tokens. */
export interface EndContext {
  tokens: readonly Token[];
  /** Per token: index of the quote containing it, or -1. */
  quoteOf: Int32Array;
  /** Per token: 1 where a reporting cue the cue finder accepted starts its head word. */
  cueHead: Uint8Array;
  /** Parts of speech, when the pipeline has the syntax model: whether the content is a clause or an object. */
  tags?: SyntaxTags;
}

// Tokens after which content may stop: punctuation that closes a clause, and words that open a new one.
const BREAK_PUNCT = new Set([',', ';', '—', '–', '(', ':', '-']);
const BREAK_WORDS = new Set(['and', 'but', 'while', 'as', 'which', 'who', 'because', 'although', 'though', 'even', 'before', 'after', 'when', 'since', 'so', 'than', 'or', 'until', 'whereas', 'if', 'where']);

const bucket = (n: number): string => (n <= 3 ? String(n) : n <= 6 ? '4-6' : n <= 12 ? '7-12' : n <= 25 ? '13-25' : '26+');

/**
 * Candidate last tokens of content running from `a` to before `s1`: the last word before each clause break outside
 * quotes (the first `limit - 1` of them), and the sentence's last word. Sorted ascending; the last is always s1 - 1.
 */
export function endCandidates(ctx: EndContext, a: number, s1: number, limit = Infinity): number[] {
  const { tokens, quoteOf } = ctx;
  const out: number[] = [];
  for (let k = a + 1; k < s1 && out.length < limit - 1; k++) {
    if (quoteOf[k] >= 0 && quoteOf[k] === quoteOf[k - 1]) continue;
    const w = tokens[k].text.toLowerCase();
    if ((BREAK_PUNCT.has(w) || BREAK_WORDS.has(w)) && isWordOrQuote(tokens[k - 1].text) && !(w === ',' && describingParticiple(ctx, k + 1))) out.push(k - 1);
  }
  out.push(s1 - 1);
  return out;
}

const VBG = posId('VBG');

/**
 * "said the company grew quickly, cementing its lead": a participle after a comma that reports nothing ("cementing",
 * unlike "adding" or "saying") goes on with what was said, so the comma is no place for the content to end.
 */
function describingParticiple(ctx: EndContext, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && !!ctx.tags && ctx.tags.pos[k] === VBG && !ctx.cueHead[k] && !reports(t.text);
}

function isWordOrQuote(t: string): boolean {
  return isWordToken(t) || isQuoteMark(t) || t === ')' || t === '%';
}

/** Most candidate ends weighed per claim: bounds the work on run-on sentences (the sentence end is always one of them). */
const MAX_CANDIDATES = 40;

/** A candidate last token of content, with the cue heads and commas between the content's start and it (capped). */
export interface EndCandidate {
  e: number;
  cuesInside: number;
  commas: number;
  /** Whether the content up to this end holds a tensed verb ("said the plan failed" vs "raised money"). */
  clause: boolean;
}

/** Each candidate end, counted in one pass over the content (linear in the sentence's length). */
export function candidateEnds(ctx: EndContext, a: number, s1: number): EndCandidate[] {
  const out: EndCandidate[] = [];
  let cuesInside = 0;
  let commas = 0;
  let clause = false;
  const pos = ctx.tags?.pos;
  let k = a;
  for (const e of endCandidates(ctx, a, s1, MAX_CANDIDATES)) {
    // The features cap both counts (2 cues, 3 commas) and the clause flag, so counting stops there: run-on sentences
    // stay linear.
    for (; k <= e && (cuesInside < 2 || commas < 3 || (pos && !clause)); k++) {
      cuesInside += ctx.cueHead[k];
      if (ctx.tokens[k].text === ',') commas++;
      if (pos && isFiniteVerb(pos[k])) clause = true;
    }
    out.push({ e, cuesInside, commas, clause });
  }
  return out;
}

const DIGITS = ['0', '1', '2', '3', '4', '5'];
const bool = (b: boolean): string => (b ? 'true' : 'false');

/**
 * Features of ending content that starts at `a` at candidate `c`, for the cue whose head is `head`, emitted to `out`
 * as parts of their names (hashed-weights.ts); shared with the trainer (scripts/derive-content-end.ts).
 */
export function endFeatures(out: FeatureSink, ctx: EndContext, head: number, a: number, c: EndCandidate, s1: number): void {
  const { tokens, cueHead } = ctx;
  const { e } = c;
  const low = (k: number): string => (k < s1 ? tokens[k].text.toLowerCase() : 'EOS');
  const n1 = low(e + 1);
  const n2 = low(e + 2);
  const n3 = low(e + 3);
  let cueSoon = 0;
  for (let k = e + 1; k < Math.min(s1, e + 6); k++) if (cueHead[k]) cueSoon = k - e;
  const cw = tokens[head].text.toLowerCase();
  const that = low(a) === 'that' ? 'that' : 'bare';
  const last = e >= s1 - 1;
  const lastName = bool(last);
  const len = bucket(e - a + 1);
  out.emit('b');
  out.emit('n1=', n1);
  out.emit('n1,n2=', n1, ',', n2);
  out.emit('n2=', n2);
  out.emit('n1,n3=', n1, ',', n3);
  out.emit('e=', low(e));
  out.emit('len=', len);
  out.emit('rest=', bucket(s1 - 1 - e));
  out.emit('in=', DIGITS[Math.min(c.cuesInside, 2)]);
  out.emit('soon=', DIGITS[cueSoon]);
  out.emit('n1,soon=', n1, ',', bool(cueSoon > 0));
  out.emit('commas=', DIGITS[Math.min(c.commas, 3)]);
  out.emit('cue=', cw, ',last=', lastName);
  out.emit('that=', that, ',last=', lastName);
  out.emit('that,n1=', that, ',', n1);
  out.emit('cue,n1=', cw, ',', n1);
  out.emit('len,n1=', len, ',', n1);
  if (last) out.emit('last');
  if (ctx.tags) {
    // "raised money and won the primary": after an object, "and" and a tensed verb start the subject's next act;
    // after a clause ("said the plan failed and cost jobs") the verb more often continues what was said.
    const fin = bool(c.clause);
    const p2 = e + 2 < s1 ? POS_TAGS[ctx.tags.pos[e + 2]] : 'EOS';
    out.emit('fin=', fin);
    out.emit('fin,n1=', fin, ',', n1);
    out.emit('n1,p2=', n1, ',', p2);
    out.emit('fin,n1,p2=', fin, ',', n1, ',', p2);
  }
}

/** The content-end model, decoded on first use. */
let scorer: ScoreSink | null = null;

/** Swaps in other weights (an evaluation's model for a fold that did not see the article); null restores the shipped ones. */
export function useContentEndModel(weights: HashedWeights | null): void {
  scorer = weights ? new ScoreSink(weights) : null;
}

/** The best-scoring last token of content running from `a`, for the cue whose head is `head`. */
export function chooseContentEnd(ctx: EndContext, head: number, a: number, s1: number): number {
  scorer ??= new ScoreSink(HashedWeights.decode(CONTENT_END_MODEL));
  let best = s1 - 1;
  let bestScore = -Infinity;
  for (const c of candidateEnds(ctx, a, s1)) {
    endFeatures(scorer.reset(), ctx, head, a, c, s1);
    if (scorer.sum > bestScore) {
      bestScore = scorer.sum;
      best = c.e;
    }
  }
  return best;
}
