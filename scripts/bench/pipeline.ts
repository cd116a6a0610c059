// Benchmarks the pipeline in Node: model load, tagger throughput against compromise, a 1,000-word article, whole-pipeline tokens/s.
import nlp from 'compromise';
import { createPipeline } from '../../lib/pipeline';
import { loadNodeResources } from '../../lib/pipeline/node-resources';
import { tokensStage } from '../../lib/pipeline/01-tokens';
import { newDoc } from '../../lib/pipeline/document';
import { fmt, line, median, timeRuns } from './stats';
import { benchArticle } from './article';

export function benchPipeline(): void {
  const t0 = performance.now();
  const resources = loadNodeResources();
  line('model load (first call, Node)', `${fmt(performance.now() - t0)} ms`, 'target < 150 ms');
  const pipeline = createPipeline(resources);

  const big = benchArticle(20_000);
  const doc = newDoc('bench', big);
  tokensStage(doc);
  const tokens = doc.tokens.length;
  const tagTimes = timeRuns(() => resources.tagger.tag(doc), 5, 1);
  const taggerRate = tokens / (median(tagTimes) / 1000);
  line('NER tagger throughput', `${fmt(taggerRate, 0)} tokens/s`, `${tokens} tokens, median of 5`);
  const peerTimes = timeRuns(() => {
    const d = nlp(big);
    d.people().out('offset');
    d.organizations().out('offset');
    d.places().out('offset');
  }, 3, 1);
  const peerRate = tokens / (median(peerTimes) / 1000);
  line('peer: compromise people/orgs/places', `${fmt(peerRate, 0)} tokens/s`, `tagger is ${fmt(taggerRate / peerRate)}x`);

  const article = benchArticle(1000);
  const words = article.split(/\s+/).filter(Boolean).length;
  const times = timeRuns(() => pipeline.analyse(article), 30);
  line(`pipeline, ${words}-word article`, `${fmt(median(times), 2)} ms median`, `${times.length} runs`);

  const bigTimes = timeRuns(() => pipeline.analyse(big), 5, 1);
  line('whole pipeline throughput', `${fmt(tokens / (median(bigTimes) / 1000), 0)} tokens/s`, `${tokens} tokens; target >= 50,000`);
}
