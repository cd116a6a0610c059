// Benchmark: export and import of 100,000 claims through the side panel's buttons and file input, in real Chromium profiles.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../browser';
import { ensureExtensionBuilt } from './pages/ensure-build';
import { exportThroughUi, importThroughUi, openPanel } from './pages/panel-driver';
import { filledProfile, releaseFilledProfile } from './pages/filled-profile';
import { rawClaimWrites, rawReadAllClaims } from './pages/raw-idb';
import { fmt, line } from './stats';

const TARGET_MS = 5_000;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const verdict = (ms: number) => `target < 5000 ms: ${ms < TARGET_MS ? 'PASS' : 'MISS'}`;

/** The claim count an import outcome line reports ("Imported 1000 pages, 70 actors, 100000 claims, ..."). */
function importedClaims(outcome: string): number {
  const m = /([\d,]+) claims/.exec(outcome);
  return m ? Number(m[1].replace(/,/g, '')) : NaN;
}


export async function benchExportScale(): Promise<void> {
  ensureExtensionBuilt();
  const { browser, data, importMs } = await filledProfile();
  const n = data.claims.toLocaleString('en-US');
  const exported = join(mkdtempSync(join(tmpdir(), 'fa-bench-export-')), 'backup.json');

  line(`import ${n} claims (synthetic file)`, `${fmt(importMs, 0)} ms`, `${verdict(importMs)}; empty profile; file chosen to outcome shown`);
  const panel = await openPanel(browser);
  try {
    const backup = await exportThroughUi(panel, /Full backup/, exported);
    line(`export full backup (JSON), ${n} claims`, `${fmt(backup.ms, 0)} ms`, `${verdict(backup.ms)}; click to download; ${mb(backup.bytes)}`);
    const read = await rawReadAllClaims(panel);
    line(`peer: bare IndexedDB getAll of the claims`, `${fmt(read.ms, 0)} ms`, `${read.rows.toLocaleString('en-US')} rows, no JSON; the backup export is ${fmt(backup.ms / read.ms, 1)}x of it`);
    const csv = await exportThroughUi(panel, /Claims \(CSV\)/);
    line('export claims (CSV)', `${fmt(csv.ms, 0)} ms`, mb(csv.bytes));
    const annotations = await exportThroughUi(panel, /Web Annotations/);
    line('export Web Annotations (JSON-LD)', `${fmt(annotations.ms, 0)} ms`, `claims and mentions; ${mb(annotations.bytes)}`);
    // Schema v3 writes a page's claims as one row, so all of them are timed (about a second), not a sample scaled up.
    const peer = await rawClaimWrites(panel, data.claims);
    line(`peer: bare IndexedDB add of ${n} claims`, `${fmt(peer, 0)} ms`, `one transaction, v3 page rows and index, claims only; the panel's import is ${fmt(importMs / peer, 1)}x of it`);
  } finally {
    await panel.close();
  }

  // The exported file into a second, empty profile: the restore a reader would do on a new machine.
  const target = await launchWithExtension();
  try {
    const panel = await openPanel(target);
    const restore = await importThroughUi(panel, exported);
    const claims = importedClaims(restore.outcome);
    line('import the exported backup, new profile', `${fmt(restore.ms, 0)} ms`, `${verdict(restore.ms)}; ${Number.isNaN(claims) ? restore.outcome : `${claims.toLocaleString('en-US')} claims restored`}`);
    if (claims !== data.claims) console.log(`  warning: ${data.claims} claims were exported but the import reported: ${restore.outcome}`);
  } finally {
    await target.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void benchExportScale().finally(releaseFilledProfile);
