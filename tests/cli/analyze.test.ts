// The command line: output contract for a text file, an HTML file and JSON lines, and clear errors on bad input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'cli/analyze.ts', ...args], { input, encoding: 'utf8', timeout: 60_000 });

const TEXT = 'German Chancellor Angela Merkel said on Monday that the plan was "a serious mistake." Merkel later met French officials in Paris.';

// Each case starts a Node process with tsx (seconds on a busy machine), hence the long timeout.
describe('analyze CLI', { timeout: 90_000 }, () => {
  it('prints the output contract for a text file, with offsets into the text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fa-cli-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, TEXT);
    const out = JSON.parse(run([file]).stdout);
    expect(out.id).toBe('a.txt');
    const merkel = out.actors.find((a: { name: string }) => a.name === 'Angela Merkel');
    expect(merkel.type).toBe('person');
    for (const m of merkel.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
    expect(merkel.mentions.map((m: { text: string }) => m.text)).toEqual(['Angela Merkel', 'Merkel']);
    const claim = out.claims[0];
    expect(TEXT.slice(claim.start, claim.end)).toBe(claim.text);
    expect(claim.text).toContain('a serious mistake');
    expect(claim.speaker.actorId).toBe(merkel.id);
    expect(['direct', 'mixed', 'indirect']).toContain(claim.kind);
  });

  it('reads an HTML file as the article text, without scripts or navigation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fa-cli-'));
    const file = join(dir, 'page.html');
    writeFileSync(file, `<html><body><nav><a href="/">Home</a><a href="/w">World</a></nav><script>var x = "Boris Johnson said";</script><article><p>${TEXT}</p></article></body></html>`);
    const out = JSON.parse(run([file]).stdout);
    expect(out.actors.map((a: { name: string }) => a.name)).toContain('Angela Merkel');
    expect(out.actors.map((a: { name: string }) => a.name)).not.toContain('Boris Johnson');
  });

  it('maps JSON lines to result lines, and names the lines it had to skip', () => {
    const r = run(['--jsonl'], `{"id":"x","text":${JSON.stringify(TEXT)}}\nnot json\n{"id":"y"}\n{"id":"z","text":""}\n`);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['x', 'z']);
    expect(lines[1]).toMatchObject({ actors: [], claims: [] });
    expect(r.stderr).toMatch(/line 2: not JSON/);
    expect(r.stderr).toMatch(/line 3: needs a string "text"/);
    expect(r.status).toBe(1);
  });

  it('explains its usage and a missing file', () => {
    expect(run([]).stderr).toMatch(/usage: npm run --silent analyze/);
    const r = run(['/no/such/file.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read \/no\/such\/file.txt/);
  });
});
