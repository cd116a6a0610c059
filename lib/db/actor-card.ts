// The hover card's read: an actor and its latest recorded stances across saved pages.
import type { ActorCard } from '../messaging/content-to-background';
import { actorHistory } from './claims';
import type { FactDatabase } from './database';

export async function getActorCard(db: FactDatabase, actorId: string): Promise<ActorCard> {
  const [actor, latest] = await Promise.all([db.actors.get(actorId), actorHistory(db, actorId, { limit: 5 })]);
  return {
    actor: actor ? { id: actor.id, name: actor.name, type: actor.type, aliases: actor.aliases } : null,
    stances: latest.map((c) => ({ text: c.text, polarity: c.polarity, target: c.target, pageTitle: c.pageTitle, site: c.site, analysedAt: c.analysedAt })),
  };
}
