// The actors table: the only code that writes it (merging what each page says about an actor), and actor reads.
import type { Actor, ActorRecord } from '../model';
import type { FactDatabase } from './database';

/** Merges a page's actors into the stored ones: aliases accumulate, the reader's own edits (userEdited) win. */
export async function upsertActors(db: FactDatabase, actors: Actor[], now: number): Promise<void> {
  if (actors.length === 0) return;
  const stored = await db.actors.bulkGet(actors.map((a) => a.id));
  const rows = actors.map((actor, i) => mergeActor(stored[i], actor, now));
  await db.actors.bulkPut(rows);
}

export function mergeActor(old: ActorRecord | undefined, actor: Actor, now: number): ActorRecord {
  // Mention texts become aliases only when they look like names ("Kremlin", "Merkel"), not phrases ("the alliance").
  const seenNames = [actor.name, ...actor.aliases, ...actor.mentions.map((m) => m.text).filter((t) => /^\p{Lu}/u.test(t))];
  if (!old) {
    return { id: actor.id, name: actor.name, type: actor.type, aliases: aliasesOf(actor.name, seenNames), partOfId: actor.partOfId, firstSeen: now, lastSeen: now };
  }
  const name = old.userEdited ? old.name : actor.name;
  return {
    ...old,
    name,
    type: old.userEdited ? old.type : actor.type,
    aliases: aliasesOf(name, [old.name, ...old.aliases, ...seenNames]),
    partOfId: old.userEdited ? old.partOfId : (actor.partOfId ?? old.partOfId),
    lastSeen: Math.max(old.lastSeen, now),
  };
}

/** Distinct names other than the canonical one, compared without case so "NATO" and "Nato" count once. */
function aliasesOf(name: string, names: string[]): string[] {
  const seen = new Set([name.toLowerCase()]);
  const out: string[] = [];
  for (const n of names) {
    const clean = n.trim().replace(/\s+/g, ' ');
    const key = clean.toLowerCase();
    if (!clean || seen.has(key)) continue;
    seen.add(key);
    out.push(clean);
  }
  return out;
}

/** The reader's correction of an actor's name: kept over what later pages say. */
export async function renameActor(db: FactDatabase, id: string, name: string): Promise<void> {
  await db.transaction('rw', db.actors, async () => {
    const old = await db.actors.get(id);
    if (!old) throw new Error(`no actor ${id}`);
    const aliases = old.name === name ? old.aliases : aliasesOf(name, [old.name, ...old.aliases]);
    await db.actors.put({ ...old, name, aliases, userEdited: true });
  });
}

export async function getActor(db: FactDatabase, id: string): Promise<ActorRecord | undefined> {
  return db.actors.get(id);
}

/** Actors whose name, alias, or any word of them starts with the query; index lookups first, then a bounded scan. */
export async function searchActors(db: FactDatabase, query: string, limit = 20): Promise<ActorRecord[]> {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const found = new Map<string, ActorRecord>();
  for (const a of await db.actors.where('name').startsWithIgnoreCase(q).limit(limit).toArray()) found.set(a.id, a);
  if (found.size < limit) {
    for (const a of await db.actors.where('aliases').startsWithIgnoreCase(q).limit(limit).toArray()) found.set(a.id, a);
  }
  if (found.size < limit) {
    const wordStart = (s: string) => s.toLowerCase().split(/[\s\-']+/).some((w) => w.startsWith(q));
    const more = await db.actors.filter((a) => !found.has(a.id) && (wordStart(a.name) || a.aliases.some(wordStart))).limit(limit - found.size).toArray();
    for (const a of more) found.set(a.id, a);
  }
  return [...found.values()].slice(0, limit).sort((a, b) => a.name.localeCompare(b.name));
}
