// Finds reporting cues: lexicon words the trained classifier accepts, widened to their auxiliaries and particles.
import type { Token } from '../document';
import { CUE_LEXICON } from '../knowledge/cues-lexicon';
import { CUE_MODEL_WEIGHTS } from '../knowledge/cues-model';
import { cueFeatures } from './cue-features';
import { isCueCandidate } from './cue-candidates';
import { AUX_AND_ADVERBS } from './words';

export interface Cue {
  /** The cue's head word ("said", "according"). */
  head: number;
  /** Token range [first, last] of the whole cue phrase ("has made it clear", "according to"). */
  first: number;
  last: number;
}

// Words that complete a cue phrase after its head: "according to", "pointed out", "made it clear", "called for".
const FOLLOWERS: Record<string, readonly string[][]> = {
  according: [['to']],
  referring: [['to']],
  pointed: [['out'], ['to']],
  pointing: [['out'], ['to']],
  made: [['it', 'clear'], ['clear']],
  make: [['it', 'clear'], ['clear']],
  making: [['it', 'clear'], ['clear']],
  called: [['for'], ['on']],
  calls: [['for'], ['on']],
  calling: [['for'], ['on']],
  call: [['for'], ['on']],
};

/** Score a candidate must exceed; below zero trades precision for recall, tuned on PolNeAR train (see derive-cues). */
export const CUE_THRESHOLD = Number(globalThis.process?.env?.CUE_THRESHOLD ?? 0);

export function cueScore(tokens: readonly Token[], i: number, inQuote: (i: number) => boolean): number {
  let s = 0;
  for (const f of cueFeatures(tokens, i, inQuote)) s += CUE_MODEL_WEIGHTS[f] ?? 0;
  return s;
}

export function findCues(tokens: readonly Token[], inQuote: (i: number) => boolean): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].text.toLowerCase();
    if (!Object.hasOwn(CUE_LEXICON, w) || !isCueCandidate(w, CUE_LEXICON)) continue;
    if (cueScore(tokens, i, inQuote) <= CUE_THRESHOLD) continue;
    cues.push(widen(tokens, i));
  }
  return cues;
}

function widen(tokens: readonly Token[], head: number): Cue {
  const s = tokens[head].sentence;
  let first = head;
  while (first - 1 >= 0 && tokens[first - 1].sentence === s && AUX_AND_ADVERBS.has(tokens[first - 1].text.toLowerCase()) && head - first < 4) first--;
  let last = head;
  for (const seq of FOLLOWERS[tokens[head].text.toLowerCase()] ?? []) {
    if (seq.every((w, k) => tokens[head + 1 + k]?.sentence === s && tokens[head + 1 + k].text.toLowerCase() === w)) {
      last = head + seq.length;
      break;
    }
  }
  return { head, first, last };
}
