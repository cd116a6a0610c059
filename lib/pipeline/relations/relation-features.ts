// Features of an ordered pair of actor mentions in one sentence, shared by the relation trainer and the runtime classifier.
import type { Token } from '../document';
import { wordWeight } from '../stance/polarity';
import { NEGATORS } from '../knowledge/stance-words';
import { isWordToken } from '../claims/words';

/** Token ranges [start, end) of the earlier mention (a) and the later one (b), and the sentence window [lo, hi). */
export interface PairSpan {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  lo: number;
  hi: number;
}

const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'got', 'get', 'gets']);
const REACH_AFTER = 6;
const REACH_BEFORE = 4;

const lexSign = (w: number): string => (w > 0.3 ? 'pos' : w < -0.3 ? 'neg' : '');

type Slot = 'b' | 'bb' | 'b1' | 'bl' | 'b12' | 'a' | 'a1' | 'a12' | 'p' | 'p1' | 'passT' | 'passF';

interface Reading {
  lows: string[];
  weights: Float32Array;
  /** Per-token feature strings by kind, made on first use and reused: the engine caches a reused string's hash. */
  memo: Record<Slot, (string | undefined)[]>;
}

// Lowercase forms, stance weights and word features per token, kept per document: every pair reads them again.
const readings = new WeakMap<readonly Token[], Reading>();
function readingOf(tokens: readonly Token[]): Reading {
  let r = readings.get(tokens);
  if (!r) {
    const lows = tokens.map((t) => t.text.toLowerCase());
    const memo = {} as Reading['memo'];
    for (const slot of ['b', 'bb', 'b1', 'bl', 'b12', 'a', 'a1', 'a12', 'p', 'p1', 'passT', 'passF'] as const) memo[slot] = [];
    // Stance weights are filled on first read (NaN until then): only tokens near two mentions are ever read.
    r = { lows, weights: new Float32Array(lows.length).fill(NaN), memo };
    readings.set(tokens, r);
  }
  return r;
}

const PREFIX: Record<Slot, string> = { b: 'b=', bb: 'bb=', b1: 'b1=', bl: 'bl=', b12: 'b12=', a: 'a=', a1: 'a1=', a12: 'a12=', p: 'p=', p1: 'p1=', passT: 'pass,b=true,', passF: 'pass,b=false,' };
const PAIRED = new Set<Slot>(['bb', 'b12', 'a12']);

/** The feature string of kind `slot` at token k ("b=said"; paired kinds join k and k+1: "bb=said_that"). */
function featureAt(r: Reading, slot: Slot, k: number): string {
  const memo = r.memo[slot];
  return (memo[k] ??= PAIRED.has(slot) ? `${PREFIX[slot]}${r.lows[k]}_${r.lows[k + 1]}` : PREFIX[slot] + r.lows[k]);
}

