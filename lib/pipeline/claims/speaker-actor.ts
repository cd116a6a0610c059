// Resolves a claim's source span to an actor: mentions inside the span, else pronouns and descriptions to an earlier actor.
import type { ActorType } from '../../model';
import type { Mention, PipelineDoc } from '../document';
import { lowerBound } from '../lower-bound';
import { genderOf } from './person-gender';
import { PERSON_NOUNS, isRelativePronoun } from './words';
import { DESCRIBING_PREPOSITION } from './source-span';
import { MAX_LOOKBACK, countryLeader } from './country-leader';
import { describedAs, nearestBefore, personBySurname, recentSubject } from './antecedents';

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);
const GROUP_PRONOUNS = new Set(['they', 'it', 'its', 'their']);
// Descriptions that stand for an organisation or country ("the ministry"); a person's roles are PERSON_NOUNS (words.ts).
const GROUP_NOUNS = new Set(
  ('ministry government administration campaign agency department company alliance party committee council office court bloc ' +
    'union foundation organization organisation group network newspaper paper kremlin cabinet parliament congress senate ' +
    'commission firm bank team army military country nation state regime embassy coalition').split(' '),
);

/**
 * The lowercase words of a speaker phrase up to its first comma ("the senator, who has long opposed the bill" is about
 * "the senator"); a relative pronoun the span runs on to ("a prime minister who") is dropped.
 */
function phraseWords(phrase: string): string[] {
  const words = phrase.split(',')[0].toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (words.length > 1 && isRelativePronoun(words[words.length - 1])) words.pop();
  return words;
}

/** What a speaker phrase is: a personal pronoun ("he"), a description of a person ("the president"), or other. */
export function speakerPhraseKind(phrase: string): 'pronoun' | 'person description' | 'other' {
  const words = phraseWords(phrase);
  if (words.length === 1 && PERSON_PRONOUNS.has(words[0])) return 'pronoun';
  const definite = /^(the|this|that)$/.test(words[0] ?? '');
  return definite && words.length > 1 && PERSON_NOUNS.has(words[words.length - 1]) ? 'person description' : 'other';
}

/** Words after which a description names someone other than the speaker: the source reader's describing prepositions,
 * and those a group is led or backed by. */
const DESCRIBED_BY = new RegExp(
  `\\b(?:${[...Object.entries(DESCRIBING_PREPOSITION).map(([w, p]) => `${w} ${p}`), 'knowledgeable about', 'with knowledge of', 'led by', 'headed by', 'chaired by', 'appointed by', 'backed by'].join('|')})\\b`,
  'i',
);

/** Returns the actor id the span [start, end) speaks for, or null. `linked` must be sorted by start. */
export function resolveSpeakerActor(doc: PipelineDoc, linked: readonly Mention[], start: number, end: number): string | null {
  const inside: Mention[] = [];
  // "a person close to the Clintons", "a Democrat familiar with the Clinton campaign", "Republicans, led by Mitch
  // McConnell,": whoever the description names after such words is not the speaker.
  const described = DESCRIBED_BY.exec(doc.text.slice(start, end));
  const until = described ? start + described.index : end;
  // Mentions are short and sorted: start from the first that could reach into the span.
  for (let k = firstEndingAfter(linked, start); k < linked.length && linked[k].start < until; k++) if (linked[k].end > start) inside.push(linked[k]);
  const words = phraseWords(doc.text.slice(start, end));
  const headWord = words[words.length - 1];
  if (inside.length && peopleOfCountry(doc, inside, words)) return null;
  if (inside.length) return (headWord && personServing(doc, linked, inside, headWord, start)) || countryLeader(doc, linked, inside, words, start) || pickInside(doc, inside, start, end);
  if (!words.length) return null;
  // "Earnest said": a surname the tagger took for a common word is still the person the text named in full.
  const surnameOf = words.length === 1 ? personBySurname(doc, linked, doc.text.slice(start, end).trim(), start) : null;
  if (surnameOf) return surnameOf;
  const definite = words.length === 1 || /^(the|this|that|our|his|her|its|their)$/.test(words[0] ?? '');
  if (words.length === 1 && PERSON_PRONOUNS.has(headWord)) {
    // "He" is the nearest person not known to be a woman (and "she" the nearest not known to be a man).
    const fits = (id: string): boolean => pronounFits(doc, linked, id, headWord);
    return recentSubject(doc, linked, start, ['person'], fits) ?? nearestBefore(doc, linked, start, ['person'], undefined, fits);
  }
  if (words.length === 1 && headWord === 'who') return whoseRelative(doc, linked, start);
  if (words.length === 1 && GROUP_PRONOUNS.has(headWord)) return recentSubject(doc, linked, start, ['organization', 'country']) ?? nearestBefore(doc, linked, start, ['organization', 'country']);
  // "the spokesman" is the person the text introduced as a spokesman ("spokesman Tom Holt"), never merely the last
  // person named: a wrong link files the claim under someone else's stances, an unlinked one only lacks a name.
  if (definite && PERSON_NOUNS.has(headWord)) {
    const person = nearestBefore(doc, linked, start, ['person'], headWord);
    // "Its foreign minister said": the organisation or country "its" stands for speaks through its minister.
    return person ?? (/^(its|their)$/.test(words[0] ?? '') ? nearestBefore(doc, linked, start, ['organization', 'country']) : null);
  }
  // "the government" is the nearest country's; "the company" only an organisation the text called a company.
  if (definite && COUNTRY_NOUNS.has(headWord)) return nearestBefore(doc, linked, start, ['country', 'organization']);
  if (definite && GROUP_NOUNS.has(headWord)) return nearestBefore(doc, linked, start, ['organization', 'country'], headWord);
  return null;
}

