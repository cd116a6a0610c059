// Peers measured in the extension's own origin with bare IndexedDB (no Dexie, no React): the floor under the panel's numbers.
import type { Page } from 'playwright-core';

/**
 * Reads one speaker's newest `limit` claims straight from the panel's database through the same compound index
 * (schema v2: rows of one page's claims by one speaker, so it reads rows until they hold `limit` claims),
 * returning the milliseconds. Written without named inner functions: tsx would wrap them in a helper the page lacks.
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
          const index = db.transaction('claims', 'readonly').objectStore('claims').index('[speakerActorId+analysedAt]');
          const range = IDBKeyRange.bound([speakerId, -Infinity], [speakerId, Infinity]);
          let claims = 0;
          const request = index.openCursor(range, 'prev');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const cursor = request.result;
            if (cursor && (claims += cursor.value.claims.length) < limit) return cursor.continue();
            db.close();
            resolve(performance.now() - t0);
          };
        };
      }),
    { speakerId, limit },
  );
}

/**
 * Adds `count` claims (same fields and sizes as the synthetic backup) in schema v2's layout, one row per page and
 * speaker (20 speakers per 100-claim page), to a scratch database with the claims table's index, in one transaction,
 * and deletes it again; returns the milliseconds of the writes.
 */
export function rawClaimWrites(page: Page, count: number): Promise<number> {
  return page.evaluate(
    (count) =>
      new Promise<number>((resolve, reject) => {
        const name = `fa-bench-scratch-${Date.now()}`;
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('claims', { keyPath: 'id' });
          store.createIndex('[speakerActorId+analysedAt]', ['speakerActorId', 'analysedAt']);
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
            const id = `${url}#${speakerActorId}`;
            if (!rows.has(id)) rows.set(id, { id, pageUrl: url, pageTitle: `Bench article ${Math.floor(i / 100)}: ministers meet over the budget and border talks`, site: 'news.bench.example', speakerActorId, analysedAt: 0, claims: [] });
            const row = rows.get(id);
            row.analysedAt = 1.7e12 + i;
            row.claims.push({
              analysedAt: 1.7e12 + i, start, end: start + text.length, text, kind: 'direct', cue: 'said', speakerName: 'Person Benchman', polarity: 'support',
              target: `proposal ${i % 37}`, targetActorIds: [], topic: `bench:proposal-${i % 37}`, prefix: context, suffix: context,
            });
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
