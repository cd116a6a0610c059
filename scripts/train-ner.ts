// Trains the NER tagger on CoNLL-2003 train (averaged perceptron), picks the epoch by dev F1, writes lib/pipeline/models/ner.bin.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTagger } from '../lib/pipeline/ner';
import { decodeDocument } from '../lib/pipeline/ner/decode';
import { extractFeatures, type DocFeatures } from '../lib/pipeline/ner/features';
import { serialiseGazetteer } from '../lib/pipeline/ner/gazetteer';
import { encodeModel } from '../lib/pipeline/ner/model-format';
import { compressWeights } from '../lib/pipeline/ner/training/export';
import { buildGazetteer, outOfFoldGazetteers } from '../lib/pipeline/ner/training/gazetteer-builder';
import { Perceptron, type DenseScorer } from '../lib/pipeline/ner/training/perceptron';
import { TAG_COUNT } from '../lib/pipeline/ner/labels';
import { viterbi } from '../lib/pipeline/ner/viterbi';
import { conllPath, countSpans, HEADLINE_TYPES, inputOf, prf, readConll, type ConllDoc, type Scores } from './conll';

const EPOCHS = Number(process.env.NER_EPOCHS ?? 12);
const BUCKET_BITS = Number(process.env.NER_BUCKET_BITS ?? 21);
const MAX_ROWS = Number(process.env.NER_MAX_ROWS ?? 230_000);
const FOLDS = 10;
const SEED = 20030501;
const OUT = fileURLToPath(new URL('../lib/pipeline/models/ner.bin', import.meta.url));

/** mulberry32: a small seeded generator, so every run shuffles the same way. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function devScores(docs: ConllDoc[], feats: DocFeatures[], scorer: DenseScorer): Scores {
  const scores: Scores = {};
  docs.forEach((d, i) => countSpans(d.tags, decodeDocument(inputOf(d), feats[i], scorer), scores));
  return scores;
}

const line = (label: string, s: Scores) => {
  const h = prf(HEADLINE_TYPES, s), all = prf(['PER', 'ORG', 'LOC', 'MISC'], s);
  return `${label}: dev F1 PER/ORG/LOC ${h.f.toFixed(2)} (P ${h.p.toFixed(2)} R ${h.r.toFixed(2)}), all four ${all.f.toFixed(2)}`;
};

const t0 = Date.now();
const train = readConll(conllPath('train'));
const dev = readConll(conllPath('dev'));
const { foldOf, gazetteers } = outOfFoldGazetteers(train, FOLDS);
const fullGazetteer = buildGazetteer(train);
const trainFeats = train.map((d, i) => extractFeatures(inputOf(d), gazetteers[foldOf(i)]));
const devFeats = dev.map((d) => extractFeatures(inputOf(d), fullGazetteer));
console.log(`read ${train.length} train / ${dev.length} dev docs, gazetteer ${fullGazetteer.entries.length} names, features in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const sentences: { doc: number; from: number; to: number }[] = [];
train.forEach((d, doc) => { for (let s = 0; s + 1 < d.sentenceStarts.length; s++) sentences.push({ doc, from: d.sentenceStarts[s], to: d.sentenceStarts[s + 1] }); });

const perceptron = new Perceptron(BUCKET_BITS);
const random = rng(SEED);
const emissions = new Float64Array(256 * TAG_COUNT);
let best: { epoch: number; f: number; scorer: DenseScorer } | undefined;
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  for (let i = sentences.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [sentences[i], sentences[j]] = [sentences[j], sentences[i]];
  }
  let mistakes = 0;
  for (const { doc, from, to } of sentences) {
    const n = to - from;
    const buffer = n * TAG_COUNT <= emissions.length ? emissions : new Float64Array(n * TAG_COUNT);
    perceptron.current.emissions(trainFeats[doc], from, to, buffer);
    const predicted = new Uint8Array(n);
    viterbi(buffer, n, perceptron.current.transitions, predicted);
    const gold = train[doc].tags.subarray(from, to);
    for (let k = 0; k < n; k++) if (gold[k] !== predicted[k]) { mistakes++; break; }
    perceptron.update(trainFeats[doc], from, gold, predicted);
    perceptron.tick();
  }
  const averaged = perceptron.averaged();
  const scores = devScores(dev, devFeats, averaged);
  const f = prf(HEADLINE_TYPES, scores).f;
  console.log(`${line(`epoch ${epoch}`, scores)}; ${mistakes} train sentences wrong; ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  if (!best || f > best.f) best = { epoch, f, scorer: averaged };
}

const bytes = encodeModel(compressWeights(best!.scorer, MAX_ROWS, serialiseGazetteer(fullGazetteer)));
writeFileSync(OUT, bytes);
const shipped = createTagger(bytes);
const shippedScores: Scores = {};
dev.forEach((d) => countSpans(d.tags, shipped.tagWords(inputOf(d)), shippedScores));
console.log(`kept epoch ${best!.epoch}; wrote ${OUT} (${(bytes.length / 1e6).toFixed(2)} MB)`);
console.log(line('shipped model', shippedScores));
