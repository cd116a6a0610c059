// In-document coreference: surnames to the full name ("Merkel" after "Angela Merkel"), acronyms to their expansion and
// back ("European External Action Service (EEAS)"), and lone surnames of well-known leaders to the leader; who a shared
// surname is: surname-owner.ts.
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { CORPORATE_ENDINGS } from '../knowledge/lexicon';
import { GENERATIONAL, familyNameFirst, inByline, surnameOwner, titleBefore, type ShortNames } from './surname-owner';
import type { ActorRef, Candidate, LinkContext } from './candidate';
import { refOfEntity } from './resolve';

const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&', 'de', 'du', 'des', 'la', 'le']);

export function resolveShortNames(ctx: LinkContext, kb: KnowledgeBase, candidates: Candidate[]): void {
  // Read once: the leader step changes refs, not where the bylines are.
  const byline = new Set(candidates.filter((c) => inByline(ctx, c)));
  resolveLeaderSurnames(kb, candidates, shortNamesOfPeople(candidates, byline));
  const people = shortNamesOfPeople(candidates, byline);
  const byAcronym = new Map<string, ActorRef>();
  const seen = new Set<ActorRef>();
  for (const c of candidates) {
    const ref = c.ref;
    if (!ref || ref.id || ref.type !== 'organization') continue;
    if (!seen.has(ref)) {
      seen.add(ref);
      const words = ref.name.split(' ');
      const acronym = words.length > 1 ? initials(words) : '';
      if (acronym.length > 1 && !byAcronym.has(acronym)) byAcronym.set(acronym, ref);
    }
    const spelled = acronymInBrackets(ctx, c.tokenEnd);
    if (spelled) byAcronym.set(spelled, ref);
  }
  const organizations = shortNamesOfOrganizations(candidates);
  for (const c of candidates) {
    const ref = c.ref;
    // Only names the knowledge base does not know; a listed country or organisation is never someone's surname.
    if (!ref || ref.id || ref.type === 'country') continue;
    const key = c.text.toLowerCase();
    const full = surnameOwner(ctx, c, people.bySuffix.get(key), people.sharing.get(key)) ?? familyNameFirst(people, key, ref);
    const expansion = byAcronym.get(c.text);
    const short = organizations.byShortName.get(key) ?? (ref.type === 'organization' ? organizations.byHead.get(key) : undefined);
    if (full && full.name !== ref.name) {
      c.ref = full;
      c.source = 'coreference';
    } else if (expansion && expansion !== ref) {
      c.ref = expansion;
      c.source = 'coreference';
    } else if (short && short !== ref) {
      c.ref = short;
      c.source = 'coreference';
    } else if (ref.type !== 'organization' && !full && organizations.leadingWords.has(key) && !titleBefore(ctx, c.tokenStart)) {
      // The first word of an organisation's name in this text ("Yahoo" of "Yahoo Japan") names an organisation.
      c.ref = { type: 'organization', name: ref.name };
    }
  }
}

/** A lone surname of a well-known leader, when no one in the text has it, is that leader ("Macron" -> Emmanuel Macron). */
function resolveLeaderSurnames(kb: KnowledgeBase, candidates: Candidate[], people: ShortNames): void {
  for (const c of candidates) {
    if (c.ref?.type !== 'person' || c.ref.id || c.tokenEnd - c.tokenStart !== 1) continue;
    const key = c.text.toLowerCase();
    const leader = people.bySuffix.has(key) ? undefined : kb.leaderSurnames.get(key);
    if (leader) c.ref = refOfEntity(leader);
  }
}

