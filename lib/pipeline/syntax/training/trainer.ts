// Training loops for the two greedy passes: each sentence is tagged left to right with the current weights, using its
// own earlier predictions as context (as at tagging time), and every wrong token updates the weights.
import { chunkFeatures, MAX_FEATURES, posFeatures } from '../features';
import { wellFormedChunk } from '../labels';
import { argmax } from '../weights';
import { W } from '../word-hashes';
import { AveragedPerceptron, type DenseScorer } from './perceptron';
import { seededRandom } from '../../training/seeded-random';

export interface SyntaxTrainingDoc {
  /** Word hash records (word-hashes.ts). */
  hashes: Uint32Array;
  /** Sentence starts, with the token count last. */
  sentenceStarts: readonly number[];
  goldPos: Uint8Array;
  goldChunk: Uint8Array;
  /** POS tags the chunk pass reads: predicted ones (as at tagging time), or gold. */
  inputPos?: Uint8Array;
}

export interface TrainOptions {
  epochs: number;
  bucketBits: number;
  seed: number;
  /** Scores the averaged weights after an epoch (dev accuracy); the best epoch is kept. Without it, the last. */
  judge?: (scorer: DenseScorer, epoch: number) => number;
}

export type Pass = 'pos' | 'chunk';

export function trainPass(pass: Pass, labels: number, docs: readonly SyntaxTrainingDoc[], opts: TrainOptions): { scorer: DenseScorer; epoch: number; score: number } {
  const sentences: [doc: number, from: number, to: number][] = [];
  docs.forEach((d, doc) => {
    for (let s = 0; s + 1 < d.sentenceStarts.length; s++) if (d.sentenceStarts[s + 1] > d.sentenceStarts[s]) sentences.push([doc, d.sentenceStarts[s], d.sentenceStarts[s + 1]]);
  });
  const model = new AveragedPerceptron(opts.bucketBits, labels);
  const random = seededRandom(opts.seed);
  const feats = new Uint32Array(MAX_FEATURES), scores = new Float64Array(labels);
  let best: { scorer: DenseScorer; epoch: number; score: number } | undefined;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = sentences.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [sentences[i], sentences[j]] = [sentences[j], sentences[i]];
    }
    for (const [doc, a, b] of sentences) {
      const d = docs[doc];
      const gold = pass === 'pos' ? d.goldPos : d.goldChunk;
      const pos = d.inputPos ?? d.goldPos;
      let y1 = -1, y2 = -1;
      for (let i = a; i < b; i++) {
        const fixed = pass === 'pos' ? d.hashes[i * W.Size + W.Fixed] - 1 : -1;
        if (fixed >= 0) { y2 = y1; y1 = fixed; continue; }
        const n = pass === 'pos' ? posFeatures(d.hashes, i, a, b, y1, y2, feats) : chunkFeatures(d.hashes, pos, i, a, b, y1, y2, feats);
        scores.fill(0);
        model.current.addScores(feats, n, scores);
        const guess = argmax(scores, labels);
        model.update(feats, n, gold[i], guess);
        model.tick();
        y2 = y1;
        y1 = pass === 'chunk' ? wellFormedChunk(guess, y1) : guess;
      }
    }
    if (opts.judge) {
      const scorer = model.averaged();
      const score = opts.judge(scorer, epoch);
      if (!best || score > best.score) best = { scorer, epoch, score };
    }
  }
  return best ?? { scorer: model.averaged(), epoch: opts.epochs, score: NaN };
}
