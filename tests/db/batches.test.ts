// Whole-table reads for exports: every claim once, in batches of about the size asked for, whatever the page sizes.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { forEachClaimBatch } from '../../lib/db/batches';
import { replaceClaims } from '../../lib/db/claims';
import type { ClaimRecord } from '../../lib/model';
import { freshDb } from './sample';

function claim(page: number, n: number): ClaimRecord {
  const url = `https://b.example/${String(page).padStart(3, '0')}`;
  return {
    id: `${url}#${n * 10}-${n * 10 + 5}`, pageUrl: url, pageTitle: `Page ${page}`, site: 'b.example', analysedAt: 1_700_000_000_000 + page, start: n * 10, end: n * 10 + 5,
    text: `${page}.${n}`, kind: 'direct', cue: null, speakerActorId: null, speakerName: null, polarity: null, target: null, targetActorIds: [], topic: null,
    selectors: { position: { start: n * 10, end: n * 10 + 5 }, quote: { exact: `${page}.${n}`, prefix: '', suffix: '' } },
  };
}

describe('forEachClaimBatch', () => {
  it('reads every claim once, page by page, in batches near the size asked for as page sizes change', async () => {
    const db = freshDb();
    // 60 pages: the first 30 with 1 claim each, the rest with 12 each.
    const pages = Array.from({ length: 60 }, (_, p) => Array.from({ length: p < 30 ? 1 : 12 }, (_, n) => claim(p, n)));
    await db.transaction('rw', db.claims, db.actorStats, async () => {
      for (const list of pages) await replaceClaims(db, list[0].pageUrl, 0, list);
    });
    const batches: string[][] = [];
    await forEachClaimBatch(db, 24, (claims) => void batches.push(claims.map((c) => c.text)));
    expect(batches.flat()).toEqual(pages.flat().map((c) => c.text));
    // Each read is sized by the pages before it: 24 one-claim pages, then (one read late, so larger) into the 12-claim
    // pages, then two 12-claim pages (24 claims) a read.
    expect(batches.map((b) => b.length)).toEqual([1, 24, 233, 24, 24, 24, 24, 24, 12]);
  });
});
