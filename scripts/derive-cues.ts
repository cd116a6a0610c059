// Derives the reporting-cue lexicon (with counts), the cue classifier's weights and the cue sentence model from PolNeAR TRAIN only.
// Run: npx tsx scripts/derive-cues.ts  -> writes lib/pipeline/knowledge/cues-lexicon.ts, cues-model.ts, cue-sentence-model.ts
// The cue sentence model is trained by scripts/train-cue-sentence.py (PyTorch; Debian: apt-get install python3-torch).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { tokensStage } from '../lib/pipeline/01-tokens';
import { newDoc, type PipelineDoc } from '../lib/pipeline/document';
import { findQuotes } from '../lib/pipeline/claims/quotes';
import { quoteIndexByToken } from '../lib/pipeline/claims/quote-mask';
import { cueFeatures } from '../lib/pipeline/claims/cue-features';
import { AUX_AND_ADVERBS, isWordToken } from '../lib/pipeline/claims/words';
import { isCueCandidate } from '../lib/pipeline/claims/cue-candidates';
import { scoreWith, trainBinary, writeHashedWeights, type BinaryExample } from './perceptron';
import { NameSink } from '../lib/pipeline/claims/hashed-weights';
import { loadNodeResources } from '../lib/pipeline/node-resources';
import { actorsStage } from '../lib/pipeline/02-actors';
import { entityKinds } from '../lib/pipeline/claims/entity-kinds';
import { isVerb } from '../lib/pipeline/syntax';
import { trainingHead } from './cue-heads';
import { CUE_FOLDS, foldOf, writeCueFolds } from './cue-folds';
import { encodeSentenceModel, sentenceModelFrom, tokenFlags, type SentenceModel } from '../lib/pipeline/claims/cue-sentence';
import { SentenceCueScorer } from '../lib/pipeline/claims/cue-sentence-scorer';
import { CUE_THRESHOLD } from '../lib/pipeline/claims/cues';

const SHARED = process.env.SHARED_DIR ?? path.resolve(process.cwd(), '../shared');
interface GoldQuote { cue_start: number | null; cue_end: number | null }
interface Article { id: string; text: string; quotes: GoldQuote[] }

const articles: Article[] = JSON.parse(readFileSync(path.join(SHARED, 'eval/polnear/train.json'), 'utf8'));

function cueHeads(doc: PipelineDoc, quotes: GoldQuote[]): Set<number> {
  const heads = new Set<number>();
  for (const q of quotes) {
    const head = trainingHead(doc, q.cue_start, q.cue_end);
    if (head >= 0) heads.add(head);
  }
  return heads;
}

/**
 * Tokens inside a gold cue that are not its head ("say" in "to say", "statement" in "in a statement"): neither
 * cue nor non-cue for the classifier, so they are left out of training rather than taught as negatives.
 */
function insideCues(doc: PipelineDoc, quotes: GoldQuote[], heads: Set<number>): Set<number> {
  const inside = new Set<number>();
  for (const q of quotes) {
    if (q.cue_start == null || q.cue_end == null) continue;
    doc.tokens.forEach((t, i) => {
      if (t.start >= q.cue_start! && t.end <= q.cue_end! && !heads.has(i)) inside.add(i);
    });
  }
  return inside;
}

// Pass 1: the lexicon, counting how often each word heads a cue and how often it occurs at all.
// The cue classifier reads parts of speech and chunks when the syntax model is there, as the pipeline does.
// So do the names the actors stage finds (a cue's subject being a person or an organisation is evidence).
const res = loadNodeResources();
const docs = articles.map((a) => {
  const doc = newDoc(a.id, a.text);
  tokensStage(doc);
  actorsStage(doc, res);
  const inQuote = quoteIndexByToken(doc.tokens, findQuotes(doc.text, doc.paragraphs));
  const heads = cueHeads(doc, a.quotes);
  return { doc, heads, inside: insideCues(doc, a.quotes, heads), inQuote, tags: res.syntax?.tagDoc(doc), ents: entityKinds(doc) };
});
const cueCount = new Map<string, number>();
const total = new Map<string, number>();
for (const { doc, heads } of docs)
  doc.tokens.forEach((t, i) => {
    const w = t.text.toLowerCase();
    total.set(w, (total.get(w) ?? 0) + 1);
    if (heads.has(i)) cueCount.set(w, (cueCount.get(w) ?? 0) + 1);
  });
const lexicon = [...cueCount.entries()]
  .filter(([w, c]) => c >= 3 && isWordToken(w) && !AUX_AND_ADVERBS.has(w))
  .map(([w, c]) => [w, c, total.get(w) ?? c] as const)
  .sort((a, b) => b[1] - a[1]);
