// `npm run bench`: every benchmark of the project, printed as plain lines (ratios against a peer measured in the same run).
import { benchPipeline } from './bench/pipeline';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const sections: [string, () => void | Promise<void>][] = [['pipeline', benchPipeline]];
  for (const [name, run] of sections) {
    if (only.length && !only.includes(name)) continue;
    console.log(`\n== ${name}`);
    await run();
  }
}

main().catch((e) => {
  console.error(`bench failed: ${(e as Error).stack ?? e}`);
  process.exit(1);
});
