// Out-of-fold cue models for the trainers of the later claim models (filter, content end, source ranker).
//
// Why: those trainers draft claims on train articles, and the shipped cue classifier was trained on the same
// articles. Its scores there are better than on any unseen page (in-sample F1 about 90, held-out about 80), so a
// filter trained on them learns to trust the cue score too much and sees too few false cues. Each train article is
// instead drafted with a cue model trained on the other folds, as the pipeline meets dev, test and real pages.
// The train-side evaluation (eval:claims --train) also gives each article a claim filter, content-end chooser and
// source ranker that did not see it: with the shipped ones, its figures rose and fell with the filter's threshold
// (docs/decisions/007, update 11).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HashedWeights, encodeWeights } from '../lib/pipeline/claims/hashed-weights';
import { useCueModel } from '../lib/pipeline/claims/cues';
import { useFilterModel } from '../lib/pipeline/claims/claim-filter';
import { useContentEndModel } from '../lib/pipeline/claims/content-end';
import { useRankerModel } from '../lib/pipeline/claims/source-ranker';
import { decodeSentenceModel, encodeSentenceModel, type SentenceModel } from '../lib/pipeline/claims/cue-sentence';

export const CUE_FOLDS = 5;
/** Written by derive-cues.ts, read by the trainers after it; a build product, not committed. */
const FOLD_FILE = path.resolve('node_modules/.cache/fact-annotator/cue-folds.json');
/** The later claim models, each written in folds by its trainer and read by the train-side evaluation. */
type LaterModel = 'claim-filter' | 'content-end' | 'source-ranker';
const LATER_MODELS: readonly LaterModel[] = ['claim-filter', 'content-end', 'source-ranker'];
const USE: Record<LaterModel, (w: HashedWeights | null) => void> = { 'claim-filter': useFilterModel, 'content-end': useContentEndModel, 'source-ranker': useRankerModel };
const laterFoldFile = (model: LaterModel) => path.resolve(`node_modules/.cache/fact-annotator/${model}-folds.json`);

/** The fold train article `index` belongs to (every trainer reads train.json in the same order). */
export const foldOf = (index: number): number => index % CUE_FOLDS;

/** Each fold's perceptron weights and the sentence model trained without that fold. */
export function writeCueFolds(models: ReadonlyMap<string, number>[], sentences: readonly SentenceModel[]): void {
  mkdirSync(path.dirname(FOLD_FILE), { recursive: true });
  writeFileSync(FOLD_FILE, JSON.stringify(models.map((m, k) => ({ cue: encodeWeights(m), sentence: encodeSentenceModel(sentences[k]) }))));
}

/** Each fold's model, trained without that fold's articles (the filter is used at the shipped threshold). */
export function writeModelFolds(model: LaterModel, models: readonly ReadonlyMap<string, number>[]): void {
  mkdirSync(path.dirname(laterFoldFile(model)), { recursive: true });
  writeFileSync(laterFoldFile(model), JSON.stringify(models.map(encodeWeights)));
}

function readModelFolds(model: LaterModel): HashedWeights[] {
  const file = laterFoldFile(model);
  if (!existsSync(file)) throw new Error(`${file} is missing: run scripts/derive-${model}.ts first (npm run train:claims does).`);
  const stored = JSON.parse(readFileSync(file, 'utf8')) as string[];
  if (stored.length !== CUE_FOLDS) throw new Error(`${file} is not ${CUE_FOLDS} folds: rerun scripts/derive-${model}.ts.`);
  return stored.map((f) => HashedWeights.decode(f));
}

/**
 * Calls `fn` for each train article with the cue model that did not see it (and, with `laterModels`, the claim filter,
 * content-end chooser and source ranker that did not see it), then restores the shipped models.
 */
export function withHeldOutCues<T>(articles: readonly T[], fn: (article: T, index: number) => void, opts: { laterModels?: boolean } = {}): void {
  if (!existsSync(FOLD_FILE)) throw new Error(`${FOLD_FILE} is missing: run scripts/derive-cues.ts first (npm run train:claims does).`);
  const stored = JSON.parse(readFileSync(FOLD_FILE, 'utf8')) as { cue: string; sentence?: string }[];
  if (stored.length !== CUE_FOLDS || typeof stored[0]?.sentence !== 'string') throw new Error(`${FOLD_FILE} is not ${CUE_FOLDS} folds of this format: rerun scripts/derive-cues.ts.`);
  const folds = stored.map((f) => ({ cue: HashedWeights.decode(f.cue), sentence: decodeSentenceModel(f.sentence!) }));
  const later = opts.laterModels ? LATER_MODELS.map((m) => [m, readModelFolds(m)] as const) : [];
  try {
    articles.forEach((a, i) => {
      const fold = folds[foldOf(i)];
      useCueModel(fold.cue, fold.sentence);
      for (const [m, models] of later) USE[m](models[foldOf(i)]);
      fn(a, i);
    });
  } finally {
    useCueModel(null);
    for (const m of LATER_MODELS) USE[m](null);
  }
}
