// Resolves a claim's source span to an actor: mentions inside the span, else pronouns and descriptions to an earlier actor.
import type { Actor, ActorType } from '../../model';
import type { Mention, PipelineDoc } from '../document';
import { lowerBound } from '../lower-bound';

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);
const GROUP_PRONOUNS = new Set(['they', 'it', 'its', 'their']);
// Descriptions that stand for a person ("the spokesman") or an organisation or country ("the ministry").
const PERSON_NOUNS = new Set(
  ('spokesman spokeswoman spokesperson president minister secretary senator candidate nominee leader chief director chairman ' +
    'chairwoman governor mayor ambassador envoy adviser advisor aide general premier chancellor congressman congresswoman ' +
    'lawmaker businessman billionaire founder executive ceo king queen prince pope judge attorney prosecutor official commander').split(' '),
);
const GROUP_NOUNS = new Set(
  ('ministry government administration campaign agency department company alliance party committee council office court bloc ' +
    'union foundation organization organisation group network newspaper paper kremlin cabinet parliament congress senate ' +
    'commission firm bank team army military country nation state regime embassy coalition').split(' '),
);
/** How far back (characters) a pronoun or description may reach for its actor. */
const MAX_LOOKBACK = 3000;

/** Returns the actor id the span [start, end) speaks for, or null. `linked` must be sorted by start. */
export function resolveSpeakerActor(doc: PipelineDoc, linked: readonly Mention[], start: number, end: number): string | null {
  const inside: Mention[] = [];
  // Mentions are short and sorted: start from the first that could reach into the span.
  for (let k = firstEndingAfter(linked, start); k < linked.length && linked[k].start < end; k++) if (linked[k].end > start) inside.push(linked[k]);
  if (inside.length) return pickInside(doc, inside, end);
  const words = doc.text.slice(start, end).toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (!words.length) return null;
  const headWord = words[words.length - 1];
  const definite = words.length === 1 || /^(the|this|that|our|his|her|its|their)$/.test(words[0] ?? '');
  if (words.length === 1 && PERSON_PRONOUNS.has(headWord)) return nearestBefore(doc, linked, start, ['person']);
  if (words.length === 1 && GROUP_PRONOUNS.has(headWord)) return nearestBefore(doc, linked, start, ['organization', 'country']);
  if (definite && PERSON_NOUNS.has(headWord)) return nearestBefore(doc, linked, start, ['person']);
  if (definite && GROUP_NOUNS.has(headWord)) return nearestBefore(doc, linked, start, ['organization', 'country']);
  return null;
}

/**
 * The organisation or country a person in the span [start, end) speaks for: "White House spokeswoman Karine Jean-Pierre",
 * "Karine Jean-Pierre, a spokeswoman for the White House". Null when the span names no other party or the speaker is not a person.
 */
export function speakerOrganization(doc: PipelineDoc, linked: readonly Mention[], start: number, end: number, speakerId: string): string | null {
  if (doc.actors.get(speakerId)?.type !== 'person') return null;
  for (let k = firstEndingAfter(linked, start); k < linked.length && linked[k].start < end; k++) {
    const m = linked[k];
    if (m.end <= start || m.actorId === speakerId) continue;
    const type = doc.actors.get(m.actorId!)?.type;
    if (type === 'organization' || type === 'country') return m.actorId!;
  }
  return null;
}

/**
 * Inside "White House spokeswoman Karine Jean-Pierre" the person speaks; otherwise the longest, then the last, mention.
 * A person named as a modifier ("a Clinton surrogate", "Trump's lawyer") does not speak: of the people, those whose
 * name ends the phrase or is followed by a comma, bracket or dash ("Rendell, a Clinton surrogate,") are preferred.
 */
function pickInside(doc: PipelineDoc, inside: Mention[], spanEnd: number): string | null {
  const typeOf = (m: Mention): ActorType | undefined => doc.actors.get(m.actorId!)?.type;
  const people = inside.filter((m) => typeOf(m) === 'person');
  const heads = people.filter((m) => m.end >= spanEnd || /^\s*[,(—–-]/u.test(doc.text.slice(m.end, Math.min(spanEnd, m.end + 3))));
  if (heads.length) return heads[0].actorId ?? null;
  const pool = people.length ? people : inside;
  let best = pool[0];
  for (const m of pool) if (m.end - m.start > best.end - best.start || (m.end - m.start === best.end - best.start && m.start > best.start)) best = m;
  return best.actorId ?? null;
}

/** Index of the first mention (by start) whose end may pass `at`, allowing for mentions up to 200 characters long. */
function firstEndingAfter(linked: readonly Mention[], at: number): number {
  let lo = 0;
  let hi = linked.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (linked[mid].start < at - 200) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function nearestBefore(doc: PipelineDoc, linked: readonly Mention[], at: number, types: Actor['type'][]): string | null {
  // Binary search for the last mention ending before `at`, then walk back to the first compatible one.
  const lo = lowerBound(linked, (m) => m.end > at);
  for (let k = lo - 1; k >= 0 && at - linked[k].end <= MAX_LOOKBACK; k--) {
    const actor = doc.actors.get(linked[k].actorId!);
    if (actor && types.includes(actor.type)) return actor.id;
  }
  return null;
}
