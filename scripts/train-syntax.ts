// Trains the POS + chunk tagger on CoNLL-2003 train (greedy averaged perceptrons), picks epochs by dev accuracy, writes
// lib/pipeline/models/syntax.bin, then reports the shipped model's dev accuracy, NP-chunk F1, speed and size.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chunkSpans, createSyntaxTagger, type SyntaxTags } from '../lib/pipeline/syntax';
import { decodeChunks, decodePos, DecodeBuffers } from '../lib/pipeline/syntax/decode';
import { CHUNK_COUNT, chunkId, POS_COUNT, posId } from '../lib/pipeline/syntax/labels';
import { encodeSyntaxModel } from '../lib/pipeline/syntax/model-format';
import { pennForms } from '../lib/pipeline/syntax/normalise';
import { prunedOnly, sparsify, type CodebookStart } from '../lib/pipeline/syntax/training/export';
import type { DenseScorer } from '../lib/pipeline/syntax/training/perceptron';
import { trainPass, type SyntaxTrainingDoc } from '../lib/pipeline/syntax/training/trainer';
import { tokenRecords } from '../lib/pipeline/syntax/word-hashes';
import { buildTagDictionary } from '../lib/pipeline/syntax/training/tag-dictionary-builder';
import type { TagDictionary } from '../lib/pipeline/syntax/tag-dictionary';
import type { LabelScorer } from '../lib/pipeline/syntax/weights';
import { conllPath } from './conll';

const EPOCHS = Number(process.env.SYNTAX_EPOCHS ?? 12);
const BUCKET_BITS = Number(process.env.SYNTAX_BUCKET_BITS ?? 20);
/** Weights kept per pass (about 2 bytes each plus row overhead): the budget for a model file under 1 MB. */
const POS_ENTRIES = Number(process.env.SYNTAX_POS_ENTRIES ?? 250_000);
const CHUNK_ENTRIES = Number(process.env.SYNTAX_CHUNK_ENTRIES ?? 120_000);
/** The chunk pass learns from POS tags predicted by models that did not see the sentence, as at tagging time. */
const JACKKNIFE_FOLDS = Number(process.env.SYNTAX_FOLDS ?? 5);
const SEED = 20000601;
const OUT = process.env.SYNTAX_OUT ?? fileURLToPath(new URL('../lib/pipeline/models/syntax.bin', import.meta.url));

interface CorpusDoc extends SyntaxTrainingDoc { words: string[]; forms: string[] }

