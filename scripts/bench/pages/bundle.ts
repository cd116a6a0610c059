// Bundles a module for a benchmark page (one IIFE script, minified like a shipped bundle) with the esbuild that Vite ships.
import { resolve } from 'node:path';
import { build } from 'esbuild';

/** The bundled script text of `entry` (a path relative to the project root). */
export async function bundleForPage(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'chrome120',
    platform: 'browser',
    // The '@/…' alias of the project; esbuild reads it from tsconfig paths.
    tsconfig: resolve('tsconfig.json'),
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}
