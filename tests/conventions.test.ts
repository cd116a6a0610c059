// Checks the project's own layout rules, so they hold as the code grows.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../lib/pipeline';

const ROOT = join(__dirname, '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const rel = join(dir, name);
    if (statSync(join(ROOT, rel)).isDirectory()) out.push(...sources(rel));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
const importsOf = (f: string) => [...read(f).matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);

describe('project conventions', () => {
  const all = ['lib', 'entrypoints', 'components', 'cli', 'scripts'].flatMap((d) => { try { return sources(d); } catch { return []; } });

  it('every module opens with a one-line comment saying what it is for', () => {
    const missing = all.filter((f) => !/^\s*(\/\/|\/\*)/.test(read(f)));
    expect(missing).toEqual([]);
  });

  it('the pipeline uses no DOM, browser or Node API, so it runs in the worker and the CLI alike', () => {
    const offenders = sources('lib/pipeline').filter((f) => !f.endsWith('node-resources.ts')).filter((f) => {
      const code = read(f).replace(/\/\/.*$/gm, '');
      // Nor Node's globals or modules: a service worker has no `process`, and reading it there throws on every page.
      return /\b(document|window|browser|chrome|process)\.\w/.test(code) || importsOf(f).some((i) => /dexie|react|wxt|#imports|^node:/.test(i));
    });
    expect(offenders).toEqual([]);
  });

  it('the content script loads no NLP and no database', () => {
    const page = [...sources('entrypoints/content'), ...sources('lib/extract'), ...sources('lib/highlight')];
    const offenders = page.filter((f) => importsOf(f).some((i) => /lib\/(pipeline|db)|dexie|compromise/.test(i)));
    expect(offenders).toEqual([]);
  });

  it('the page side and the panel side never import each other', () => {
    const pageSide = /entrypoints\/content|lib\/extract|lib\/highlight/;
    const panelSide = /entrypoints\/(sidepanel|popup)|components\/(?!hover-card)/;
    const panel = [...sources('entrypoints/sidepanel'), ...sources('entrypoints/popup')];
    expect(panel.filter((f) => importsOf(f).some((i) => pageSide.test(i)))).toEqual([]);
    const page = sources('entrypoints/content');
    expect(page.filter((f) => importsOf(f).some((i) => panelSide.test(i)))).toEqual([]);
  });

  it('every numbered pipeline stage file is registered, in its numbered order', () => {
    const files = readdirSync(join(ROOT, 'lib/pipeline')).filter((f) => /^\d\d-.*\.ts$/.test(f)).sort();
    expect(STAGES.map((s) => s.name)).toEqual(files.map((f) => f.replace(/^\d\d-|\.ts$/g, '')));
  });

  it('only lib/db writes tables', () => {
    const writes = all.filter((f) => !f.startsWith('lib/db')).filter((f) => /\.(bulkPut|bulkAdd|bulkDelete)\(|\btable\(\w*\)\.(put|add|delete)\(/.test(read(f)));
    expect(writes.map((f) => relative(ROOT, join(ROOT, f)))).toEqual([]);
  });
});
