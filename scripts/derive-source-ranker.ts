// Trains the source ranker (lib/pipeline/claims/source-ranker.ts) on PolNeAR TRAIN only, as an averaged perceptron ranking.
// Run: npx tsx scripts/derive-source-ranker.ts -> writes lib/pipeline/knowledge/source-ranker-model.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { newDoc } from '../lib/pipeline/document';
import { tokensStage } from '../lib/pipeline/01-tokens';
import { actorsStage } from '../lib/pipeline/02-actors';
import { claimDrafts } from '../lib/pipeline/03-claims';
import { filterClaims } from '../lib/pipeline/claims/claim-filter';
import { noSourceFeatures, sourceCandidates, sourceFeatures } from '../lib/pipeline/claims/source-ranker';
import { loadNodeResources } from '../lib/pipeline/node-resources';
import { matchByOverlap, overlap } from './eval-claims/match';
import { NameSink, type FeatureSink } from '../lib/pipeline/claims/hashed-weights';
import { CUE_FOLDS, foldOf, withHeldOutCues, writeModelFolds } from './cue-folds';
import { bestOf, scoreWith, trainRanking, writeHashedWeights, type RankExample } from './perceptron';

const SHARED = process.env.SHARED_DIR ?? path.resolve(process.cwd(), '../shared');
interface GoldQuote { start: number; end: number; speaker_start: number | null; speaker_end: number | null }
interface Article { id: string; text: string; quotes: GoldQuote[] }
/** One decision: each candidate's features, the annotators' choice, and whether the rules' pick was that one. */
interface Decision extends RankExample { ruleRight: boolean }

/** The names of the features `emit` gives (the runtime scores the same features by hash). */
function namesOf(emit: (out: FeatureSink) => void): string[] {
  const names = new NameSink();
  emit(names);
  return names.names;
}

const articles: Article[] = JSON.parse(readFileSync(path.join(SHARED, 'eval/polnear/train.json'), 'utf8'));
const res = loadNodeResources();
const perArticle: Decision[][] = [];
// Drafted with cue models that did not see the article, as the pipeline drafts unseen pages (cue-folds.ts).
withHeldOutCues(articles, (a) => {
  const doc = newDoc(a.id, a.text);
  tokensStage(doc);
  actorsStage(doc, res);
  const { ctx, drafts } = claimDrafts(doc, res);
  const kept = filterClaims(ctx, drafts);
  const out: Decision[] = [];
  for (const [i, j] of matchByOverlap(kept, a.quotes)) {
    const d = kept[i];
    const g = a.quotes[j];
    if (!d.cue || d.cue.score === undefined) continue;
    const cands = sourceCandidates(ctx, d);
    // Candidate 0 is "no source": right when the annotators named nobody or someone outside the candidates.
    let gold = 0;
    if (g.speaker_start !== null && g.speaker_end !== null) {
      const gs = { start: g.speaker_start, end: g.speaker_end };
      let best = 0;
      cands.forEach((c, k) => {
        const o = overlap({ start: doc.tokens[c.first].start, end: doc.tokens[c.last].end }, gs);
        if (o > best) { best = o; gold = k + 1; }
      });
    }
    const ruleRight = gold === 0 ? !d.source : !!d.source && cands[gold - 1] === d.source;
    const features = [namesOf((o) => noSourceFeatures(o, ctx, d)), ...cands.map((c) => namesOf((o) => sourceFeatures(o, ctx, d, c, cands)))];
    out.push({ cands: features, gold, ruleRight });
  }
  perArticle.push(out);
});



const cut = Math.floor(perArticle.length * 0.8);
const heldOut = perArticle.slice(cut).flat();
const model = trainRanking(perArticle.slice(0, cut).flat(), 8);
const right = heldOut.filter((ex) => bestOf(scoreWith(model), ex.cands) === ex.gold).length;
const rules = heldOut.filter((ex) => ex.ruleRight).length;
console.log(`source on the last 20% of train articles: ranker ${(100 * right / heldOut.length).toFixed(1)}%, rules ${(100 * rules / heldOut.length).toFixed(1)}% of ${heldOut.length} claims (no source is one of the choices)`);
// One model per cue fold, for the train-side evaluation (cue-folds.ts); perArticle is in train.json's order.
writeModelFolds('source-ranker', Array.from({ length: CUE_FOLDS }, (_, k) => trainRanking(perArticle.filter((_, i) => foldOf(i) !== k).flat(), 8)));
const weights = trainRanking(perArticle.flat(), 8);
writeHashedWeights('lib/pipeline/knowledge/source-ranker-model.ts', 'Averaged-perceptron weights ranking candidate sources, trained on PolNeAR train by scripts/derive-source-ranker.ts (hashed feature names and weights, no text).', 'SOURCE_RANKER_MODEL', weights);
console.log(`model ${weights.size} weights`);
