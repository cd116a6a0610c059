// Trains the directed relation classifier (averaged perceptron, 5 classes) on directed-sentiment TRAIN (never dev).
// Run: npx tsx scripts/derive-relations.ts [--holdout]  -> writes lib/pipeline/knowledge/relation-model.ts
// --holdout trains on nine tenths, scores the model alone on the rest, and saves both for
// `npm run eval:claims -- --train --sentiment`, which answers the held-out tenth through the whole pipeline.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newDoc } from '../lib/pipeline/document';
import { tokensStage } from '../lib/pipeline/01-tokens';
import { relationFeatures } from '../lib/pipeline/relations/relation-features';
import { stripBrackets } from './eval-claims/sentiment';
import { flipLabel, pairSpanOf } from './derive-relations/pairs';
import { relationModelModule } from './derive-relations/module-text';
import { encodeRelationWeights } from '../lib/pipeline/relations/relation-model';
import { RELATION_HOLDOUT_FILE } from './eval-claims/sentiment';

const SHARED = process.env.SHARED_DIR ?? path.resolve(process.cwd(), '../shared');
const EPOCHS = 12;
const MIN_FEATURE_COUNT = Number(process.env.MIN_FEATURE_COUNT ?? 2);
const CLASSES = 5;
const MIN_WEIGHT = Number(process.env.MIN_WEIGHT ?? 1);
const holdout = process.argv.includes('--holdout');

interface Example { features: string[]; label: number }

const lines = readFileSync(path.join(SHARED, 'eval/directed-sentiment/train.txt'), 'utf8').split('\n').filter((l) => l.trim());
const examples: Example[] = [];
/** The train line of each example, for the held-out tenth. */
const exampleLines: string[] = [];
for (const line of lines) {
  const [marked, , , label] = line.split('\t');
  const { text, spans } = stripBrackets(marked);
  if (spans.length < 2) continue;
  const doc = newDoc('train', text);
  tokensStage(doc);
  const pair = pairSpanOf(doc.tokens, spans[0], spans[1]);
  if (!pair) continue;
  exampleLines.push(line);
  examples.push({ features: relationFeatures(doc.tokens, pair.span), label: pair.swapped ? flipLabel(Number(label)) : Number(label) });
}
const counts = new Map<string, number>();
for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
for (const e of examples) e.features = e.features.filter((f) => counts.get(f)! >= MIN_FEATURE_COUNT);

// Every tenth example is held out when checking; the committed model is trained on all of train.
const train = holdout ? examples.filter((_, i) => i % 10 !== 0) : examples;
const test = holdout ? examples.filter((_, i) => i % 10 === 0) : [];

const w = new Map<string, Float64Array>();
const total = new Map<string, Float64Array>();
const stamp = new Map<string, Float64Array>();
let step = 0;
const vec = (m: Map<string, Float64Array>, f: string): Float64Array => {
  let v = m.get(f);
  if (!v) m.set(f, (v = new Float64Array(CLASSES)));
  return v;
};
const scores = (features: string[], weights: Map<string, Float64Array>): number[] => {
  const s = new Array<number>(CLASSES).fill(0);
  for (const f of features) {
    const v = weights.get(f);
    if (v) for (let c = 0; c < CLASSES; c++) s[c] += v[c];
  }
  return s;
};
const argmax = (s: number[]): number => s.reduce((best, x, i) => (x > s[best] ? i : best), 0);
const update = (f: string, c: number, delta: number): void => {
  const v = vec(w, f);
  const t = vec(total, f);
  const st = vec(stamp, f);
  t[c] += (step - st[c]) * v[c];
  st[c] = step;
  v[c] += delta;
};
let seed = 7;
const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const order = train.map((_, i) => i);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (const i of order) {
    step++;
    const e = train[i];
    const guess = argmax(scores(e.features, w));
    if (guess === e.label) continue;
    for (const f of e.features) {
      update(f, e.label, 1);
      update(f, guess, -1);
    }
  }
}
const averaged = new Map<string, Float64Array>();
for (const [f, v] of w) {
  const t = total.get(f)!;
  const st = stamp.get(f)!;
  const avg = v.map((x, c) => Math.round(((t[c] + (step - st[c]) * x) / step) * 100) / 100);
  // Small weights barely move a decision; dropping them keeps the shipped model compact.
  if (avg.some((x) => Math.abs(x) >= MIN_WEIGHT)) averaged.set(f, avg);
}

if (holdout) {
  const confusion = Array.from({ length: CLASSES }, () => new Array<number>(CLASSES).fill(0));
  for (const e of test) confusion[e.label][argmax(scores(e.features, averaged))]++;
  const f1 = confusion.map((row, k) => {
    const tp = row[k];
    const pred = confusion.reduce((s, r) => s + r[k], 0);
    const gold = row.reduce((s, n) => s + n, 0);
    return tp ? (2 * tp) / (pred + gold) : 0;
  });
  console.log(`held-out train (${test.length}): per-class F1 ${f1.map((x) => (100 * x).toFixed(1)).join(' ')}, macro ${((100 * f1.reduce((a, b) => a + b)) / CLASSES).toFixed(1)}`);
  console.log(confusion.map((r) => r.join('\t')).join('\n'));
  mkdirSync(path.dirname(RELATION_HOLDOUT_FILE), { recursive: true });
  const heldOut = exampleLines.filter((_, i) => i % 10 === 0);
  writeFileSync(RELATION_HOLDOUT_FILE, JSON.stringify({ model: encodeRelationWeights(sortedWeights()), heldOut }));
  console.log(`saved the nine-tenths model and ${heldOut.length} held-out sentences to ${RELATION_HOLDOUT_FILE}`);
} else {
  // Feature names one per line and their five weights as int16 tenths (relation-model.ts reads them).
  const kept = sortedWeights();
  const { features, weights } = encodeRelationWeights(kept);
  writeFileSync(
    'lib/pipeline/knowledge/relation-model.ts',
    relationModelModule(`on directed-sentiment train (Park et al. 2021, ${examples.length} sentences, ${EPOCHS} averaged-perceptron epochs)`, features, weights),
  );
  console.log(`${kept.length} features from ${examples.length} train sentences`);
}

function sortedWeights(): [string, Float64Array][] {
  return [...averaged].sort((x, y) => (x[0] < y[0] ? -1 : 1));
}
