// `npm run bench`: every benchmark of the project, printed as plain lines (ratios against a peer measured in the same run).
import { loadavg, cpus } from 'node:os';
import { benchBundleSize } from './bench/bundle-size';
import { benchExportScale } from './bench/export-scale';
import { releaseFilledProfile } from './bench/pages/filled-profile';
import { benchHighlightVsMarkjs } from './bench/highlight-vs-markjs';
import { benchPageLoad } from './bench/page-load';
import { benchPanelScale } from './bench/panel-scale';
import { benchPipeline } from './bench/pipeline';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const sections: [string, () => void | Promise<void>][] = [
    ['pipeline', benchPipeline],
    ['highlight-vs-markjs', benchHighlightVsMarkjs],
    ['page-load', benchPageLoad],
    ['bundle-size', benchBundleSize],
    ['panel-scale', benchPanelScale],
    ['export-scale', benchExportScale],
  ];
  // Times on a shared machine move with its load; print it so readers can judge the numbers.
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (1, 5, 15 min)`);
  try {
    for (const [name, run] of sections) {
      if (only.length && !only.includes(name)) continue;
      console.log(`\n== ${name}`);
      await run();
    }
  } finally {
    // panel-scale and export-scale share one filled browser profile; close it once both are done.
    await releaseFilledProfile();
  }
}

main().catch((e) => {
  console.error(`bench failed: ${(e as Error).stack ?? e}`);
  process.exit(1);
});
