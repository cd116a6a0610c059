// Trains the two-pass NER tagger on CoNLL-2003 train (averaged perceptron), picks epochs by dev F1, writes
// lib/pipeline/models/ner.bin. Pass 2 learns from pass-1 tags of held-out folds, as it will see them on new text.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTagger } from '../lib/pipeline/ner';
import { decodeDocument } from '../lib/pipeline/ner/decode';
import { docLabelFeatures } from '../lib/pipeline/ner/doc-labels';
import { extractFeatures, type Featurised } from '../lib/pipeline/ner/features';
import { encodeModel } from '../lib/pipeline/ner/model-format';
import { compressWeights } from '../lib/pipeline/ner/training/export';
import { buildGazetteer, outOfFoldGazetteers } from '../lib/pipeline/ner/training/gazetteer-builder';
import { buildLexicon } from '../lib/pipeline/ner/training/lexicon-builder';
import type { DenseScorer } from '../lib/pipeline/ner/training/perceptron';
import { trainPerceptron, type TrainingDoc } from '../lib/pipeline/ner/training/trainer';
import { conllPath, countSpans, HEADLINE_TYPES, inputOf, prf, readConll, type Scores } from './conll';

const EPOCHS = Number(process.env.NER_EPOCHS ?? 12);
const BUCKET_BITS = Number(process.env.NER_BUCKET_BITS ?? 22);
/** Rows kept per pass; two passes of about 10 bytes a row stay well under the 3 MB budget. */
const MAX_ROWS = Number(process.env.NER_MAX_ROWS ?? 150_000);
const GAZETTEER_FOLDS = 10;
const STACKING_FOLDS = Number(process.env.NER_STACKING_FOLDS ?? 5);
const SEED = 20030501;
const OUT = process.env.NER_OUT ?? fileURLToPath(new URL('../lib/pipeline/models/ner.bin', import.meta.url));

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(0)} s`;
const summary = (s: Scores) => {
  const h = prf(HEADLINE_TYPES, s), all = prf(['PER', 'ORG', 'LOC', 'MISC'], s);
  return `dev F1 PER/ORG/LOC ${h.f.toFixed(2)} (P ${h.p.toFixed(2)} R ${h.r.toFixed(2)}), all four ${all.f.toFixed(2)}`;
};

const train = readConll(conllPath('train'));
const dev = readConll(conllPath('dev'));
const { foldOf, gazetteers } = outOfFoldGazetteers(train, GAZETTEER_FOLDS);
const fullGazetteer = buildGazetteer(train);
const lexicon = buildLexicon();
const trainLocal: Featurised[] = train.map((d, i) => extractFeatures(inputOf(d), gazetteers[foldOf(i)], lexicon));
const devLocal: Featurised[] = dev.map((d) => extractFeatures(inputOf(d), fullGazetteer, lexicon));
console.log(`read ${train.length} train / ${dev.length} dev docs; gazetteer ${fullGazetteer.entries.length} names, lexicon ${lexicon.entries.length} words; features in ${elapsed()}`);

type SetsOf = (i: number) => TrainingDoc['sets'];
const devJudge = (label: string, sets: SetsOf) => (scorer: DenseScorer, epoch: number, mistakes: number) => {
  const scores: Scores = {};
  dev.forEach((d, i) => countSpans(d.tags, decodeDocument(inputOf(d), sets(i), scorer), scores));
  console.log(`${label} epoch ${epoch}: ${summary(scores)}; ${mistakes} train sentences wrong; ${elapsed()}`);
  return prf(HEADLINE_TYPES, scores).f;
};

// Pass 1: local features only.
const pass1Docs: TrainingDoc[] = train.map((d, i) => ({ input: inputOf(d), gold: d.tags, sets: [trainLocal[i]] }));
const pass1 = trainPerceptron(pass1Docs, { epochs: EPOCHS, bucketBits: BUCKET_BITS, seed: SEED, judge: devJudge('pass 1', (i) => [devLocal[i]]) });
console.log(`pass 1: kept epoch ${pass1.epoch}`);

// Out-of-fold pass-1 tags for the training documents, so pass 2 learns how far to trust a first pass that errs.
const trainPass1 = new Array<Uint8Array>(train.length);
for (let fold = 0; fold < STACKING_FOLDS; fold++) {
  const inFold = (i: number) => i % STACKING_FOLDS === fold;
  const { scorer } = trainPerceptron(pass1Docs.filter((_, i) => !inFold(i)), { epochs: pass1.epoch, bucketBits: BUCKET_BITS, seed: SEED + fold + 1 });
  train.forEach((d, i) => {
    if (!inFold(i)) return;
    trainPass1[i] = decodeDocument(inputOf(d), [trainLocal[i]], scorer);
  });
  console.log(`stacking fold ${fold + 1}/${STACKING_FOLDS} done; ${elapsed()}`);
}
const devPass1 = dev.map((d, i) => decodeDocument(inputOf(d), [devLocal[i]], pass1.scorer));

// Pass 2: local features again plus what pass 1 found elsewhere in the document, all weights learnt afresh
// (learning only the document features on top of fixed pass-1 scores was tried and scored 0.6 F1 lower).
const pass2Docs: TrainingDoc[] = train.map((d, i) => ({
  input: inputOf(d),
  gold: d.tags,
  sets: [trainLocal[i], docLabelFeatures(inputOf(d), trainLocal[i], trainPass1[i])],
}));
const devPass2Sets = dev.map((d, i) => [devLocal[i], docLabelFeatures(inputOf(d), devLocal[i], devPass1[i])]);
const pass2 = trainPerceptron(pass2Docs, { epochs: EPOCHS, bucketBits: BUCKET_BITS, seed: SEED, judge: devJudge('pass 2', (i) => devPass2Sets[i]) });
console.log(`pass 2: kept epoch ${pass2.epoch}`);

const bytes = encodeModel({
  gazetteer: fullGazetteer.toData(),
  lexicon: lexicon.toData(),
  passes: [compressWeights(pass1.scorer, MAX_ROWS), compressWeights(pass2.scorer, MAX_ROWS)],
});
writeFileSync(OUT, bytes);
const shipped = createTagger(bytes);
const shippedScores: Scores = {};
dev.forEach((d) => countSpans(d.tags, shipped.tagWords(inputOf(d)), shippedScores));
console.log(`wrote ${OUT} (${(bytes.length / 1e6).toFixed(2)} MB)`);
console.log(`shipped model: ${summary(shippedScores)}`);
