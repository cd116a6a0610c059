// Markdown dossier for one actor: who it is and every recorded stance, grouped by topic, with sources and dates.
import type { FactDatabase } from '../db';
import { actorHistory, countActorHistory } from '../db';
import type { ActorRecord, ClaimRecord } from '../model';

/** Escapes characters Markdown would read as markup, so page text can never become links, headings or HTML. */
export function mdText(s: string): string {
  return s.replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();
}

const day = (t: number) => new Date(t).toISOString().slice(0, 10);

export function actorDossier(actor: ActorRecord, claims: ClaimRecord[], now = new Date()): string {
  const lines = [`# ${mdText(actor.name)}`, '', `- Type: ${actor.type}`];
  if (actor.aliases.length) lines.push(`- Also called: ${actor.aliases.map(mdText).join(', ')}`);
  lines.push(`- Recorded claims: ${claims.length}`, `- Dossier written: ${day(now.getTime())}`, '');
  if (claims.length === 0) {
    lines.push('No recorded claims by this actor yet.', '');
    return lines.join('\n');
  }
  const byTopic = new Map<string, ClaimRecord[]>();
  for (const c of claims) {
    const topic = c.topic || c.target || 'Other statements';
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), c]);
  }
  lines.push('## Stances by topic', '');
  for (const [topic, list] of [...byTopic].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
    lines.push(`### ${mdText(topic)}`, '');
    for (const c of [...list].sort((a, b) => b.analysedAt - a.analysedAt)) {
      const stance = c.polarity ? `**${c.polarity}**${c.target ? ` on ${mdText(c.target)}` : ''}: ` : '';
      lines.push(`- ${stance}“${mdText(c.text)}”`);
      lines.push(`  — [${mdText(c.pageTitle || c.pageUrl)}](<${c.pageUrl.replace(/[<>\s]/g, encodeURIComponent)}>), ${mdText(c.site)}, ${day(c.analysedAt)}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export async function exportActorDossier(db: FactDatabase, actorId: string): Promise<string> {
  const actor = await db.actors.get(actorId);
  if (!actor) throw new Error(`No actor with id ${actorId}`);
  const claims = await actorHistory(db, actorId, { limit: await countActorHistory(db, actorId) });
  return actorDossier(actor, claims);
}