/** CoNLL-2003 columns: token, POS, chunk, NER; -DOCSTART- lines separate documents, blank lines sentences. */
function readCorpus(file: string): Omit<CorpusDoc, 'hashes'>[] {
  const docs: Omit<CorpusDoc, 'hashes'>[] = [];
  let words: string[] = [], pos: number[] = [], chunk: number[] = [], starts: number[] = [];
  let inSentence = false;
  const flush = () => {
    if (words.length) docs.push({ words, forms: pennForms(words), sentenceStarts: [...starts, words.length], goldPos: Uint8Array.from(pos), goldChunk: Uint8Array.from(chunk) });
    words = []; pos = []; chunk = []; starts = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-') { flush(); inSentence = false; continue; }
    if (cols.length < 4) { inSentence = false; continue; }
    if (!inSentence) { starts.push(words.length); inSentence = true; }
    words.push(cols[0]); pos.push(posId(cols[1])); chunk.push(chunkId(cols[2]));
  }
  flush();
  return docs;
}

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(0)} s`;
const buffers = new DecodeBuffers();

function predictPos(d: SyntaxTrainingDoc, scorer: LabelScorer): Uint8Array {
  const out = new Uint8Array(d.goldPos.length);
  for (let s = 0; s + 1 < d.sentenceStarts.length; s++) decodePos(d.hashes, d.sentenceStarts[s], d.sentenceStarts[s + 1], scorer, out, buffers);
  return out;
}
function predictChunks(d: SyntaxTrainingDoc, pos: Uint8Array, scorer: LabelScorer): Uint8Array {
  const out = new Uint8Array(d.goldChunk.length);
  for (let s = 0; s + 1 < d.sentenceStarts.length; s++) decodeChunks(d.hashes, pos, d.sentenceStarts[s], d.sentenceStarts[s + 1], scorer, out, buffers);
  return out;
}

interface Scores { tokens: number; posRight: number; chunkRight: number; npGold: number; npPred: number; npRight: number; allGold: number; allPred: number; allRight: number }
const newScores = (): Scores => ({ tokens: 0, posRight: 0, chunkRight: 0, npGold: 0, npPred: 0, npRight: 0, allGold: 0, allPred: 0, allRight: 0 });

/** Token accuracies and exact-span chunk counts (conlleval's measure), sentence by sentence. */
function score(d: CorpusDoc, tags: SyntaxTags, into: Scores): void {
  for (let i = 0; i < d.words.length; i++) {
    into.tokens++;
    if (tags.pos[i] === d.goldPos[i]) into.posRight++;
    if (tags.chunk[i] === d.goldChunk[i]) into.chunkRight++;
  }
  for (let s = 0; s + 1 < d.sentenceStarts.length; s++) {
    const a = d.sentenceStarts[s], b = d.sentenceStarts[s + 1];
    const key = (c: { type: string; first: number; last: number }) => `${c.type}:${c.first}:${c.last}`;
    const gold = chunkSpans(d.goldChunk, a, b), pred = chunkSpans(tags.chunk, a, b);
    const goldKeys = new Set(gold.map(key));
    into.allGold += gold.length; into.allPred += pred.length;
    into.npGold += gold.filter((c) => c.type === 'NP').length;
    for (const c of pred) {
      if (c.type === 'NP') into.npPred++;
      if (!goldKeys.has(key(c))) continue;
      into.allRight++;
      if (c.type === 'NP') into.npRight++;
    }
  }
}
const f1 = (right: number, gold: number, pred: number) => (gold + pred ? (200 * right) / (gold + pred) : 0);
const pct = (x: number, n: number) => ((100 * x) / n).toFixed(2);
const report = (s: Scores) =>
  `POS accuracy ${pct(s.posRight, s.tokens)}%, chunk accuracy ${pct(s.chunkRight, s.tokens)}%, NP chunk F1 ${f1(s.npRight, s.npGold, s.npPred).toFixed(2)} ` +
  `(P ${pct(s.npRight, s.npPred)} R ${pct(s.npRight, s.npGold)}), all-chunk F1 ${f1(s.allRight, s.allGold, s.allPred).toFixed(2)}`;

/** Forms seen this often in train, with one tag this often, are fixed (Honnibal's tagger uses 20 and 97%). */
const DICTIONARY = { minCount: Number(process.env.SYNTAX_DICT_COUNT ?? 20), minShare: Number(process.env.SYNTAX_DICT_SHARE ?? 0.97) };
const trainRaw = readCorpus(conllPath('train'));
const dictionary: TagDictionary = buildTagDictionary(trainRaw, DICTIONARY);
const withHashes = (docs: Omit<CorpusDoc, 'hashes'>[]): CorpusDoc[] => docs.map((d) => ({ ...d, hashes: tokenRecords(d.forms, dictionary) }));
const train = withHashes(trainRaw);
const dev = withHashes(readCorpus(conllPath('dev')));
const count = (ds: CorpusDoc[]) => ds.reduce((n, d) => n + d.words.length, 0);
console.log(`read ${train.length} train docs (${count(train)} tokens), ${dev.length} dev docs (${count(dev)} tokens); tag dictionary ${dictionary.tags.length} forms; ${elapsed()}`);

const posAccuracy = (scorer: DenseScorer, epoch: number) => {
  let right = 0, n = 0;
  for (const d of dev) { const p = predictPos(d, scorer); for (let i = 0; i < p.length; i++, n++) if (p[i] === d.goldPos[i]) right++; }
  console.log(`POS epoch ${epoch}: dev accuracy ${pct(right, n)}%; ${elapsed()}`);
  return right / n;
};
const pos = trainPass('pos', POS_COUNT, train, { epochs: EPOCHS, bucketBits: BUCKET_BITS, seed: SEED, judge: posAccuracy });
console.log(`POS: kept epoch ${pos.epoch}`);

for (let fold = 0; fold < JACKKNIFE_FOLDS; fold++) {
  const held = (i: number) => i % JACKKNIFE_FOLDS === fold;
  const { scorer } = trainPass('pos', POS_COUNT, train.filter((_, i) => !held(i)), { epochs: pos.epoch, bucketBits: BUCKET_BITS, seed: SEED + fold + 1 });
  train.forEach((d, i) => { if (held(i)) d.inputPos = predictPos(d, scorer); });
  console.log(`jackknife fold ${fold + 1}/${JACKKNIFE_FOLDS}; ${elapsed()}`);
}
for (const d of dev) d.inputPos = predictPos(d, pos.scorer);

const chunkF1 = (scorer: DenseScorer, epoch: number) => {
  const s = newScores();
  for (const d of dev) score(d, { pos: d.inputPos!, chunk: predictChunks(d, d.inputPos!, scorer) }, s);
  console.log(`chunk epoch ${epoch}: dev ${report(s)}; ${elapsed()}`);
  return f1(s.npRight, s.npGold, s.npPred) + f1(s.allRight, s.allGold, s.allPred);
};
const chunk = trainPass('chunk', CHUNK_COUNT, train, { epochs: EPOCHS, bucketBits: BUCKET_BITS, seed: SEED, judge: chunkF1 });
console.log(`chunk: kept epoch ${chunk.epoch}`);

// SYNTAX_SWEEP=1 prints what smaller or larger weight budgets would score, to choose the two budgets above.
if (process.env.SYNTAX_SWEEP) {
  for (const [posEntries, chunkEntries] of [[200_000, 100_000], [250_000, 120_000], [1_000_000, 400_000]]) {
    const b = encodeSyntaxModel({ dictionary, pos: sparsify(pos.scorer, posEntries), chunk: sparsify(chunk.scorer, chunkEntries) });
    const s = newScores(), t = createSyntaxTagger(b);
    for (const d of dev) score(d, t.tagWords(d.words, d.sentenceStarts), s);
    console.log(`budget ${posEntries} POS / ${chunkEntries} chunk weights: ${(b.length / 1024).toFixed(0)} KB, ${report(s)}`);
    const pruned = newScores(), posPruned = prunedOnly(pos.scorer, posEntries), chunkPruned = prunedOnly(chunk.scorer, chunkEntries);
    for (const d of dev) { const p = predictPos(d, posPruned); score(d, { pos: p, chunk: predictChunks(d, p, chunkPruned) }, pruned); }
    console.log(`  same budget, pruned but not quantised: ${report(pruned)}`);
  }
}

// Weight coding: both codebook starts are tried on the shipped budgets, and the one scoring better on dev is written.
const devScore = (b: Uint8Array) => {
  const s = newScores(), t = createSyntaxTagger(b);
  for (const d of dev) score(d, t.tagWords(d.words, d.sentenceStarts), s);
  console.log(`  ${report(s)}`);
  return s.posRight / s.tokens + f1(s.npRight, s.npGold, s.npPred) / 100;
};
let bytes: Uint8Array = new Uint8Array(0), bestScore = -1;
for (const start of ['quantiles', 'even-per-sign'] as CodebookStart[]) {
  const candidate = encodeSyntaxModel({ dictionary, pos: sparsify(pos.scorer, POS_ENTRIES, start), chunk: sparsify(chunk.scorer, CHUNK_ENTRIES, start) });
  console.log(`codebook started at ${start}:`);
  const s = devScore(candidate);
  if (s > bestScore) { bestScore = s; bytes = candidate; }
}
writeFileSync(OUT, bytes);
console.log(`wrote ${OUT}: ${(bytes.length / 1024).toFixed(0)} KB`);

const tagger = createSyntaxTagger(bytes);
const shipped = newScores();
for (const d of dev) score(d, tagger.tagWords(d.words, d.sentenceStarts), shipped);
console.log(`shipped model on dev: ${report(shipped)}`);

// Speed, warm, as the pipeline calls it (Penn forms, word cache, both passes): dev documents one by one (short: about
// 240 tokens, so each one's rare words are scored afresh), then the whole dev set as one long document.
function speed(label: string, docs: { words: string[]; sentenceStarts: readonly number[] }[]): void {
  for (let r = 0; r < 2; r++) for (const d of docs) tagger.tagWords(d.words, d.sentenceStarts);
  let tokens = 0;
  const wall = performance.now(), cpu = process.cpuUsage();
  while (performance.now() - wall < 3000) for (const d of docs) { tagger.tagWords(d.words, d.sentenceStarts); tokens += d.words.length; }
  const wallS = (performance.now() - wall) / 1000, used = process.cpuUsage(cpu), cpuS = (used.user + used.system) / 1e6;
  console.log(`speed, ${label}: ${(tokens / wallS).toFixed(0)} tokens/s wall clock, ${(tokens / cpuS).toFixed(0)} tokens/s CPU (${tokens} tokens)`);
}
speed('dev documents one by one', dev);
const whole = { words: [] as string[], sentenceStarts: [] as number[] };
for (const d of dev) {
  for (const start of d.sentenceStarts.slice(0, -1)) whole.sentenceStarts.push(whole.words.length + start);
  whole.words.push(...d.words);
}
speed('dev set as one document', [whole]);
