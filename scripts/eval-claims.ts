// `npm run eval:claims`: scores claims, speakers and stances on PolNeAR dev and directed-sentiment dev.
// `--train` scores PolNeAR train instead, each article drafted by a cue model that did not see it (for analysis).
// `--train --sentiment` answers the held-out tenth of directed-sentiment train (after derive-relations.ts --holdout).
// `--pronouns` checks who rewritten pronoun speakers are linked to (eval-claims/pronouns.ts), on dev or with --train.
import path from 'node:path';
import { evalPolnear } from './eval-claims/polnear';
import { evalDirectedSentiment } from './eval-claims/sentiment';
import { makeAnalyser } from './eval-claims/run';

const SHARED = process.env.SHARED_DIR ?? path.resolve(process.cwd(), '../shared');
const verbose = process.argv.includes('--verbose');
const only = process.argv.find((a) => a === '--polnear' || a === '--sentiment');
const onTrain = process.argv.includes('--train');

if (process.argv.includes('--diagnose')) {
  const { diagnosePolnear } = await import('./eval-claims/diagnose');
  const { loadNodeResources } = await import('../lib/pipeline/node-resources');
  diagnosePolnear(SHARED, loadNodeResources(), verbose, onTrain ? 'train' : 'dev');
  process.exit(0);
}
const { analyse, label } = await makeAnalyser();
console.log(`pipeline: ${label}`);
if (process.argv.includes('--pronouns')) {
  const { evalPronouns } = await import('./eval-claims/pronouns');
  evalPronouns(SHARED, analyse, onTrain ? 'train' : 'dev', verbose);
  process.exit(0);
}
if (onTrain && only === '--sentiment') {
  const { evalHeldOutSentiment } = await import('./eval-claims/sentiment');
  evalHeldOutSentiment(analyse, verbose);
} else if (onTrain) evalPolnear(SHARED, analyse, verbose, 'train');
else if (only !== '--sentiment') evalPolnear(SHARED, analyse, verbose);
if (only !== '--polnear' && !onTrain) evalDirectedSentiment(SHARED, analyse, verbose);
