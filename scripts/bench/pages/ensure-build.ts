// Makes sure the built extension is there and newer than its sources, building it (and saying so) when it is not.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../../browser';

const SOURCES = ['entrypoints', 'components', 'hooks', 'lib', 'wxt.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

let checked = false;

/** Builds once per run when .output/chrome-mv3 is missing or older than the newest source file. */
export function ensureExtensionBuilt(): void {
  if (checked) return;
  checked = true;
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES.map(newestMtime));
  if (builtAt >= sourcesAt) return;
  console.log(builtAt ? '(extension build is older than its sources: running `npx wxt build`)' : '(no built extension: running `npx wxt build`)');
  const t0 = performance.now();
  try {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'pipe' });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`wxt build failed:\n${err.stdout?.toString() ?? ''}${err.stderr?.toString() ?? ''}`);
  }
  console.log(`(built in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
