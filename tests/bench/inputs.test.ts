// The benchmarks' generated inputs: the long page really holds its names in order, and the synthetic backup is one the panel accepts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateBackup } from '../../lib/export/import';
import { longPage } from '../../scripts/bench/pages/long-page';
import { BENCH_SPEAKER, writeSyntheticBackup } from '../../scripts/bench/pages/synthetic-backup';

describe('long benchmark page', () => {
  const page = longPage(3_000, 200, ['/x.js']);
  const body = page.html.slice(page.html.indexOf('<body>'));
  const text = body.replace(/<[^>]+>/g, ' ');

  it('places the asked-for number of names, each findable after the one before', () => {
    expect(page.names).toHaveLength(200);
    let from = 0;
    for (const name of page.names) {
      const at = text.indexOf(name, from);
      expect(at).toBeGreaterThanOrEqual(from);
      from = at + name.length;
    }
  });

  it('has about the asked-for number of words, in many paragraphs', () => {
    const words = text.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThan(2_900);
    expect(words).toBeLessThan(3_100);
    expect(page.html.match(/<p>/g)!.length).toBeGreaterThan(40);
  });
});

describe('synthetic backup', () => {
  const data = writeSyntheticBackup(2_000);
  const checked = validateBackup(readFileSync(data.file, 'utf8'));

  it('passes the import validation the side panel runs', () => {
    expect('message' in checked ? checked.message : 'valid').toBe('valid');
  });

  it('gives the bench speaker two claims in five, and mentions it on the page the panel opens', () => {
    if (!('backup' in checked)) throw new Error('invalid backup');
    const { backup } = checked;
    expect(backup.claims).toHaveLength(2_000);
    expect(backup.claims.filter((c) => c.speakerActorId === BENCH_SPEAKER.id)).toHaveLength(data.speakerClaims);
    expect(data.speakerClaims).toBe(800);
    expect(backup.mentions.some((m) => m.pageUrl === data.speakerPageUrl && m.actorId === BENCH_SPEAKER.id)).toBe(true);
    expect(new Set(backup.claims.map((c) => c.id)).size).toBe(2_000);
  });
});
