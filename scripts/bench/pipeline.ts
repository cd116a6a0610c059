// Benchmarks the pipeline in Node: time for a 1,000-word article and whole-pipeline tokens per second.
import { createPipeline } from '../../lib/pipeline';
import { loadNodeResources } from '../../lib/pipeline/node-resources';
import { tokensStage } from '../../lib/pipeline/01-tokens';
import { newDoc } from '../../lib/pipeline/document';
import { fmt, line, median, timeRuns } from './stats';
import { benchArticle } from './article';

export function benchPipeline(): void {
  const t0 = performance.now();
  const resources = loadNodeResources();
  line('model load (first call, Node)', `${fmt(performance.now() - t0)} ms`);
  const pipeline = createPipeline(resources);
  const article = benchArticle(1000);
  const words = article.split(/\s+/).filter(Boolean).length;
  const times = timeRuns(() => pipeline.analyse(article), 30);
  line(`pipeline, ${words}-word article`, `${fmt(median(times), 2)} ms median`, `${times.length} runs`);

  const big = benchArticle(50_000);
  const doc = newDoc('bench', big);
  tokensStage(doc);
  const tokens = doc.tokens.length;
  const bigTimes = timeRuns(() => pipeline.analyse(big), 5, 1);
  line('whole pipeline throughput', `${fmt(tokens / (median(bigTimes) / 1000), 0)} tokens/s`, `${tokens} tokens`);
}
