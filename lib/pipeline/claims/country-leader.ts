// "The French president", "the Israeli prime minister": the leader of the named country whom the article mentioned.
import type { Mention, PipelineDoc } from '../document';
import { knowledgeBase } from '../knowledge/knowledge-base';
import { lowerBound } from '../lower-bound';

/**
 * How far back (characters) a pronoun or description, this title among them, may reach for its actor. Kept here, not in
 * speaker-actor.ts or antecedents.ts, which import this module and share the limit.
 */
export const MAX_LOOKBACK = 3000;

/** Heads of state or government by title: "the French president", "Germany's chancellor", "the Israeli prime minister". */
const LEADER_TITLE = /^(?:president|chancellor|premier|leader|prime minister)$/;

/**
 * "Emmanuel Macron met Olaf Scholz in Berlin. The French president said …": the leader of the country the title names,
 * when the text has mentioned that leader (from the knowledge base's list of leaders), not the country itself.
 */
export function countryLeader(doc: PipelineDoc, linked: readonly Mention[], inside: readonly Mention[], words: readonly string[], at: number): string | null {
  const country = inside.length === 1 ? doc.actors.get(inside[0].actorId!) : undefined;
  const title = words.slice(-2).join(' ') === 'prime minister' ? 'prime minister' : words[words.length - 1];
  if (country?.type !== 'country' || !LEADER_TITLE.test(title ?? '')) return null;
  for (let k = lowerBound(linked, (m) => m.end > at) - 1; k >= 0 && at - linked[k].end <= MAX_LOOKBACK; k--) {
    const id = linked[k].actorId!;
    if (doc.actors.get(id)?.type === 'person' && leaderCountries().get(id) === country.id) return id;
  }
  return null;
}

let leaderCountryOf: Map<string, string> | undefined;
/** Person actor id -> the country they lead or led, from the knowledge base's list of leaders. */
function leaderCountries(): Map<string, string> {
  if (!leaderCountryOf) {
    leaderCountryOf = new Map();
    for (const hit of knowledgeBase().folded.values()) if (hit.role === 'leader' && hit.entity.partOfId) leaderCountryOf.set(hit.entity.id, hit.entity.partOfId);
  }
  return leaderCountryOf;
}
