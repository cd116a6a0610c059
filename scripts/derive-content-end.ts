// Trains the content-end chooser (lib/pipeline/claims/content-end.ts) on PolNeAR TRAIN only, as an averaged perceptron ranking.
// Run: npx tsx scripts/derive-content-end.ts  -> writes lib/pipeline/knowledge/content-end-model.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { tokensStage } from '../lib/pipeline/01-tokens';
import { newDoc } from '../lib/pipeline/document';
import { findQuotes } from '../lib/pipeline/claims/quotes';
import { quoteIndexByToken } from '../lib/pipeline/claims/quote-mask';
import { findCues } from '../lib/pipeline/claims/cues';
import { nounPhraseReader } from '../lib/pipeline/claims/noun-phrases';
import { loadNodeResources } from '../lib/pipeline/node-resources';
import { actorsStage } from '../lib/pipeline/02-actors';
import { entityKinds } from '../lib/pipeline/claims/entity-kinds';
import { draftFromCue, type ClaimContext } from '../lib/pipeline/claims/cue-claims';
import { candidateEnds, endFeatures } from '../lib/pipeline/claims/content-end';
import { NameSink } from '../lib/pipeline/claims/hashed-weights';
import { AUX_AND_ADVERBS, isWordToken } from '../lib/pipeline/claims/words';
import { CUE_FOLDS, foldOf, withHeldOutCues, writeModelFolds } from './cue-folds';
import { bestOf, scoreWith, trainRanking, writeHashedWeights, type RankExample, type Weights } from './perceptron';

const SHARED = process.env.SHARED_DIR ?? path.resolve(process.cwd(), '../shared');
interface GoldQuote { start: number; end: number; cue_start: number | null; cue_end: number | null }
interface Article { id: string; text: string; quotes: GoldQuote[] }
/** One decision: the features of each candidate end and which candidate the annotators chose. */
type Decision = RankExample;

const articles: Article[] = JSON.parse(readFileSync(path.join(SHARED, 'eval/polnear/train.json'), 'utf8'));
const res = loadNodeResources();
const syntax = res.syntax;
const decisions: Decision[][] = [];
let asked = 0;
let covered = 0;
// Other cues are marked as a model that did not see the article finds them (cue-folds.ts).
withHeldOutCues(articles, (a) => {
  const doc = newDoc(a.id, a.text);
  tokensStage(doc);
  actorsStage(doc, res);
  const quotes = findQuotes(doc.text, doc.paragraphs);
  const quoteOf = quoteIndexByToken(doc.tokens, quotes);
  const cueHead = new Uint8Array(doc.tokens.length);
  const tags = syntax?.tagDoc(doc);
  for (const c of findCues(doc.tokens, (i) => quoteOf[i] >= 0, entityKinds(doc), tags, res.wordVectors)) cueHead[c.head] = 1;
  const nounPhrase = tags ? nounPhraseReader(doc, tags) : undefined;
  const out: Decision[] = [];
  for (const q of a.quotes) {
    if (q.cue_start == null || q.cue_end == null) continue;
    // The gold cue as the runtime would see it: its head is the first word that is not an auxiliary or adverb.
    let first = -1, last = -1, head = -1;
    doc.tokens.forEach((t, i) => {
      if (t.start < q.cue_start! || t.end > q.cue_end!) return;
      if (first < 0) first = i;
      last = i;
      if (head < 0 && isWordToken(t.text) && !AUX_AND_ADVERBS.has(t.text.toLowerCase())) head = i;
    });
    if (head < 0) continue;
    let call: { a: number; s1: number } | null = null;
    const ctx: ClaimContext = { doc, quotes, quoteOf, cueHead, tokens: doc.tokens, tags, nounPhrase, chooseEnd: (_h, from, to) => ((call = { a: from, s1: to }), to - 1) };
    draftFromCue(ctx, { head, first, last });
    if (!call) continue;
    const { a: from, s1 } = call as { a: number; s1: number };
    // Only decisions where the runtime starts the content where the annotators did (within a word or two).
    if (Math.abs(doc.tokens[from].start - q.start) > 8) continue;
    asked++;
    const cands = candidateEnds(ctx, from, s1).map((c) => {
      const names = new NameSink();
      endFeatures(names, ctx, head, from, c, s1);
      return { e: c.e, f: names.names };
    });
    let goldEnd = q.end;
    while (goldEnd > q.start && /[\s.,;:"“”’']/u.test(a.text[goldEnd - 1])) goldEnd--;
    const g = cands.findIndex(({ e }) => Math.abs(doc.tokens[e].end - goldEnd) <= 1);
    if (g < 0) continue;
    covered++;
    out.push({ cands: cands.map(({ f }) => f), gold: g });
  }
  decisions.push(out);
});
console.log(`decisions: ${asked} runtime starts agreeing with gold, ${covered} with the gold end among the candidates`);


function accuracy(w: Weights, data: Decision[]): string {
  const score = scoreWith(w);
  const ok = data.filter((ex) => bestOf(score, ex.cands) === ex.gold).length;
  const atEnd = data.filter((ex) => ex.gold === ex.cands.length - 1).length;
  return `${(100 * ok / data.length).toFixed(1)}% right (always the sentence end: ${(100 * atEnd / data.length).toFixed(1)}%) on ${data.length}`;
}

const cut = Math.floor(decisions.length * 0.9);
const heldOut = trainRanking(decisions.slice(0, cut).flat(), 8);
console.log(`content end on the last 10% of train articles: ${accuracy(heldOut, decisions.slice(cut).flat())}`);
// One model per cue fold, for the train-side evaluation (cue-folds.ts); decisions are in train.json's order.
writeModelFolds('content-end', Array.from({ length: CUE_FOLDS }, (_, k) => trainRanking(decisions.filter((_, i) => foldOf(i) !== k).flat(), 8)));
const weights = trainRanking(decisions.flat(), 8);
writeHashedWeights('lib/pipeline/knowledge/content-end-model.ts', "Averaged-perceptron weights choosing where a claim's content ends, trained on PolNeAR train by scripts/derive-content-end.ts (hashed feature names and weights, no text).", 'CONTENT_END_MODEL', weights);
console.log(`model ${weights.size} weights`);
