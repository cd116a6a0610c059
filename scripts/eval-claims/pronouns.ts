// Pronoun speakers on PolNeAR: named speakers are written as "he"/"she" or "it", and the pronoun must find them again.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Analysis } from '../../lib/model';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from '../../lib/pipeline/knowledge/first-name-genders';
// How far back the resolver looks for a pronoun's actor: the speaker must have been named within it.
import { MAX_LOOKBACK } from '../../lib/pipeline/claims/country-leader';
import type { Analyse } from './run';

interface GoldQuote { speaker_start: number | null; speaker_end: number | null }
interface Article { id: string; text: string; quotes: GoldQuote[] }

/** Speakers rewritten per article: each is its own run, so a rewritten name never hides the next one's antecedent. */
const PER_ARTICLE = 3;

/**
 * PolNeAR marks no coreference, and a gold "he" counts as right whatever person we link it to, so the speaker figures
 * cannot see who a pronoun is resolved to. Here a gold source that is exactly one mention of a person already named, and
 * whose first name the news gives to one sex, is replaced by "he" or "she" (an organisation's by "it"); the claim whose speaker is that pronoun
 * must link the same person. Sources that were names in the original are often names because a pronoun would have been
 * unclear there, so this is a hard set, for comparing resolvers rather than an accuracy on ordinary pronouns.
 */
export function evalPronouns(shared: string, analyse: Analyse, split: 'dev' | 'train', verbose: boolean): void {
  const articles: Article[] = JSON.parse(readFileSync(path.join(shared, `eval/polnear/${split}.json`), 'utf8'));
  const counts = { person: [0, 0, 0], organization: [0, 0, 0] };
  for (const a of articles) {
    const base = analyse(a.text, a.id);
    let used = 0;
    for (const q of a.quotes) {
      if (used >= PER_ARTICLE || q.speaker_start === null || q.speaker_end === null) continue;
      const rewritten = asPronoun(a.text, base, q.speaker_start, q.speaker_end);
      if (!rewritten) continue;
      const r = analyse(rewritten.text, a.id);
      const claim = r.claims.find((c) => c.speaker?.start === q.speaker_start);
      if (!claim) continue;
      used++;
      const c = counts[rewritten.type];
      c[0]++;
      const linked = claim.speaker!.actorId ? r.actors.find((x) => x.id === claim.speaker!.actorId) : undefined;
      if (!linked) c[2]++;
      else if (linked.name === rewritten.name) c[1]++;
      else if (verbose) console.log(`PRON ${a.id}: ${rewritten.name} -> ${linked.name} :: ${JSON.stringify(rewritten.text.slice(Math.max(0, q.speaker_start - 200), q.speaker_start + 40))}`);
    }
  }
  for (const [type, [tried, right, unlinked]] of Object.entries(counts)) {
    const pct = (n: number) => `${(100 * n / tried).toFixed(1)}%`;
    const as = type === 'person' ? 'people rewritten as he/she' : 'organisations rewritten as it';
    console.log(`Pronoun speakers, PolNeAR ${split} (${as}): ${tried}; linked to that ${type} ${right} (${pct(right)}), to another ${tried - right - unlinked} (${pct(tried - right - unlinked)}), to none ${unlinked}`);
  }
}

/**
 * The text with the source [start, end) written as "he"/"she" (a person) or "it" (an organisation, "the" included), when
 * it is one mention of an actor named before.
 */
function asPronoun(text: string, base: Analysis, start: number, end: number): { text: string; name: string; type: 'person' | 'organization' } | null {
  const at = /^the /i.test(text.slice(start, start + 4)) ? start + 4 : start;
  const actor = base.actors.find((x) => (x.type === 'person' || x.type === 'organization') && x.mentions.some((m) => m.start === at && m.end === end));
  if (!actor || (actor.type === 'person' && at !== start) || !actor.mentions.some((m) => m.end < start && start - m.end < MAX_LOOKBACK)) return null;
  const first = actor.name.split(' ')[0];
  const pronoun = actor.type === 'organization' ? 'it' : FEMALE_FIRST_NAMES.has(first) ? 'she' : MALE_FIRST_NAMES.has(first) ? 'he' : null;
  if (!pronoun) return null;
  const opensSentence = /(?:^|[.!?]["”’]?\s+|\n)$/u.test(text.slice(Math.max(0, start - 3), start));
  const word = opensSentence ? pronoun[0].toUpperCase() + pronoun.slice(1) : pronoun;
  return { text: text.slice(0, start) + word + text.slice(end), name: actor.name, type: actor.type as 'person' | 'organization' };
}
