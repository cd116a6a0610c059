// Features of an ordered pair of actor mentions in one sentence, shared by the relation trainer and the runtime classifier.
import type { Token } from '../document';
import { wordWeight } from '../stance/polarity';
import { NEGATORS } from '../knowledge/stance-words';

/** Token ranges [start, end) of the earlier mention (a) and the later one (b), and the sentence window [lo, hi). */
export interface PairSpan {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  lo: number;
  hi: number;
}

const WORD_RE = /^[\p{L}\p{N}]/u;
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'got', 'get', 'gets']);
const REACH_AFTER = 6;
const REACH_BEFORE = 4;

const lexSign = (w: number): string => (w > 0.3 ? 'pos' : w < -0.3 ? 'neg' : '');
const bucket = (n: number): string => (n <= 3 ? String(n) : n <= 6 ? '4-6' : n <= 12 ? '7-12' : n <= 25 ? '13-25' : 'far');

interface Reading {
  lows: string[];
  weights: Float32Array;
  /** Per-token feature strings ("b=said", "bb=said_that", ...): built once, their hashes are cached by the engine. */
  between: string[];
  bigram: string[];
  after: string[];
  before: string[];
}

// Lowercase forms, stance weights and word features per token, computed once per document: every pair reads them again.
const readings = new WeakMap<readonly Token[], Reading>();
function readingOf(tokens: readonly Token[]): Reading {
  let r = readings.get(tokens);
  if (!r) {
    const lows = tokens.map((t) => t.text.toLowerCase());
    r = {
      lows,
      weights: Float32Array.from(lows, wordWeight),
      between: lows.map((w) => `b=${w}`),
      bigram: lows.map((w, k) => `bb=${w}_${lows[k + 1] ?? ''}`),
      after: lows.map((w) => `a=${w}`),
      before: lows.map((w) => `p=${w}`),
    };
    readings.set(tokens, r);
  }
  return r;
}

/**
 * Describes how mention a relates to mention b: the words between them (verbs of praise or attack, "by" of a
 * passive, negation), the words around them, their distance, and the stance lexicon's reading of each region.
 */
export function relationFeatures(tokens: readonly Token[], s: PairSpan): string[] {
  const reading = readingOf(tokens);
  const { lows, weights } = reading;
  const low = (k: number): string => lows[k];
  const weightAt = (k: number): number => weights[k];
  const f = ['bias'];
  const between: string[] = [];
  for (let k = s.a1; k < s.b0; k++) between.push(low(k));
  const words = between.filter((w) => WORD_RE.test(w));
  f.push(`d=${bucket(words.length)}`);
  if (!between.length) f.push('adjacent');
  else {
    f.push(`b1=${between[0]}`, `bl=${between[between.length - 1]}`);
    if (between.length > 1) f.push(`b12=${between[0]}_${between[1]}`);
  }
  let negated = false;
  let passive = false;
  let lexBetween = 0;
  let firstLex = '';
  for (let k = 0; k < between.length; k++) {
    const w = between[k];
    f.push(reading.between[s.a1 + k]);
    if (k + 1 < between.length) f.push(reading.bigram[s.a1 + k]);
    if (NEGATORS.has(w) || w.endsWith("n't") || w.endsWith('n’t') || w === '’t' || w === "'t") negated = true;
    if (w === 'by' && between.slice(Math.max(0, k - 4), k).some((x) => PASSIVE_AUX.has(x) || /ed$/.test(x))) passive = true;
    const sign = lexSign(weightAt(s.a1 + k));
    if (sign) {
      lexBetween += weightAt(s.a1 + k) > 0 ? 1 : -1;
      if (!firstLex) firstLex = sign;
    }
  }
  if (negated) f.push('neg');
  if (passive) f.push('passive');
  const lexB = lexBetween > 0 ? 'pos' : lexBetween < 0 ? 'neg' : 'zero';
  f.push(`lexb=${lexB}`, `lexb,pass=${lexB},${passive}`, `lexb,neg=${lexB},${negated}`, `lexb1=${firstLex}`);
  for (let k = s.a1; k < s.b0; k++) if (lexSign(weightAt(k))) f.push(`pass,b=${passive},${lows[k]}`);
  let lexAfter = 0;
  for (let k = s.b1, n = 0; k < s.hi && n < REACH_AFTER; k++, n++) {
    const w = low(k);
    f.push(reading.after[k]);
    if (n === 0) f.push(`a1=${w}`);
    lexAfter += Math.sign(weightAt(k));
  }
  if (s.b1 + 1 < s.hi) f.push(`a12=${low(s.b1)}_${low(s.b1 + 1)}`);
  f.push(`lexa=${Math.sign(lexAfter)}`);
  for (let k = s.a0 - 1, n = 0; k >= s.lo && n < REACH_BEFORE; k--, n++) {
    f.push(reading.before[k]);
    if (n === 0) f.push(`p1=${low(k)}`);
  }
  if (s.a0 === s.lo) f.push('aFirst');
  if (s.b1 >= s.hi - 1) f.push('bLast');
  f.push(`aPoss=${s.a1 < s.hi && /^['’]s$/.test(low(s.a1))}`, `bPoss=${s.b1 < s.hi && /^['’]s$/.test(low(s.b1))}`);
  return f;
}
