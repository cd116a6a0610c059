// Schema v2 keeps one claims row per (page, speaker) holding that speaker's claims on the page: 100,000 claims are
// about a fifth as many rows and index entries, and the page URL, title and site are stored once per row, not per claim.
import type { StoredClaim } from './stored-rows';

/** A claim inside its group row: what the row does not already say. `id`, `pageTitle` and `site` appear only when
 * they differ from what the row implies (an id other than `${pageUrl}#${start}-${end}`, a title changed by a later slice). */
export type PackedClaim = Omit<StoredClaim, 'id' | 'pageUrl' | 'pageTitle' | 'site' | 'speakerActorId'> & { id?: string; pageTitle?: string; site?: string };

export interface ClaimGroupRow {
  /** `${pageUrl}#${speakerActorId}` (empty speaker for unattributed claims), so a page's rows are one key range. */
  id: string;
  pageUrl: string;
  pageTitle: string;
  site: string;
  /** Null for unattributed claims: IndexedDB leaves such rows out of the speaker index, so they join no history. */
  speakerActorId: string | null;
  /** The newest claim's date: the history index orders rows by it. */
  analysedAt: number;
  claims: PackedClaim[];
}

export const groupIdOf = (pageUrl: string, speakerActorId: string | null): string => `${pageUrl}#${speakerActorId ?? ''}`;
export const claimIdOf = (pageUrl: string, start: number, end: number): string => `${pageUrl}#${start}-${end}`;

/** Groups claims into rows, merging into `existing` rows (by id) where given. */
export function groupClaims(claims: StoredClaim[], existing: Map<string, ClaimGroupRow> = new Map()): ClaimGroupRow[] {
  const rows = new Map<string, ClaimGroupRow>();
  for (const c of claims) {
    const id = groupIdOf(c.pageUrl, c.speakerActorId);
    let row = rows.get(id);
    if (!row) {
      const old = existing.get(id);
      row = old
        ? { ...old, claims: [...old.claims] }
        : { id, pageUrl: c.pageUrl, pageTitle: c.pageTitle, site: c.site, speakerActorId: c.speakerActorId, analysedAt: c.analysedAt, claims: [] };
      rows.set(id, row);
    }
    row.claims.push(pack(c, row));
    if (c.analysedAt > row.analysedAt) row.analysedAt = c.analysedAt;
  }
  // In text order, so the same claims make the same row whichever order they came in (a restore equals the original).
  for (const row of rows.values()) row.claims.sort((a, b) => a.start - b.start || a.end - b.end);
  return [...rows.values()];
}

/** Field by field, like toStoredClaim: grouping 100,000 claims with object rest/spread cost a second. */
function pack(c: StoredClaim, row: ClaimGroupRow): PackedClaim {
  const packed: PackedClaim = {
    analysedAt: c.analysedAt, start: c.start, end: c.end, text: c.text, kind: c.kind, cue: c.cue, speakerName: c.speakerName,
    polarity: c.polarity, target: c.target, targetActorIds: c.targetActorIds, topic: c.topic, prefix: c.prefix, suffix: c.suffix,
  };
  if (c.exact !== undefined) packed.exact = c.exact;
  if (c.position !== undefined) packed.position = c.position;
  if (c.id !== claimIdOf(row.pageUrl, c.start, c.end)) packed.id = c.id;
  if (c.pageTitle !== row.pageTitle) packed.pageTitle = c.pageTitle;
  if (c.site !== row.site) packed.site = c.site;
  return packed;
}

/** The row's claims as whole records, newest first (ties: the larger id first, as a newest-first index read gives them). */
export function unpackGroup(row: ClaimGroupRow): StoredClaim[] {
  const claims = row.claims.map((p) => {
    const c: StoredClaim = {
      id: p.id ?? claimIdOf(row.pageUrl, p.start, p.end), pageUrl: row.pageUrl, pageTitle: p.pageTitle ?? row.pageTitle, site: p.site ?? row.site,
      analysedAt: p.analysedAt, start: p.start, end: p.end, text: p.text, kind: p.kind, cue: p.cue, speakerActorId: row.speakerActorId,
      speakerName: p.speakerName, polarity: p.polarity, target: p.target, targetActorIds: p.targetActorIds, topic: p.topic, prefix: p.prefix, suffix: p.suffix,
    };
    if (p.exact !== undefined) c.exact = p.exact;
    if (p.position !== undefined) c.position = p.position;
    return c;
  });
  return claims.sort((a, b) => b.analysedAt - a.analysedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

export const claimCountOfRows = (rows: ClaimGroupRow[]): number => rows.reduce((n, r) => n + r.claims.length, 0);
