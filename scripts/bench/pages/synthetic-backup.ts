// Writes a synthetic backup file with 100,000 claims (realistic field sizes) for the side panel and export benchmarks.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BackupV1 } from '../../../lib/export/backup-schema';

export const BENCH_SPEAKER = { id: 'person:bench-speaker', name: 'Bench Speaker' };
const PEOPLE = Array.from({ length: 19 }, (_, i) => ({ id: `person:bench-${i}`, name: `Person ${i} Benchman` }));
const COUNTRIES = Array.from({ length: 50 }, (_, i) => ({ id: `country:bench-${i}`, name: `Benchland ${i}` }));
const CUES = ['said', 'told reporters', 'argued', 'warned', 'insisted'];
const POLARITY = ['support', 'oppose', 'neutral', null] as const;

export interface SyntheticBackup {
  file: string;
  claims: number;
  pages: number;
  /** The bench speaker's claims (its history is the one opened in the panel). */
  speakerClaims: number;
  /** A page on which the bench speaker is mentioned, to open the panel on. */
  speakerPageUrl: string;
}

/** `claims` claims over `claims / 100` pages; the bench speaker says 2 of every 5, the other 19 people share the rest. */
export function writeSyntheticBackup(claims = 100_000): SyntheticBackup {
  const perPage = 100;
  const pageCount = Math.ceil(claims / perPage);
  const t0 = Date.UTC(2025, 0, 1);
  const backup: BackupV1 = { format: 'fact-annotator-backup', version: 1, exportedAt: new Date(t0).toISOString(), pages: [], actors: [], mentions: [], claims: [] };
  for (const a of [BENCH_SPEAKER, ...PEOPLE]) backup.actors.push({ id: a.id, name: a.name, type: 'person', aliases: [a.name.split(' ').pop()!], firstSeen: t0, lastSeen: t0 });
  for (const a of COUNTRIES) backup.actors.push({ id: a.id, name: a.name, type: 'country', aliases: [], firstSeen: t0, lastSeen: t0 });
  const context = (n: number) => `context words before and after ${n} `.padEnd(32, '.').slice(0, 32);
  let speakerClaims = 0;
  for (let p = 0; p < pageCount; p++) {
    const url = `https://news.bench.example/2025/article-${p}`;
    const title = `Bench article ${p}: ministers meet over the budget and border talks`;
    const analysedAt = t0 + p * 3_600_000;
    backup.pages.push({ url, title, site: 'news.bench.example', analysedAt, textLength: 60_000, actorCount: 4, claimCount: perPage });
    for (let m = 0; m < 20; m++) {
      const actor = m % 4 === 0 ? BENCH_SPEAKER : m % 4 === 1 ? PEOPLE[p % PEOPLE.length] : COUNTRIES[(p + m) % COUNTRIES.length];
      const start = m * 250;
      backup.mentions.push({ pageUrl: url, actorId: actor.id, start, end: start + actor.name.length, text: actor.name, selectors: { position: { start, end: start + actor.name.length }, quote: { exact: actor.name, prefix: context(m), suffix: context(m + 1) } } });
    }
    for (let c = 0; c < perPage && backup.claims.length < claims; c++) {
      const speaker = c % 5 < 2 ? BENCH_SPEAKER : PEOPLE[(p + c) % PEOPLE.length];
      if (speaker === BENCH_SPEAKER) speakerClaims += 1;
      const start = 5_000 + c * 500;
      const topic = c % 37;
      const text = `The proposal on ${topic % 2 ? 'the budget' : 'border security'} number ${topic} is ${c % 3 ? 'a step we welcome and will support' : 'something we cannot accept as written'}, and talks must go on (${p}-${c}).`;
      const end = start + text.length;
      backup.claims.push({
        id: `${url}#${start}-${end}`, pageUrl: url, pageTitle: title, site: 'news.bench.example', analysedAt: analysedAt + c,
        start, end, text, kind: c % 4 ? 'direct' : 'indirect', cue: CUES[c % CUES.length], speakerActorId: speaker.id, speakerName: speaker.name,
        polarity: POLARITY[c % POLARITY.length], target: `proposal ${topic}`, targetActorIds: c % 7 ? [] : [COUNTRIES[c % COUNTRIES.length].id], topic: `bench:proposal-${topic}`,
        selectors: { position: { start, end }, quote: { exact: text, prefix: context(c), suffix: context(c + 2) } },
      });
    }
  }
  const file = join(mkdtempSync(join(tmpdir(), 'fa-bench-')), 'synthetic-backup.json');
  writeFileSync(file, JSON.stringify(backup));
  return { file, claims: backup.claims.length, pages: pageCount, speakerClaims, speakerPageUrl: backup.pages[pageCount - 1].url };
}
