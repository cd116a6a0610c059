// The perceptron training loop: seeded shuffles, Viterbi decoding, updates on mistakes, averaged weights per epoch.
import type { NerInput } from '../doc-context';
import type { DocFeatures } from '../features';
import { TAG_COUNT } from '../labels';
import { viterbi } from '../viterbi';
import { Perceptron, type DenseScorer } from './perceptron';
import { seededRandom } from '../../training/seeded-random';

export interface TrainingDoc {
  input: NerInput;
  gold: Uint8Array;
  /** Feature sets whose scores add up (pass 2: local features + document-label features). */
  sets: DocFeatures[];
}

export interface TrainOptions {
  epochs: number;
  bucketBits: number;
  seed: number;
  /** Scores the averaged weights after an epoch (dev F1); the best-scoring epoch is returned. Without it, the last. */
  judge?: (scorer: DenseScorer, epoch: number, trainMistakes: number) => number;
}

export function trainPerceptron(docs: readonly TrainingDoc[], opts: TrainOptions): { scorer: DenseScorer; epoch: number; score: number } {
  const sentences: { doc: number; from: number; to: number }[] = [];
  docs.forEach((d, doc) => {
    const starts = d.input.sentenceStarts;
    for (let s = 0; s + 1 < starts.length; s++) if (starts[s + 1] > starts[s]) sentences.push({ doc, from: starts[s], to: starts[s + 1] });
  });
  const perceptron = new Perceptron(opts.bucketBits);
  const random = seededRandom(opts.seed);
  let emissions = new Float64Array(256 * TAG_COUNT);
  let best: { scorer: DenseScorer; epoch: number; score: number } | undefined;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = sentences.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [sentences[i], sentences[j]] = [sentences[j], sentences[i]];
    }
    let mistakes = 0;
    for (const { doc, from, to } of sentences) {
      const n = to - from, { sets, gold } = docs[doc];
      if (n * TAG_COUNT > emissions.length) emissions = new Float64Array(n * TAG_COUNT);
      emissions.fill(0, 0, n * TAG_COUNT);
      perceptron.current.addEmissions(sets, from, to, emissions);
      const predicted = new Uint8Array(n);
      viterbi(emissions, n, perceptron.current.transitions, predicted);
      const goldPart = gold.subarray(from, to);
      if (predicted.some((t, k) => t !== goldPart[k])) {
        mistakes++;
        perceptron.update(sets, from, goldPart, predicted);
      }
      perceptron.tick();
    }
    if (opts.judge) {
      const scorer = perceptron.averaged();
      const score = opts.judge(scorer, epoch, mistakes);
      if (!best || score > best.score) best = { scorer, epoch, score };
    }
  }
  return best ?? { scorer: perceptron.averaged(), epoch: opts.epochs, score: NaN };
}