writeFileSync(
  'lib/pipeline/knowledge/cues-lexicon.ts',
  `// Reporting-cue lexicon derived from PolNeAR train by scripts/derive-cues.ts: word -> [times it heads a cue, times it occurs].\n` +
    `export const CUE_LEXICON: Record<string, readonly [number, number]> = {\n` +
    lexicon.map(([w, c, n]) => `  ${JSON.stringify(w)}: [${c}, ${n}],`).join('\n') +
    `\n};\n`,
);
const lex = new Map(lexicon.map(([w, c, n]) => [w, [c, n] as const]));

// Pass 2: an averaged perceptron deciding which candidate occurrences really are cues.
/** Weights smaller than this are dropped: they barely change decisions and would bloat the bundled model. */
const PRUNE = Number(process.env.PRUNE ?? 0.3);
const MIN_FEATURE_COUNT = Number(process.env.MIN_FEATURE_COUNT ?? 3);
type Example = BinaryExample & { i: number };
const vectors = res.wordVectors;
if (!vectors) throw new Error('lib/pipeline/models/word-vectors.bin is missing: run scripts/derive-word-vectors.ts first.');
const examples: Example[][] = docs.map(({ doc, heads, inside, inQuote, tags, ents }) => {
  const ex: Example[] = [];
  doc.tokens.forEach((t, i) => {
    if (inside.has(i)) return;
    const w = t.text.toLowerCase();
    if (!isCueCandidate(w, lex) && !(tags && isVerb(tags.pos[i]) && !AUX_AND_ADVERBS.has(w))) return;
    const names = new NameSink();
    cueFeatures(names, doc.tokens, i, (k) => inQuote[k] >= 0, tags, ents);
    ex.push({ f: names.names, y: heads.has(i) ? 1 : -1, i });
  });
  return ex;
});


/**
 * The sentence model's threshold: out of fold, the one that finds the most gold cues while keeping the precision the
 * perceptron alone has at CUE_THRESHOLD (the later models were tuned to that precision).
 */
function sentenceThreshold(scored: { y: number; score: number; perceptron: number }[]): number {
  const pr = (pass: (e: (typeof scored)[number]) => boolean) => {
    let tp = 0, fp = 0;
    for (const e of scored) if (pass(e)) e.y > 0 ? tp++ : fp++;
    return { p: tp / (tp + fp), r: tp / scored.filter((e) => e.y > 0).length };
  };
  const base = pr((e) => e.perceptron > CUE_THRESHOLD);
  let best = CUE_THRESHOLD;
  let bestR = 0;
  for (let t = -30; t <= 10; t += 0.5) {
    const at = pr((e) => e.score > t);
    if (at.p >= base.p && at.r > bestR) [best, bestR] = [t, at.r];
  }
  const at = pr((e) => e.score > best);
  const pct = (x: number) => (100 * x).toFixed(1);
  console.log(`cue candidates out of fold: perceptron > ${CUE_THRESHOLD}: P ${pct(base.p)} R ${pct(base.r)}; sentence model > ${best}: P ${pct(at.p)} R ${pct(at.r)}`);
  return best;
}

function score(w: Map<string, number>, data: Example[]): string {
  return scoreEach(data.map((ex) => ({ ...ex, w })));
}

/** Precision and recall at 0, each example scored by its own model (its fold's, for cross-validation). */
function scoreEach(data: (Example & { w: Map<string, number> })[]): string {
  let tp = 0, fp = 0, fn = 0;
  for (const ex of data) {
    let s = 0;
    for (const f of ex.f) s += ex.w.get(f) ?? 0;
    if (s > 0 && ex.y > 0) tp++;
    else if (s > 0) fp++;
    else if (ex.y > 0) fn++;
  }
  return `P ${(100 * tp / (tp + fp)).toFixed(1)} R ${(100 * tp / (tp + fn)).toFixed(1)} (${data.length} candidates)`;
}

