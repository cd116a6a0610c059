// Guesses a person's grammatical gender from the text around their mentions, so "she" is never resolved to a "he".
import type { Mention, PipelineDoc } from '../document';
import { TITLE_SEX, firstNameSex } from '../knowledge/name-sex';

export type Gender = 'f' | 'm' | null;

const ROLE_WORDS: Record<string, 'f' | 'm'> = {
  spokeswoman: 'f', chairwoman: 'f', congresswoman: 'f', businesswoman: 'f', queen: 'f', princess: 'f', actress: 'f', widow: 'f', mother: 'f', wife: 'f', daughter: 'f', sister: 'f',
  spokesman: 'm', chairman: 'm', congressman: 'm', businessman: 'm', king: 'm', prince: 'm', actor: 'm', widower: 'm', father: 'm', husband: 'm', son: 'm', brother: 'm',
};
const PRONOUN_GENDER: Record<string, 'f' | 'm'> = { she: 'f', her: 'f', hers: 'f', herself: 'f', he: 'm', him: 'm', his: 'm', himself: 'm' };
/** How far after a mention (characters) a pronoun still counts as referring back to it. */
const PRONOUN_WINDOW = 200;

/** Net votes per person (women positive, men negative), per document. */
const cache = new WeakMap<readonly Mention[], Map<string, number>>();
/**
 * What a first name the news gives to one sex counts for: more than one pronoun, which may be the very pronoun being
 * resolved ("… met John Varga. Later she said"), less than a title or a run of pronouns in the article.
 */
const FIRST_NAME_VOTES = 2;

/**
 * Each person's gender, by votes: a title or role word just before a mention ("Mrs. Chen", "spokeswoman Lena Fox"),
 * the first "he"/"she"/"his"/"her" after a mention before anyone else is named ("Laura Chen said she ..."), and the
 * first name (knowledge/first-name-genders.ts). Null when the votes are absent or tied. `linked` must be sorted by start.
 */
export function genderOf(doc: PipelineDoc, linked: readonly Mention[], actorId: string): Gender {
  return sign(articleVotes(doc, linked, actorId) + FIRST_NAME_VOTES * firstNameVote(doc.actors.get(actorId)?.name));
}

/** The gender the article itself signals, without the first name (what scripts/derive-first-names.ts pools). */
export function genderInArticle(doc: PipelineDoc, linked: readonly Mention[], actorId: string): Gender {
  return sign(articleVotes(doc, linked, actorId));
}

const sign = (v: number): Gender => (v > 0 ? 'f' : v < 0 ? 'm' : null);

function articleVotes(doc: PipelineDoc, linked: readonly Mention[], actorId: string): number {
  let votes = cache.get(linked);
  if (!votes) cache.set(linked, (votes = countVotes(doc, linked)));
  return votes.get(actorId) ?? 0;
}

/**
 * +1 for a first name the news gives to women ("Angela Merkel"), -1 for men, 0 otherwise; also for a person the text
 * names by that one word ("Anita", "Ivanka"). At half weight, such a name lost to the very "he" being resolved; at full
 * weight it linked 5 more rewritten pronouns right on PolNeAR train (884 -> 889 of 1,348; half weight: 888).
 */
function firstNameVote(name: string | undefined): number {
  const sex = name ? firstNameSex(name) : undefined;
  return sex === 'f' ? 1 : sex === 'm' ? -1 : 0;
}

function countVotes(doc: PipelineDoc, linked: readonly Mention[]): Map<string, number> {
  const votes = new Map<string, number>();
  const vote = (id: string, g: 'f' | 'm') => votes.set(id, (votes.get(id) ?? 0) + (g === 'f' ? 1 : -1));
  const people = linked.filter((m) => doc.actors.get(m.actorId!)?.type === 'person');
  people.forEach((m, k) => {
    const before = /(\p{L}+)\.?\s*$/u.exec(doc.text.slice(Math.max(0, m.start - 20), m.start))?.[1].toLowerCase();
    const marked = before ? TITLE_SEX[before] ?? ROLE_WORDS[before] : undefined;
    if (marked) vote(m.actorId!, marked);
    const until = Math.min(m.end + PRONOUN_WINDOW, people[k + 1]?.start ?? doc.text.length);
    const pronoun = /\b(she|her|hers|herself|he|him|his|himself)\b/i.exec(doc.text.slice(m.end, until));
    if (pronoun) vote(m.actorId!, PRONOUN_GENDER[pronoun[1].toLowerCase()]);
  });
  return votes;
}