/** `byline`: the candidates inside a byline, whose people count as named last. */
function shortNamesOfPeople(candidates: Candidate[], byline: ReadonlySet<Candidate>): ShortNames {
  const bySuffix = new Map<string, ActorRef | null>();
  const byFirstWord = new Map<string, ActorRef | null>();
  const sharing = new Map<string, ActorRef[]>();
  const claim = (map: Map<string, ActorRef | null>, key: string, ref: ActorRef) => {
    const known = map.get(key);
    map.set(key, known === undefined || known?.name === ref.name ? ref : null);
    const all = sharing.get(key) ?? [];
    if (!all.some((r) => r.name === ref.name)) sharing.set(key, [...all, ref]);
  };
  const seen = new Set<ActorRef>();
  // People in the order the story names them: a byline's writers come last, however early the page prints it.
  for (const c of [...candidates.filter((c) => !byline.has(c)), ...byline]) {
    const ref = c.ref;
    if (!ref || ref.type !== 'person' || seen.has(ref)) continue;
    seen.add(ref);
    const words = ref.name.toLowerCase().split(' ');
    // "Martin Luther King Jr." is "King" for short: generational suffixes are not the surname.
    while (words.length > 2 && GENERATIONAL.has(words[words.length - 1])) words.pop();
    if (words.length < 2) continue;
    for (let k = 1; k < words.length; k++) claim(bySuffix, words.slice(k).join(' '), ref);
    // Only a name written as one ("Lee Jae-myung"), not a tagger's slip across words ("Millennials don").
    if (/^(?:\p{Lu}\S*)(?: \p{Lu}\S*)+$/u.test(ref.name)) {
      const first = byFirstWord.get(words[0]);
      byFirstWord.set(words[0], first === undefined || first?.name === ref.name ? ref : null);
    }
    const last = words[words.length - 1];
    const particle = /^(?:al|el|ad|as|ash|bin|ibn|van|von|de|da|di|le|la)-(.+)$/.exec(last);
    if (particle) claim(bySuffix, particle[1], ref);
  }
  return { bySuffix, byFirstWord, sharing };
}

interface OrganizationShortNames {
  /** "alibaba" -> Alibaba Group: the name without its legal-form ending. */
  byShortName: Map<string, ActorRef>;
  /** "commission" -> European Commission: the head word of a single organisation in the text. */
  byHead: Map<string, ActorRef | null>;
  /** First words of multi-word organisation names. */
  leadingWords: Set<string>;
}

function shortNamesOfOrganizations(candidates: Candidate[]): OrganizationShortNames {
  const byShortName = new Map<string, ActorRef>();
  const leadingWords = new Set<string>();
  const heads = new Map<string, ActorRef | null>();
  const seen = new Set<ActorRef>();
  for (const c of candidates) {
    const ref = c.ref;
    if (!ref || ref.type !== 'organization' || seen.has(ref)) continue;
    seen.add(ref);
    const words = ref.name.toLowerCase().split(' ');
    if (words.length < 2) continue;
    leadingWords.add(words[0]);
    const last = words[words.length - 1];
    if (CORPORATE_ENDINGS.has(last)) {
      if (!byShortName.has(words.slice(0, -1).join(' '))) byShortName.set(words.slice(0, -1).join(' '), ref);
    } else if (!words.some((w) => ACRONYM_SKIP.has(w))) {
      // The head noun is the last word only without a prepositional tail ("University of Texas" is no "Texas").
      heads.set(last, heads.has(last) && heads.get(last) !== ref ? null : ref);
    }
  }
  return { byShortName, byHead: heads, leadingWords };
}

function initials(words: string[]): string {
  let out = '';
  for (const w of words) if (!ACRONYM_SKIP.has(w.toLowerCase()) && /^\p{Lu}/u.test(w)) out += w[0];
  return out;
}

/** "North Atlantic Treaty Organization (NATO)": the acronym in brackets right after the name. */
function acronymInBrackets(ctx: LinkContext, from: number): string | undefined {
  const t = ctx.doc.tokens;
  if (from + 2 >= t.length || t[from].text !== '(' || t[from + 2].text !== ')') return undefined;
  const inside = t[from + 1].text;
  return /^[\p{Lu}\p{N}&.-]{2,10}$/u.test(inside) ? inside : undefined;
}
