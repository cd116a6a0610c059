// `npm run eval:claims`: scores claims, speakers and stances on PolNeAR dev and directed-sentiment dev.
import path from 'node:path';
import { evalPolnear } from './eval-claims/polnear';
import { evalDirectedSentiment } from './eval-claims/sentiment';
import { makeAnalyser } from './eval-claims/run';

const SHARED = process.env.SHARED_DIR ?? path.resolve(process.cwd(), '../shared');
const verbose = process.argv.includes('--verbose');
const only = process.argv.find((a) => a === '--polnear' || a === '--sentiment');

if (process.argv.includes('--diagnose')) {
  const { diagnosePolnear } = await import('./eval-claims/diagnose');
  const { loadNodeResources } = await import('../lib/pipeline/node-resources');
  diagnosePolnear(SHARED, loadNodeResources(), verbose);
  process.exit(0);
}
const { analyse, label } = await makeAnalyser();
console.log(`pipeline: ${label}`);
if (only !== '--sentiment') evalPolnear(SHARED, analyse, verbose);
if (only !== '--polnear') evalDirectedSentiment(SHARED, analyse, verbose);
