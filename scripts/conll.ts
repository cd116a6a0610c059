// Reads CoNLL-2003 files (one "token POS chunk NER" per line) into documents, and scores tagged spans against gold.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NerInput } from '../lib/pipeline/ner';
import { ENTITY_TYPES, spansOf, tagId } from '../lib/pipeline/ner/labels';

export interface ConllDoc {
  words: string[];
  /** Gold tag ids (labels.ts), one per word. */
  tags: Uint8Array;
  sentenceStarts: number[];
}

export const sharedDir = () => process.env.SHARED_DIR ?? path.resolve(process.cwd(), '../shared');
export const conllPath = (split: 'train' | 'dev') => path.join(sharedDir(), 'eval/conll2003', `${split}.txt`);

export function readConll(file: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let words: string[] = [], tags: number[] = [], starts: number[] = [];
  const flush = () => {
    if (words.length) docs.push({ words, tags: Uint8Array.from(tags), sentenceStarts: [...starts, words.length] });
    words = []; tags = []; starts = [];
  };
  let inSentence = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-') { flush(); inSentence = false; continue; }
    if (cols.length < 4) { inSentence = false; continue; }
    if (!inSentence) { starts.push(words.length); inSentence = true; }
    words.push(cols[0]);
    tags.push(tagId(cols[3]));
  }
  flush();
  return docs;
}

export const inputOf = (d: ConllDoc): NerInput => ({ words: d.words, sentenceStarts: d.sentenceStarts });

export interface SpanCounts { gold: number; predicted: number; correct: number }
export type Scores = Record<string, SpanCounts>;

/** Exact-span, typed counts per entity type (CoNLL's measure). */
export function countSpans(gold: ArrayLike<number>, predicted: ArrayLike<number>, into: Scores = {}): Scores {
  for (const t of ENTITY_TYPES) into[t] ??= { gold: 0, predicted: 0, correct: 0 };
  const key = (s: { start: number; end: number; type: string }) => `${s.start}:${s.end}:${s.type}`;
  const goldSpans = spansOf(gold), predSpans = spansOf(predicted);
  const goldKeys = new Set(goldSpans.map(key));
  for (const s of goldSpans) into[s.type].gold++;
  for (const s of predSpans) {
    into[s.type].predicted++;
    if (goldKeys.has(key(s))) into[s.type].correct++;
  }
  return into;
}

export function prf(types: readonly string[], scores: Scores): { p: number; r: number; f: number } {
  let gold = 0, predicted = 0, correct = 0;
  for (const t of types) { gold += scores[t]?.gold ?? 0; predicted += scores[t]?.predicted ?? 0; correct += scores[t]?.correct ?? 0; }
  const p = predicted ? correct / predicted : 0, r = gold ? correct / gold : 0;
  return { p: 100 * p, r: 100 * r, f: p + r ? (200 * p * r) / (p + r) : 0 };
}

export const HEADLINE_TYPES = ['PER', 'ORG', 'LOC'] as const;
