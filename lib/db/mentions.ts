// The mentions table: the only code that writes it, and the per-page actor counts the panel lists.
import type { ActorRecord, MentionRecord } from '../model';
import type { FactDatabase } from './database';
import { mentionRecordOf, toStoredMention } from './stored-rows';

/** Replaces a page's mentions from `fromOffset` on: a whole re-analysis passes 0, text added later passes where it starts. */
export async function replaceMentions(db: FactDatabase, pageUrl: string, fromOffset: number, rows: MentionRecord[]): Promise<void> {
  await db.mentions.where('pageUrl').equals(pageUrl).filter((m) => m.start >= fromOffset).delete();
  await db.mentions.bulkAdd(rows.map(toStoredMention));
}

export interface ActorOnPage {
  actor: ActorRecord;
  mentionCount: number;
}

/** The actors mentioned on one page with how often, most mentioned first. */
export async function actorsOnPage(db: FactDatabase, pageUrl: string): Promise<ActorOnPage[]> {
  const counts = new Map<string, number>();
  await db.mentions.where('pageUrl').equals(pageUrl).each((m) => counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1));
  const ids = [...counts.keys()];
  const actors = await db.actors.bulkGet(ids);
  return actors
    .map((actor, i) => (actor ? { actor, mentionCount: counts.get(ids[i]) ?? 0 } : null))
    .filter((x): x is ActorOnPage => x !== null)
    .sort((a, b) => b.mentionCount - a.mentionCount || a.actor.name.localeCompare(b.actor.name));
}

export async function mentionsOfPage(db: FactDatabase, pageUrl: string): Promise<MentionRecord[]> {
  return (await db.mentions.where('pageUrl').equals(pageUrl).sortBy('start')).map(mentionRecordOf);
}
