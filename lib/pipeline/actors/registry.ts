// Writes the resolved candidates into the document: one Actor per id with its mentions and aliases, and every
// name span (linked or not) into doc.mentions in text order.
import type { Actor } from '../../model';
import type { Mention, PipelineDoc } from '../document';
import type { ActorRef, Candidate } from './candidate';
import { actorId } from './ids';

export function writeActors(doc: PipelineDoc, candidates: Candidate[]): void {
  const mentions: Mention[] = [];
  const aliasSeen = new Map<string, Set<string>>();
  const ids = new Map<ActorRef, string>();
  for (const c of candidates) {
    const mention: Mention = {
      start: c.start, end: c.end, text: c.text, tokenStart: c.tokenStart, tokenEnd: c.tokenEnd, label: c.label, source: c.source,
    };
    if (c.ref) {
      let id = ids.get(c.ref);
      if (id === undefined) ids.set(c.ref, (id = c.ref.id ?? actorId(c.ref.type, c.ref.name)));
      let actor = doc.actors.get(id);
      if (!actor) {
        actor = { id, name: c.ref.name, type: c.ref.type, aliases: [], mentions: [] } satisfies Actor;
        if (c.ref.partOfId && c.ref.partOfId !== id) actor.partOfId = c.ref.partOfId;
        doc.actors.set(id, actor);
        aliasSeen.set(id, new Set([c.ref.name.toLowerCase()]));
      }
      actor.mentions.push({ start: c.start, end: c.end, text: c.text });
      const seen = aliasSeen.get(id)!;
      const folded = c.text.toLowerCase();
      // Aliases are other names ("Kremlin", "Merkel"), not descriptive phrases that point back ("the alliance").
      if (!seen.has(folded) && !/^the\s/i.test(c.text)) {
        seen.add(folded);
        actor.aliases.push(c.text);
      }
      mention.actorId = id;
    }
    mentions.push(mention);
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  doc.mentions = mentions;
}
