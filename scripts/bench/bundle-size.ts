// Benchmark: sizes of the built extension's scripts (bytes and gzip), the content script against its 30 KB budget.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../browser';
import { MODEL_FILES } from '../../lib/pipeline/model-files';
import { ensureExtensionBuilt } from './pages/ensure-build';
import { line } from './stats';

const CONTENT_BUDGET = 30 * 1024;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function sizes(file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function report(label: string, file: string, note = ''): void {
  if (!existsSync(file)) return line(label, 'missing', relative(process.cwd(), file));
  const s = sizes(file);
  line(label, `${kb(s.raw)} (${kb(s.gzip)} gzip)`, [relative(EXTENSION_DIR, file), note].filter(Boolean).join('; '));
}

export function benchBundleSize(): void {
  ensureExtensionBuilt();
  const content = join(EXTENSION_DIR, 'content-scripts/content.js');
  if (existsSync(content)) {
    const { raw } = sizes(content);
    report('content script', content, `target < 30 KB minified: ${raw < CONTENT_BUDGET ? 'PASS' : 'MISS'} (${raw.toLocaleString('en-US')} bytes)`);
  } else report('content script', content);
  report('background (service worker)', join(EXTENSION_DIR, 'background.js'), 'script only: the model files below are read from the package at start-up');
  for (const model of MODEL_FILES) report(`  model ${model}`, join(EXTENSION_DIR, 'models', model));
  const chunks = join(EXTENSION_DIR, 'chunks');
  for (const chunk of existsSync(chunks) ? readdirSync(chunks).sort() : []) report(`chunk ${chunk.replace(/-[\w-]{8}\.js$/, '.js')}`, join(chunks, chunk));
  const total = walk(EXTENSION_DIR).reduce((sum, f) => sum + statSync(f).size, 0);
  line('whole extension folder', kb(total), '.output/chrome-mv3');
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

if (import.meta.url === `file://${process.argv[1]}`) benchBundleSize();
