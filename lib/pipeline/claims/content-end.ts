// Decides where a claim's content ends when it follows its cue: at the sentence end, or at a clause break before the next claim.
import type { Token } from '../document';
import { CONTENT_END_WEIGHTS } from '../knowledge/content-end-model';
import { isQuoteMark, isWordToken } from './words';

/** What the end chooser needs to know about a document besides its tokens. */
export interface EndContext {
  tokens: readonly Token[];
  /** Per token: index of the quote containing it, or -1. */
  quoteOf: Int32Array;
  /** Per token: 1 where a reporting cue the cue finder accepted starts its head word. */
  cueHead: Uint8Array;
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
    if ((BREAK_PUNCT.has(w) || BREAK_WORDS.has(w)) && isWordOrQuote(tokens[k - 1].text)) out.push(k - 1);
  }
  out.push(s1 - 1);
  return out;
}

function isWordOrQuote(t: string): boolean {
  return isWordToken(t) || isQuoteMark(t) || t === ')' || t === '%';
}

/** Most candidate ends weighed per claim: bounds the work on run-on sentences (the sentence end is always one of them). */
const MAX_CANDIDATES = 40;

/** Each candidate end with its features, in one pass over the content (linear in the sentence's length). */
export function candidateFeatures(ctx: EndContext, head: number, a: number, s1: number): { e: number; f: string[] }[] {
  const cands = endCandidates(ctx, a, s1, MAX_CANDIDATES);
  const out: { e: number; f: string[] }[] = [];
  let cuesInside = 0;
  let commas = 0;
  let k = a;
  for (const e of cands) {
    // The features cap both counts (2 cues, 3 commas), so counting stops there: run-on sentences stay linear.
    for (; k <= e && (cuesInside < 2 || commas < 3); k++) {
      cuesInside += ctx.cueHead[k];
      if (ctx.tokens[k].text === ',') commas++;
    }
    out.push({ e, f: endFeatures(ctx, head, a, e, s1, cuesInside, commas) });
  }
  return out;
}

/** Features of ending content [a, e] whose cue head is `head`, given the cue heads and commas inside it. */
function endFeatures(ctx: EndContext, head: number, a: number, e: number, s1: number, cuesInside: number, commas: number): string[] {
  const { tokens, cueHead } = ctx;
  const low = (k: number): string => (k < s1 ? tokens[k].text.toLowerCase() : 'EOS');
  const n1 = low(e + 1);
  const n2 = low(e + 2);
  const n3 = low(e + 3);
  let cueSoon = 0;
  for (let k = e + 1; k < Math.min(s1, e + 6); k++) if (cueHead[k]) cueSoon = k - e;
  const cw = tokens[head].text.toLowerCase();
  const that = low(a) === 'that' ? 'that' : 'bare';
  const last = e >= s1 - 1;
  const f = [
    'b',
    `n1=${n1}`,
    `n1,n2=${n1},${n2}`,
    `n2=${n2}`,
    `n1,n3=${n1},${n3}`,
    `e=${low(e)}`,
    `len=${bucket(e - a + 1)}`,
    `rest=${bucket(s1 - 1 - e)}`,
    `in=${Math.min(cuesInside, 2)}`,
    `soon=${cueSoon}`,
    `n1,soon=${n1},${cueSoon > 0}`,
    `commas=${Math.min(commas, 3)}`,
    `cue=${cw},last=${last}`,
    `that=${that},last=${last}`,
    `that,n1=${that},${n1}`,
    `cue,n1=${cw},${n1}`,
    `len,n1=${bucket(e - a + 1)},${n1}`,
  ];
  if (last) f.push('last');
  return f;
}

/** The best-scoring last token of content running from `a`, for the cue whose head is `head`. */
export function chooseContentEnd(ctx: EndContext, head: number, a: number, s1: number): number {
  let best = s1 - 1;
  let bestScore = -Infinity;
  for (const { e, f } of candidateFeatures(ctx, head, a, s1)) {
    let s = 0;
    for (const x of f) s += CONTENT_END_WEIGHTS[x] ?? 0;
    if (s > bestScore) {
      bestScore = s;
      best = e;
    }
  }
  return best;
}
