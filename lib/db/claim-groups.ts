// Schema v3 keeps one claims row per page holding all its claims, column by column: in Chromium each IndexedDB row
// written costs about as much as 40 KB of its value, and arrays of plain values are written and read several times
// faster than as many small objects (decision 005).
import type { ClaimKind, Polarity } from '../model';
import type { StoredClaim } from './stored-rows';

/** One speaker on a page, as the `*speakers` multi-entry index sees it: who, the date of their newest claim there and
 * how many claims they have there. The count in the key lets a history window skip whole pages by reading keys only. */
export type SpeakerEntry = [speakerActorId: string, newestAt: number, claimCount: number];

/** What a claim rarely has: an id other than `${pageUrl}#${start}-${end}`, a title or site other than the row's (a
 * later slice), a quote or selector position other than its own text and offsets. */
export type RareClaimFields = Partial<Pick<StoredClaim, 'id' | 'pageTitle' | 'site' | 'exact' | 'position'>>;

/** A page's claims: entry i of every array is claim i, in text order. */
export interface ClaimColumns {
  analysedAt: number[];
  start: number[];
  end: number[];
  text: string[];
  kind: ClaimKind[];
  cue: (string | null)[];
  speakerActorId: (string | null)[];
  speakerName: (string | null)[];
  polarity: (Polarity | null)[];
  target: (string | null)[];
  targetActorIds: string[][];
  topic: (string | null)[];
  prefix: string[];
  suffix: string[];
  /** By claim index, only for the claims that have any. */
  rare: Record<number, RareClaimFields>;
}

export interface ClaimPageRow {
  /** The page's URL. */
  id: string;
  pageTitle: string;
  site: string;
  /** One entry per speaker with claims here; unattributed claims have none, so they join no history. */
  speakers: SpeakerEntry[];
  claims: ClaimColumns;
}

export const claimIdOf = (pageUrl: string, start: number, end: number): string => `${pageUrl}#${start}-${end}`;
export const claimCountOfRow = (row: ClaimPageRow): number => row.claims.start.length;

/** Groups claims into page rows; a page with a row in `existing` gets that row's claims plus these. */
export function groupClaims(claims: StoredClaim[], existing: Map<string, ClaimPageRow> = new Map()): ClaimPageRow[] {
  const byPage = new Map<string, StoredClaim[]>();
  for (const c of claims) {
    let list = byPage.get(c.pageUrl);
    if (!list) {
      const old = existing.get(c.pageUrl);
      byPage.set(c.pageUrl, (list = old ? unpackRow(old) : []));
    }
    list.push(c);
  }
  const rows: ClaimPageRow[] = [];
  for (const [url, list] of byPage) {
    const old = existing.get(url);
    rows.push(pageRow(url, old?.pageTitle ?? list[0].pageTitle, old?.site ?? list[0].site, list));
  }
  return rows;
}

/** One page's row. Claims are put in text order, so the same claims make the same row whichever order they came in. */
function pageRow(id: string, pageTitle: string, site: string, claims: StoredClaim[]): ClaimPageRow {
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  const cols: ClaimColumns = {
    analysedAt: [], start: [], end: [], text: [], kind: [], cue: [], speakerActorId: [], speakerName: [], polarity: [], target: [], targetActorIds: [], topic: [], prefix: [], suffix: [], rare: {},
  };
  const speakers = new Map<string, SpeakerEntry>();
  claims.forEach((c, i) => {
    cols.analysedAt.push(c.analysedAt); cols.start.push(c.start); cols.end.push(c.end); cols.text.push(c.text); cols.kind.push(c.kind); cols.cue.push(c.cue);
    cols.speakerActorId.push(c.speakerActorId); cols.speakerName.push(c.speakerName); cols.polarity.push(c.polarity); cols.target.push(c.target);
    cols.targetActorIds.push(c.targetActorIds); cols.topic.push(c.topic); cols.prefix.push(c.prefix); cols.suffix.push(c.suffix);
    const rare = rareFields(c, id, pageTitle, site);
    if (rare) cols.rare[i] = rare;
    if (c.speakerActorId === null) return;
    const entry = speakers.get(c.speakerActorId);
    if (!entry) speakers.set(c.speakerActorId, [c.speakerActorId, c.analysedAt, 1]);
    else {
      entry[1] = Math.max(entry[1], c.analysedAt);
      entry[2] += 1;
    }
  });
  return { id, pageTitle, site, speakers: [...speakers.values()], claims: cols };
}

function rareFields(c: StoredClaim, pageUrl: string, pageTitle: string, site: string): RareClaimFields | null {
  let rare: RareClaimFields | null = null;
  if (c.id !== claimIdOf(pageUrl, c.start, c.end)) (rare ??= {}).id = c.id;
  if (c.pageTitle !== pageTitle) (rare ??= {}).pageTitle = c.pageTitle;
  if (c.site !== site) (rare ??= {}).site = c.site;
  if (c.exact !== undefined) (rare ??= {}).exact = c.exact;
  if (c.position !== undefined) (rare ??= {}).position = c.position;
  return rare;
}

/** Claim `i` of a row as a whole record, field by field (an export unpacks every claim). */
export function unpackClaim(row: ClaimPageRow, i: number): StoredClaim {
  const k = row.claims;
  const rare = k.rare[i];
  const c: StoredClaim = {
    id: rare?.id ?? claimIdOf(row.id, k.start[i], k.end[i]), pageUrl: row.id, pageTitle: rare?.pageTitle ?? row.pageTitle, site: rare?.site ?? row.site,
    analysedAt: k.analysedAt[i], start: k.start[i], end: k.end[i], text: k.text[i], kind: k.kind[i], cue: k.cue[i], speakerActorId: k.speakerActorId[i],
    speakerName: k.speakerName[i], polarity: k.polarity[i], target: k.target[i], targetActorIds: k.targetActorIds[i], topic: k.topic[i], prefix: k.prefix[i], suffix: k.suffix[i],
  };
  if (rare?.exact !== undefined) c.exact = rare.exact;
  if (rare?.position !== undefined) c.position = rare.position;
  return c;
}

/** The row's claims as whole records, in text order. */
export function unpackRow(row: ClaimPageRow): StoredClaim[] {
  const out: StoredClaim[] = [];
  for (let i = 0; i < claimCountOfRow(row); i++) out.push(unpackClaim(row, i));
  return out;
}

/** Newest first; claims saved together: later in the text first. */
export const newestFirst = (a: StoredClaim, b: StoredClaim): number => b.analysedAt - a.analysedAt || b.start - a.start || b.end - a.end;

/** One speaker's claims in a row, newest first; only theirs are unpacked. */
export function speakerClaimsOfRow(row: ClaimPageRow, speakerActorId: string): StoredClaim[] {
  const out: StoredClaim[] = [];
  const speakers = row.claims.speakerActorId;
  for (let i = 0; i < speakers.length; i++) if (speakers[i] === speakerActorId) out.push(unpackClaim(row, i));
  return out.sort(newestFirst);
}

/** The row's index key for one speaker, as stored in the `*speakers` index. */
export const speakerEntryOf = (row: ClaimPageRow, speakerActorId: string): SpeakerEntry | undefined => row.speakers.find((s) => s[0] === speakerActorId);
