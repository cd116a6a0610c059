// The import's hand-written fast check never accepts a row zod would refuse or change, and accepts every good row.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimSchema, claimSchemaV1, mentionSchema, mentionSchemaV1 } from '../../lib/export/backup-schema';
import { rowsLookValid } from '../../lib/export/fast-check';
import { toStoredClaim, toStoredMention } from '../../lib/db/stored-rows';

const v1 = JSON.parse(readFileSync(join(__dirname, '../fixtures/db/v1-example.json'), 'utf8'));
const rows = {
  1: { claim: v1.claims[0], mention: v1.mentions[0], claimSchema: claimSchemaV1, mentionSchema: mentionSchemaV1 },
  2: { claim: toStoredClaim(v1.claims[0]), mention: toStoredMention(v1.mentions[0]), claimSchema, mentionSchema },
} as const;

/** Damaged copies of a row: each field set to values of the wrong kind, removed, and an unknown field added. */
function damaged(row: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [{ ...row, extra: 1 }];
  for (const key of [...Object.keys(row), 'exact', 'position']) {
    for (const value of [undefined, null, '', -1, 1.5, 'maybe', [], {}, { start: -1, end: 2 }, { start: 1, end: 2 }, [1], ['a']]) out.push({ ...row, [key]: value });
  }
  out.push({ ...row, selectors: { ...(row.selectors as object), quote: { exact: 'a', prefix: 1, suffix: '' } } });
  return out;
}

describe('backup fast check', () => {
  for (const version of [1, 2] as const) {
    it(`version ${version}: accepts the good rows, and any row it accepts zod accepts unchanged`, () => {
      const r = rows[version];
      expect(rowsLookValid(version, [r.mention], [r.claim])).toBe(true);
      let refused = 0;
      for (const claim of damaged(r.claim)) {
        const fast = rowsLookValid(version, [], [claim]);
        const zod = r.claimSchema.safeParse(claim);
        if (fast) expect(zod.success && zod.data, JSON.stringify(claim)).toEqual(claim);
        else refused++;
      }
      for (const mention of damaged(r.mention)) {
        const fast = rowsLookValid(version, [mention], []);
        const zod = r.mentionSchema.safeParse(mention);
        if (fast) expect(zod.success && zod.data, JSON.stringify(mention)).toEqual(mention);
        else refused++;
      }
      expect(refused).toBeGreaterThan(100);
    });
  }
});