const cut = Math.floor(examples.length * 0.9);
const heldOut = trainBinary(examples.slice(0, cut).flat(), 6, PRUNE, MIN_FEATURE_COUNT);
console.log(`cue classifier on the last 10% of train articles: ${score(heldOut, examples.slice(cut).flat())}`);
// One model per fold, each trained without that fold's articles, so the later trainers draft every train article with
// cue scores as unseen text gets them (scripts/cue-folds.ts).
const folds = Array.from({ length: CUE_FOLDS }, (_, k) => trainBinary(examples.filter((_, i) => foldOf(i) !== k).flat(), 6, PRUNE, MIN_FEATURE_COUNT));
const outOfFold = examples.flatMap((ex, i) => ex.map((e) => ({ ...e, w: folds[foldOf(i)] })));
console.log(`cue classifier, ${CUE_FOLDS}-fold cross-validation on train: ${scoreEach(outOfFold)}`);
const weights = trainBinary(examples.flat(), 6, PRUNE, MIN_FEATURE_COUNT);
writeHashedWeights('lib/pipeline/knowledge/cues-model.ts', 'Averaged-perceptron weights for reporting-cue candidates, trained on PolNeAR train by scripts/derive-cues.ts (hashed feature names and weights, no text).', 'CUE_MODEL', weights);
console.log(`lexicon ${lexicon.length} words, model ${weights.size} weights`);
// The sentence model (cue-sentence.ts) learns from each candidate's out-of-fold perceptron score, as unseen text gets it.
const CACHE = path.resolve('node_modules/.cache/fact-annotator');
mkdirSync(CACHE, { recursive: true });
const flat = new Float32Array(vectors.values.length);
vectors.values.forEach((x, k) => (flat[k] = x * vectors.scales[k % vectors.dims]));
writeFileSync(path.join(CACHE, 'cue-vectors.f32'), flat);
const trainingData = docs.map(({ doc, inQuote, tags }, d) => {
  const score = scoreWith(folds[foldOf(d)]);
  const rows = doc.tokens.map((t) => vectors.rowOf(t.text));
  const flags: number[] = [];
  doc.tokens.forEach((t, k) => tokenFlags(t.text, inQuote[k] >= 0, rows[k], flags, 3 * k));
  return { fold: foldOf(d), rows, sent: doc.tokens.map((t) => t.sentence), pos: Array.from(tags!.pos), flags, cands: examples[d].map((e) => [e.i, score(e.f), e.y > 0 ? 1 : 0]) };
});
const MODELS = [...Array.from({ length: CUE_FOLDS }, (_, k) => k), -1];
writeFileSync(path.join(CACHE, 'cue-sentence-data.json'), JSON.stringify({ dims: vectors.dims, models: MODELS, docs: trainingData }));
const python = process.env.PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
const run = spawnSync(python, ['scripts/train-cue-sentence.py', ...['cue-sentence-data.json', 'cue-vectors.f32', 'cue-sentence-models.json'].map((f) => path.join(CACHE, f))], { stdio: 'inherit' });
if (run.status !== 0) throw new Error(`scripts/train-cue-sentence.py failed (${run.error?.message ?? `exit ${run.status}`}); it needs PyTorch: apt-get install python3-torch`);
const output = JSON.parse(readFileSync(path.join(CACHE, 'cue-sentence-models.json'), 'utf8')) as { models: number[][]; heldOut: Record<string, number[]> };
const trained: SentenceModel[] = output.models.map((m) => sentenceModelFrom(Float32Array.from(m)));
const sentenceFolds = trained.slice(0, CUE_FOLDS);
writeCueFolds(folds, sentenceFolds);
const stacked = docs.flatMap(({ doc, inQuote, tags }, d) => {
  const scorer = new SentenceCueScorer(sentenceFolds[foldOf(d)], vectors);
  return examples[d].map((e, k) => ({ y: e.y, score: scorer.score(doc.tokens, e.i, trainingData[d].cands[k][1], tags!, (j) => inQuote[j] >= 0), perceptron: trainingData[d].cands[k][1] }));
});
// The TypeScript scorer must give what PyTorch gave, candidate by candidate (float32 weights: small differences only).
let worst = 0;
let k = 0;
docs.forEach((_, d) => (output.heldOut[d] ?? []).forEach((z) => (worst = Math.max(worst, Math.abs(z - stacked[k++].score)))));
if (k !== stacked.length || worst > 0.01) throw new Error(`the TypeScript cue sentence scorer disagrees with PyTorch: ${k} of ${stacked.length} candidates compared, largest difference ${worst}`);
console.log(`cue sentence scorer agrees with PyTorch on ${k} held-out candidates (largest difference ${worst.toExponential(1)})`);
const threshold = sentenceThreshold(stacked);
writeFileSync('lib/pipeline/knowledge/cue-sentence-model.ts', `// The cue sentence model (lib/pipeline/claims/cue-sentence.ts), trained on PolNeAR train by scripts/derive-cues.ts: float32 weights, no text.\n// Its threshold keeps the cue precision the perceptron had at CUE_THRESHOLD, out of fold.\nexport const CUE_SENTENCE_THRESHOLD = ${threshold};\nexport const CUE_SENTENCE_MODEL =\n  '${encodeSentenceModel(trained[CUE_FOLDS])}';\n`);
