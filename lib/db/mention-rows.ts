// Schema v3 keeps one mentions row per page holding all its mentions, column by column (a page's mentions are only
// ever read together, and IndexedDB writes few rows of plain arrays far faster than many small objects; decision 005).
import type { StoredMention } from './stored-rows';

/** What a mention rarely has: a quote or selector position other than its own text and offsets. */
export type RareMentionFields = Partial<Pick<StoredMention, 'exact' | 'position'>>;

export interface MentionPageRow {
  pageUrl: string;
  /** Entry i of every array is mention i, in text order. */
  mentions: {
    actorId: string[];
    start: number[];
    end: number[];
    text: string[];
    prefix: string[];
    suffix: string[];
    /** By mention index, only for the mentions that have any. */
    rare: Record<number, RareMentionFields>;
  };
}

/** The same mention whichever file or analysis it came from: page, actor and offsets. */
export const mentionKeyOf = (pageUrl: string, m: Pick<StoredMention, 'actorId' | 'start' | 'end'>): string => `${pageUrl}\u0000${m.actorId}\u0000${m.start}\u0000${m.end}`;
export const mentionCountOfRow = (row: MentionPageRow): number => row.mentions.start.length;

export function unpackMentions(row: MentionPageRow): StoredMention[] {
  const k = row.mentions;
  return k.start.map((start, i) => {
    const m: StoredMention = { pageUrl: row.pageUrl, actorId: k.actorId[i], start, end: k.end[i], text: k.text[i], prefix: k.prefix[i], suffix: k.suffix[i] };
    const rare = k.rare[i];
    if (rare?.exact !== undefined) m.exact = rare.exact;
    if (rare?.position !== undefined) m.position = rare.position;
    return m;
  });
}

/** Groups mentions into page rows, each in text order; a page with a row in `existing` gets that row's mentions plus these.
 * Mention ids were local to one database (v2 numbered them) and nothing refers to them, so rows do not keep them. */
export function groupMentions(mentions: StoredMention[], existing: Map<string, MentionPageRow> = new Map()): MentionPageRow[] {
  const byPage = new Map<string, StoredMention[]>();
  for (const m of mentions) {
    let list = byPage.get(m.pageUrl);
    if (!list) {
      const old = existing.get(m.pageUrl);
      byPage.set(m.pageUrl, (list = old ? unpackMentions(old) : []));
    }
    list.push(m);
  }
  return [...byPage].map(([pageUrl, list]) => pageRow(pageUrl, list));
}

function pageRow(pageUrl: string, list: StoredMention[]): MentionPageRow {
  list.sort((a, b) => a.start - b.start || a.end - b.end || (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0));
  const k: MentionPageRow['mentions'] = { actorId: [], start: [], end: [], text: [], prefix: [], suffix: [], rare: {} };
  list.forEach((m, i) => {
    k.actorId.push(m.actorId); k.start.push(m.start); k.end.push(m.end); k.text.push(m.text); k.prefix.push(m.prefix); k.suffix.push(m.suffix);
    if (m.exact !== undefined || m.position !== undefined) k.rare[i] = m.position === undefined ? { exact: m.exact } : m.exact === undefined ? { position: m.position } : { exact: m.exact, position: m.position };
  });
  return { pageUrl, mentions: k };
}
