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

/**
 * Describes how mention a relates to mention b: the words between them (verbs of praise or attack, "by" of a
 * passive, negation), the words around them, their distance, and the stance lexicon's reading of each region.
 */
export function relationFeatures(tokens: readonly Token[], s: PairSpan): string[] {
  const low = (k: number): string => tokens[k].text.toLowerCase();
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
    f.push(`b=${w}`);
    if (k + 1 < between.length) f.push(`bb=${w}_${between[k + 1]}`);
    if (NEGATORS.has(w) || w.endsWith("n't") || w.endsWith('n’t') || w === '’t' || w === "'t") negated = true;
    if (w === 'by' && between.slice(Math.max(0, k - 4), k).some((x) => PASSIVE_AUX.has(x) || /ed$/.test(x))) passive = true;
    const sign = lexSign(wordWeight(w));
    if (sign) {
      lexBetween += wordWeight(w) > 0 ? 1 : -1;
      if (!firstLex) firstLex = sign;
    }
  }
  if (negated) f.push('neg');
  if (passive) f.push('passive');
  const lexB = lexBetween > 0 ? 'pos' : lexBetween < 0 ? 'neg' : 'zero';
  f.push(`lexb=${lexB}`, `lexb,pass=${lexB},${passive}`, `lexb,neg=${lexB},${negated}`, `lexb1=${firstLex}`);
  for (const w of words) if (lexSign(wordWeight(w))) f.push(`pass,b=${passive},${w}`);
  let lexAfter = 0;
  for (let k = s.b1, n = 0; k < s.hi && n < REACH_AFTER; k++, n++) {
    const w = low(k);
    f.push(`a=${w}`);
    if (n === 0) f.push(`a1=${w}`);
    lexAfter += Math.sign(wordWeight(w));
  }
  if (s.b1 + 1 < s.hi) f.push(`a12=${low(s.b1)}_${low(s.b1 + 1)}`);
  f.push(`lexa=${Math.sign(lexAfter)}`);
  for (let k = s.a0 - 1, n = 0; k >= s.lo && n < REACH_BEFORE; k--, n++) {
    f.push(`p=${low(k)}`);
    if (n === 0) f.push(`p1=${low(k)}`);
  }
  if (s.a0 === s.lo) f.push('aFirst');
  if (s.b1 >= s.hi - 1) f.push('bLast');
  f.push(`aPoss=${s.a1 < s.hi && /^['’]s$/.test(low(s.a1))}`, `bPoss=${s.b1 < s.hi && /^['’]s$/.test(low(s.b1))}`);
  return f;
}