// Features whose names depend only on a few small values, made once: a name built per pair would be a fresh string
// the weight lookup hashes every time.
const BUCKETS = ['0', '1', '2', '3', '4-6', '7-12', '13-25', 'far'];
const bucketIndex = (n: number): number => (n <= 3 ? n : n <= 6 ? 4 : n <= 12 ? 5 : n <= 25 ? 6 : 7);
const D = BUCKETS.map((b) => `d=${b}`);
const LEX = ['pos', 'neg', 'zero'] as const;
const LEXB = Object.fromEntries(LEX.map((l) => [l, `lexb=${l}`]));
const LEXB_PASS = Object.fromEntries(LEX.map((l) => [l, [`lexb,pass=${l},false`, `lexb,pass=${l},true`]]));
const LEXB_NEG = Object.fromEntries(LEX.map((l) => [l, [`lexb,neg=${l},false`, `lexb,neg=${l},true`]]));
const LEXB1: Record<string, string> = { '': 'lexb1=', pos: 'lexb1=pos', neg: 'lexb1=neg' };
const LEXA: Record<string, string> = { '-1': 'lexa=-1', '0': 'lexa=0', '1': 'lexa=1' };
const A_POSS = ['aPoss=false', 'aPoss=true'];
const B_POSS = ['bPoss=false', 'bPoss=true'];
const POSSESSIVE = /^['’]s$/;

/**
 * Describes how mention a relates to mention b: the words between them (verbs of praise or attack, "by" of a
 * passive, negation), the words around them, their distance, and the stance lexicon's reading of each region.
 */
export function relationFeatures(tokens: readonly Token[], s: PairSpan): string[] {
  const reading = readingOf(tokens);
  const { lows, weights } = reading;
  const at = (slot: Slot, k: number): string => featureAt(reading, slot, k);
  const weightAt = (k: number): number => {
    const w = weights[k];
    return w === w ? w : (weights[k] = wordWeight(lows[k]));
  };
  const f = ['bias'];
  const n = Math.max(0, s.b0 - s.a1);
  let words = 0;
  for (let k = s.a1; k < s.b0; k++) if (isWordToken(lows[k])) words++;
  f.push(D[bucketIndex(words)]);
  if (!n) f.push('adjacent');
  else {
    f.push(at('b1', s.a1), at('bl', s.b0 - 1));
    if (n > 1) f.push(at('b12', s.a1));
  }
  let negated = false;
  let passive = false;
  let lexBetween = 0;
  let firstLex = '';
  for (let k = 0; k < n; k++) {
    const w = lows[s.a1 + k];
    f.push(at('b', s.a1 + k));
    if (k + 1 < n) f.push(at('bb', s.a1 + k));
    if (NEGATORS.has(w) || w.endsWith("n't") || w.endsWith('n’t') || w === '’t' || w === "'t") negated = true;
    if (w === 'by' && passiveBefore(lows, Math.max(s.a1, s.a1 + k - 4), s.a1 + k)) passive = true;
    const sign = lexSign(weightAt(s.a1 + k));
    if (sign) {
      lexBetween += weightAt(s.a1 + k) > 0 ? 1 : -1;
      if (!firstLex) firstLex = sign;
    }
  }
  if (negated) f.push('neg');
  if (passive) f.push('passive');
  const lexB = lexBetween > 0 ? 'pos' : lexBetween < 0 ? 'neg' : 'zero';
  f.push(LEXB[lexB], LEXB_PASS[lexB][+passive], LEXB_NEG[lexB][+negated], LEXB1[firstLex]);
  for (let k = s.a1; k < s.b0; k++) if (lexSign(weightAt(k))) f.push(at(passive ? 'passT' : 'passF', k));
  let lexAfter = 0;
  for (let k = s.b1, m = 0; k < s.hi && m < REACH_AFTER; k++, m++) {
    f.push(at('a', k));
    if (m === 0) f.push(at('a1', k));
    lexAfter += Math.sign(weightAt(k));
  }
  if (s.b1 + 1 < s.hi) f.push(at('a12', s.b1));
  f.push(LEXA[String(Math.sign(lexAfter))]);
  for (let k = s.a0 - 1, m = 0; k >= s.lo && m < REACH_BEFORE; k--, m++) {
    f.push(at('p', k));
    if (m === 0) f.push(at('p1', k));
  }
  if (s.a0 === s.lo) f.push('aFirst');
  if (s.b1 >= s.hi - 1) f.push('bLast');
  f.push(A_POSS[+(s.a1 < s.hi && POSSESSIVE.test(lows[s.a1]))], B_POSS[+(s.b1 < s.hi && POSSESSIVE.test(lows[s.b1]))]);
  return f;
}

/** Whether tokens [from, to) hold a passive auxiliary or a participle in -ed (the "by" after them marks a passive). */
function passiveBefore(lows: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (PASSIVE_AUX.has(lows[k]) || /ed$/.test(lows[k])) return true;
  return false;
}