/**
 * "Many Tunisians accuse …", "Thousands of Tunisians have flocked": some of a country's people, counted or described,
 * speak for themselves, not for its state (filing them under "Tunisia" would give the country their stances).
 * "The Russians said", "Tunisian officials" and "the Philippines" still stand for the country.
 */
function peopleOfCountry(doc: PipelineDoc, inside: readonly Mention[], words: readonly string[]): boolean {
  const last = inside[inside.length - 1];
  const actor = doc.actors.get(last.actorId!);
  const head = words[words.length - 1];
  if (actor?.type !== 'country' || words.length < 2 || words[0] === 'the' || !/s$/.test(head)) return false;
  return last.text.toLowerCase() === head && actor.name.toLowerCase() !== head;
}

/** Whether a personal pronoun may stand for the person: "he" never for someone known to be a woman, "she" never for a man. */
export function pronounFits(doc: PipelineDoc, linked: readonly Mention[], actorId: string, pronoun: string): boolean {
  return genderOf(doc, linked, actorId) !== (/^(he|him|his)$/i.test(pronoun.trim()) ? 'f' : 'm');
}

/** Group nouns that stand for a country's state as a whole ("the government said"): no earlier naming is needed. */
const COUNTRY_NOUNS = new Set(['government', 'administration', 'country', 'nation', 'state', 'regime', 'kremlin', 'cabinet']);
/** How close (characters) a person's mention must stand to a party's for "the party's president" to be that person. */
const SERVES_WITHIN = 60;

/**
 * "Ruritania's president said" names no person: the speaker is the person the text introduced as a president next
 * to Ruritania ("Ruritania elected President Ana Novak"), found backwards; null when there is none (the country speaks).
 */
function personServing(doc: PipelineDoc, linked: readonly Mention[], inside: readonly Mention[], noun: string, at: number): string | null {
  if (!PERSON_NOUNS.has(noun) || inside.some((m) => doc.actors.get(m.actorId!)?.type === 'person')) return null;
  const parties = new Set(inside.map((m) => m.actorId!));
  // Only the mentions within the lookback are read, so a long page costs no more than a short one.
  const last = lowerBound(linked, (m) => m.end > at) - 1;
  let first = last;
  while (first > 0 && at - linked[first - 1].end <= MAX_LOOKBACK) first--;
  const recent = linked.slice(Math.max(first, 0), last + 1);
  const partyMentions = recent.filter((m) => parties.has(m.actorId!));
  // By the sentence splitter, not by full stops: "Texas Sen. Ted Cruz" is one sentence.
  const sentenceOf = (m: Mention) => lowerBound(doc.sentences, (x) => x.end > m.start);
  const sameSentence = (a: Mention, b: Mention) => sentenceOf(a) === sentenceOf(b);
  const seen = new Set<string>();
  for (let k = recent.length - 1; k >= 0; k--) {
    const id = recent[k].actorId!;
    if (seen.has(id) || doc.actors.get(id)?.type !== 'person') continue;
    seen.add(id);
    const near = recent.some((m) => m.actorId === id && partyMentions.some((p) => Math.abs(p.start - m.start) <= SERVES_WITHIN && sameSentence(p, m)));
    if (near && describedAs(doc, linked, id, noun)) return id;
  }
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
function pickInside(doc: PipelineDoc, inside: Mention[], spanStart: number, spanEnd: number): string | null {
  const typeOf = (m: Mention): ActorType | undefined => doc.actors.get(m.actorId!)?.type;
  const people = inside.filter((m) => typeOf(m) === 'person');
  const heads = people.filter((m) => m.end >= spanEnd || /^\s*[,(—–-]/u.test(doc.text.slice(m.end, Math.min(spanEnd, m.end + 3))));
  if (heads.length) return heads[0].actorId ?? null;
  // "Trump, the polling leader in South Carolina,", "Cory James of Flint": a place inside a description says where,
  // not who speaks; only a place that is the whole phrase may stand for its people ("Flint said"). "Chicago residents",
  // "the Texas senator" and "New Hampshire polls" are people or things of the place, not the place.
  const wholePhrase = (m: Mention) => /^(?:the\s+)?$/i.test(doc.text.slice(spanStart, m.start)) && /^[\s.,]*$/.test(doc.text.slice(m.end, spanEnd));
  const pool = people.length ? people : inside.filter((m) => typeOf(m) !== 'place' || wholePhrase(m));
  if (!pool.length) return null;
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

/** "Michael Seaman, who backs the senator": the person named right before "who" ("voters who say" names nobody). */
function whoseRelative(doc: PipelineDoc, linked: readonly Mention[], at: number): string | null {
  const k = lowerBound(linked, (m) => m.end > at) - 1;
  if (k < 0 || !/^\s*,?\s*$/.test(doc.text.slice(linked[k].end, at))) return null;
  return doc.actors.get(linked[k].actorId!)?.type === 'person' ? linked[k].actorId! : null;
}
