// Peers measured in the extension's own origin with bare IndexedDB (no Dexie, no React): the floor under the panel's numbers.
import type { Page } from 'playwright-core';

/**
 * Reads one speaker's newest `limit` claims straight from the panel's database through the same index (schema v3:
 * one row per page, found through the multi-entry `speakers` index whose [speaker, newest date, count] keys say how
 * many of the speaker's claims a row holds, so it reads rows until they hold `limit` claims), returning the
 * milliseconds. Written without named inner functions: tsx would wrap them in a helper the page lacks.
 */
export function rawHistoryQuery(page: Page, speakerId: string, limit: number): Promise<number> {
  return page.evaluate(
    ({ speakerId, limit }) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('fact-annotator');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const t0 = performance.now();
          const index = db.transaction('claims', 'readonly').objectStore('claims').index('speakers');
          const range = IDBKeyRange.bound([speakerId, -Infinity], [speakerId, []]);
          let claims = 0;
          const request = index.openCursor(range, 'prev');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const cursor = request.result;
            if (cursor && (claims += (cursor.key as number[])[2]) < limit) return cursor.continue();
            db.close();
            resolve(performance.now() - t0);
          };
        };
      }),
    { speakerId, limit },
  );
}

/**
 * Adds `count` claims (same fields and sizes as the synthetic backup) in schema v3's layout, one row per 100-claim
 * page (claims column by column) with its [speaker, newest date, count] entries, to a scratch database with the claims table's multi-entry
 * index, in one transaction, and deletes it again; returns the milliseconds of the writes.
 */
export function rawClaimWrites(page: Page, count: number): Promise<number> {
  return page.evaluate(
    (count) =>
      new Promise<number>((resolve, reject) => {
        const name = `fa-bench-scratch-${Date.now()}`;
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('claims', { keyPath: 'id' });
          store.createIndex('speakers', 'speakers', { multiEntry: true });
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const rows = new Map();
          for (let i = 0; i < count; i++) {
            const url = `https://news.bench.example/2025/article-${Math.floor(i / 100)}`;
            const text = `The proposal on the budget number ${i % 37} is a step we welcome and will support, and talks must go on (${i}).`;
            const start = 5_000 + (i % 100) * 500;
            const context = `context words before and after ${i % 10}`.padEnd(32, '.');
            const speakerActorId = `person:bench-${i % 20}`;
            if (!rows.has(url)) {
              const claims = { analysedAt: [], start: [], end: [], text: [], kind: [], cue: [], speakerActorId: [], speakerName: [], polarity: [], target: [], targetActorIds: [], topic: [], prefix: [], suffix: [], rare: {} };
              rows.set(url, { id: url, pageTitle: `Bench article ${Math.floor(i / 100)}: ministers meet over the budget and border talks`, site: 'news.bench.example', speakers: [], claims });
            }
            const row = rows.get(url);
            const entry = row.speakers.find((e: [string, number, number]) => e[0] === speakerActorId);
            if (entry) (entry[1] = 1.7e12 + i), (entry[2] += 1);
            else row.speakers.push([speakerActorId, 1.7e12 + i, 1]);
            const claim: Record<string, unknown> = {
              analysedAt: 1.7e12 + i, start, end: start + text.length, text, kind: 'direct', cue: 'said', speakerActorId, speakerName: 'Person Benchman', polarity: 'support',
              target: `proposal ${i % 37}`, targetActorIds: [], topic: `bench:proposal-${i % 37}`, prefix: context, suffix: context,
            };
            for (const field of Object.keys(claim)) row.claims[field].push(claim[field]);
          }
          const t0 = performance.now();
          const tx = db.transaction('claims', 'readwrite');
          const store = tx.objectStore('claims');
          for (const row of rows.values()) store.add(row);
          tx.onerror = () => reject(tx.error);
          tx.oncomplete = () => {
            const ms = performance.now() - t0;
            db.close();
            indexedDB.deleteDatabase(name);
            resolve(ms);
          };
        };
      }),
    count,
  );
}

/** Reads every claim of the panel's database with one getAll (no batching, no JSON); returns milliseconds and rows. */
export function rawReadAllClaims(page: Page): Promise<{ ms: number; rows: number }> {
  return page.evaluate(
    () =>
      new Promise<{ ms: number; rows: number }>((resolve, reject) => {
        const open = indexedDB.open('fact-annotator');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const t0 = performance.now();
          const request = db.transaction('claims', 'readonly').objectStore('claims').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const rows = request.result.length;
            db.close();
            resolve({ ms: performance.now() - t0, rows });
          };
        };
      }),
  );
}
