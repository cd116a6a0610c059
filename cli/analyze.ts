// Command line over lib/pipeline: `analyze FILE` prints one JSON result; `analyze --jsonl` maps stdin lines to stdout lines.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { createPipeline } from '../lib/pipeline';
import { loadNodeResources } from '../lib/pipeline/node-resources';
import { htmlToText } from './html-to-text';

const USAGE = 'usage: npm run --silent analyze -- FILE(.txt|.html)\n       npm run --silent analyze -- --jsonl < input.jsonl   (one {"id","text"} per line)';

async function main(args: string[]): Promise<number> {
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') {
    process.stderr.write(USAGE + '\n');
    return args[0] === '--help' || args[0] === '-h' ? 0 : 2;
  }
  const pipeline = createPipeline(loadNodeResources());
  if (args[0] === '--jsonl') {
    let line = 0;
    let failures = 0;
    for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      line++;
      if (!raw.trim()) continue;
      let input: { id?: unknown; text?: unknown };
      try {
        input = JSON.parse(raw);
      } catch (e) {
        process.stderr.write(`line ${line}: not JSON (${(e as Error).message}); skipped\n`);
        failures++;
        continue;
      }
      if (typeof input?.text !== 'string') {
        process.stderr.write(`line ${line}: needs a string "text" field; skipped\n`);
        failures++;
        continue;
      }
      const id = input.id === undefined ? String(line) : String(input.id);
      process.stdout.write(JSON.stringify(pipeline.analyse(input.text, id)) + '\n');
    }
    return failures ? 1 : 0;
  }
  const file = args[0];
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  const text = /\.x?html?$/i.test(file) || /^\s*<(!doctype|html)/i.test(content) ? htmlToText(content) : content;
  process.stdout.write(JSON.stringify(pipeline.analyse(text, basename(file)), null, 2) + '\n');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`analyze failed: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  },
);
