// Out-of-fold cue models for the trainers of the later claim models (filter, content end, source ranker).
//
// Why: those trainers draft claims on train articles, and the shipped cue classifier was trained on the same
// articles. Its scores there are better than on any unseen page (in-sample F1 about 90, held-out about 80), so a
// filter trained on them learns to trust the cue score too much and sees too few false cues. Each train article is
// instead drafted with a cue model trained on the other folds, as the pipeline meets dev, test and real pages.
// The train-side evaluation (eval:claims --train) also filters each article with a claim filter that did not see it:
// with the shipped filter, its figures rose and fell with the filter's threshold (docs/decisions/007, update 11).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HashedWeights, encodeWeights } from '../lib/pipeline/claims/hashed-weights';
import { useCueModel } from '../lib/pipeline/claims/cues';
import { useFilterModel } from '../lib/pipeline/claims/claim-filter';
import { decodeContextModel, encodeContextModel, type ContextModel } from '../lib/pipeline/claims/cue-context';

export const CUE_FOLDS = 5;
/** Written by derive-cues.ts, read by the trainers after it; a build product, not committed. */
const FOLD_FILE = path.resolve('node_modules/.cache/fact-annotator/cue-folds.json');
/** Written by derive-claim-filter.ts, read by the train-side evaluation. */
const FILTER_FOLD_FILE = path.resolve('node_modules/.cache/fact-annotator/filter-folds.json');

/** The fold train article `index` belongs to (every trainer reads train.json in the same order). */
export const foldOf = (index: number): number => index % CUE_FOLDS;

/** Each fold's perceptron weights and the context model trained without that fold. */
export function writeCueFolds(models: ReadonlyMap<string, number>[], contexts: readonly ContextModel[]): void {
  mkdirSync(path.dirname(FOLD_FILE), { recursive: true });
  writeFileSync(FOLD_FILE, JSON.stringify(models.map((m, k) => ({ cue: encodeWeights(m), context: encodeContextModel(contexts[k]) }))));
}

/** Each fold's claim filter, trained without that fold's articles (used at the shipped threshold). */
export function writeFilterFolds(models: readonly ReadonlyMap<string, number>[]): void {
  mkdirSync(path.dirname(FILTER_FOLD_FILE), { recursive: true });
  writeFileSync(FILTER_FOLD_FILE, JSON.stringify(models.map(encodeWeights)));
}

function readFilterFolds(): HashedWeights[] {
  if (!existsSync(FILTER_FOLD_FILE)) throw new Error(`${FILTER_FOLD_FILE} is missing: run scripts/derive-claim-filter.ts first (npm run train:claims does).`);
  const stored = JSON.parse(readFileSync(FILTER_FOLD_FILE, 'utf8')) as string[];
  if (stored.length !== CUE_FOLDS) throw new Error(`${FILTER_FOLD_FILE} is not ${CUE_FOLDS} folds: rerun scripts/derive-claim-filter.ts.`);
  return stored.map((f) => HashedWeights.decode(f));
}

/**
 * Calls `fn` for each train article with the cue model that did not see it (and, with `filters`, the claim filter
 * that did not see it), then restores the shipped models.
 */
export function withHeldOutCues<T>(articles: readonly T[], fn: (article: T, index: number) => void, opts: { filters?: boolean } = {}): void {
  if (!existsSync(FOLD_FILE)) throw new Error(`${FOLD_FILE} is missing: run scripts/derive-cues.ts first (npm run train:claims does).`);
  const stored = JSON.parse(readFileSync(FOLD_FILE, 'utf8')) as { cue: string; context: string }[];
  if (stored.length !== CUE_FOLDS || typeof stored[0] !== 'object') throw new Error(`${FOLD_FILE} is not ${CUE_FOLDS} folds of this format: rerun scripts/derive-cues.ts.`);
  const folds = stored.map((f) => ({ cue: HashedWeights.decode(f.cue), context: decodeContextModel(f.context) }));
  const filters = opts.filters ? readFilterFolds() : null;
  try {
    articles.forEach((a, i) => {
      const fold = folds[foldOf(i)];
      useCueModel(fold.cue, fold.context);
      if (filters) useFilterModel(filters[foldOf(i)]);
      fn(a, i);
    });
  } finally {
    useCueModel(null);
    useFilterModel(null);
  }
}
