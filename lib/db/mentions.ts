// The pageMentions table: the only code that writes it, and the per-page actor counts the panel lists.
import type { ActorRecord, MentionRecord } from '../model';
import type { FactDatabase } from './database';
import { groupMentions, unpackMentions } from './mention-rows';
import { mentionRecordOf, toStoredMention, type StoredMention } from './stored-rows';

async function storedMentionsOfPage(db: FactDatabase, pageUrl: string): Promise<StoredMention[]> {
  const row = await db.pageMentions.get(pageUrl);
  return row ? unpackMentions(row) : [];
}

/** Replaces a page's mentions from `fromOffset` on: a whole re-analysis passes 0, text added later passes where it starts. */
export async function replaceMentions(db: FactDatabase, pageUrl: string, fromOffset: number, rows: MentionRecord[]): Promise<void> {
  const kept = fromOffset > 0 ? (await storedMentionsOfPage(db, pageUrl)).filter((m) => m.start < fromOffset) : [];
  const [row] = groupMentions([...kept, ...rows.map(toStoredMention)]);
  await (row ? db.pageMentions.put(row) : db.pageMentions.delete(pageUrl));
}

export interface ActorOnPage {
  actor: ActorRecord;
  mentionCount: number;
}

/** How often each actor is mentioned on a page. */
export async function mentionCountsOfPage(db: FactDatabase, pageUrl: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const id of (await db.pageMentions.get(pageUrl))?.mentions.actorId ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** The actors mentioned on one page with how often, most mentioned first. */
export async function actorsOnPage(db: FactDatabase, pageUrl: string): Promise<ActorOnPage[]> {
  const counts = await mentionCountsOfPage(db, pageUrl);
  const ids = [...counts.keys()];
  const actors = await db.actors.bulkGet(ids);
  return actors
    .map((actor, i) => (actor ? { actor, mentionCount: counts.get(ids[i]) ?? 0 } : null))
    .filter((x): x is ActorOnPage => x !== null)
    .sort((a, b) => b.mentionCount - a.mentionCount || a.actor.name.localeCompare(b.actor.name));
}

/** A page's mentions in text order. */
export async function mentionsOfPage(db: FactDatabase, pageUrl: string): Promise<MentionRecord[]> {
  return (await storedMentionsOfPage(db, pageUrl)).map(mentionRecordOf);
}
