// The knowledge base as lookups: every surface form of a country, organisation or leader mapped to its entity,
// with the role the form plays (the name itself, a demonym, a capital or seat, a descriptive noun).
import type { ActorType } from '../../model';
import { tokensStage } from '../01-tokens';
import { actorId } from '../actors/ids';
import { newDoc } from '../document';
import { COUNTRIES_A_L } from './countries-a-l';
import { COUNTRIES_M_Z } from './countries-m-z';
import { LEADERS } from './leaders';
import { ORGANIZATIONS } from './organizations';
import { COMPANIES_AND_MEDIA } from './companies-and-media';
import { REGIONS } from './regions';

export interface KbEntity {
  id: string;
  name: string;
  type: ActorType;
  /** ISO 3166 code for countries. */
  iso?: string;
  partOfId?: string;
  /** Nouns that refer back to the entity once it has been named ("alliance" for NATO). */
  descriptors: string[];
}

export type KbRole = 'name' | 'demonym' | 'seat' | 'leader';

export interface KbHit {
  entity: KbEntity;
  role: KbRole;
  /** The form is also a common personal name (Jordan, Chad): a person tag wins. */
  alsoPersonName: boolean;
  /** The form is also another well-known place (Georgia): the country only if the text names it otherwise too. */
  alsoPlace: boolean;
  /** The form as listed, for exact-case matching of acronyms. */
  form: string;
}

export interface KnowledgeBase {
  /** Case-sensitive forms, acronyms included. */
  exact: Map<string, KbHit>;
  /** Lowercased forms, acronyms excluded (so "who" or "us" never match WHO or the US). */
  folded: Map<string, KbHit>;
  byIso: Map<string, KbEntity>;
  /** Lowercased leader surname -> the leader, only when the surname is unique in the list. */
  leaderSurnames: Map<string, KbEntity>;
  /** Lowercased first word of every form: most tokens start no form, and this rules them out in one probe. */
  firstWords: Set<string>;
  /** Country id -> its first demonym, the adjective used to name its institutions ("Ukrainian foreign ministry"). */
  demonymOf: Map<string, string>;
  /** Descriptive noun phrase ("alliance", "world body") -> ids of the entities it can refer back to. */
  descriptors: Map<string, string[]>;
}

const split = (field: string | undefined, sep = ';') => (field ? field.split(sep).map((s) => s.trim()).filter(Boolean) : []);
const stripThe = (form: string) => form.replace(/^the\s+/i, '');
/** Short all-capital or dotted forms (US, WHO, U.N.) must match exactly: their lowercase is an ordinary word. */
const isAcronym = (form: string) => /^[A-Z0-9.+-]{1,6}$/.test(form) || /^(?:[A-Z]\.)+$/.test(form);

/** The first token the pipeline's own tokenizer makes of a form, lowercased, so lookups agree with the text. */
function firstWord(form: string): string {
  const doc = newDoc('kb', form);
  tokensStage(doc);
  return (doc.tokens[0]?.text ?? form).toLowerCase();
}

function buildKnowledgeBase(): KnowledgeBase {
  const kb: KnowledgeBase = { exact: new Map(), folded: new Map(), byIso: new Map(), leaderSurnames: new Map(), descriptors: new Map(), demonymOf: new Map(), firstWords: new Set() };
  const add = (rawForm: string, entity: KbEntity, role: KbRole) => {
    const alsoPersonName = rawForm.startsWith('~');
    const alsoPlace = rawForm.replace(/^~/, '').startsWith('?');
    const form = stripThe(rawForm.replace(/^~?\??/, ''));
    if (!form) return;
    kb.firstWords.add(firstWord(form));
    const hit: KbHit = { entity, role, alsoPersonName, alsoPlace, form };
    // First record wins: the lists are ordered so the more common reading comes first.
    if (!kb.exact.has(form)) kb.exact.set(form, hit);
    if (!isAcronym(form) && !kb.folded.has(form.toLowerCase())) kb.folded.set(form.toLowerCase(), hit);
  };
  for (const line of [...COUNTRIES_A_L, ...COUNTRIES_M_Z]) {
    const [iso, name, aliases, demonyms, seats] = line.split('|');
    const entity: KbEntity = { id: actorId('country', name), name, type: 'country', iso, descriptors: [] };
    kb.byIso.set(iso, entity);
    // "~Jordan" among the other names flags the canonical name itself as also a personal name.
    add(split(aliases).find((a) => a.replace(/^~?\??/, '') === name) ?? name, entity, 'name');
    for (const a of split(aliases)) add(a, entity, 'name');
    for (const d of split(demonyms)) add(d, entity, 'demonym');
    const demonym = split(demonyms)[0];
    if (demonym) kb.demonymOf.set(entity.id, demonym);
    for (const s of split(seats)) add(s, entity, 'seat');
  }
  for (const line of [...ORGANIZATIONS, ...COMPANIES_AND_MEDIA]) {
    const [name, aliases, descriptors, partOf, seats] = line.split('|');
    const partOfId = partOf ? kb.byIso.get(partOf)?.id : undefined;
    const entity: KbEntity = { id: actorId('organization', name), name, type: 'organization', partOfId, descriptors: split(descriptors) };
    add(name, entity, 'name');
    for (const a of split(aliases)) add(a, entity, 'name');
    for (const s of split(seats)) add(s, entity, 'seat');
    for (const d of entity.descriptors) kb.descriptors.set(d, [...(kb.descriptors.get(d) ?? []), entity.id]);
  }
  for (const line of REGIONS) {
    const [name, aliases] = line.split('|');
    const entity: KbEntity = { id: actorId('place', name), name, type: 'place', descriptors: [] };
    add(name, entity, 'name');
    for (const a of split(aliases)) add(a, entity, 'name');
  }
  addLeaders(kb, add);
  return kb;
}

function addLeaders(kb: KnowledgeBase, add: (form: string, entity: KbEntity, role: KbRole) => void): void {
  const surnameCount = new Map<string, number>();
  const bySurname = new Map<string, KbEntity>();
  for (const line of LEADERS) {
    const [iso, people] = line.split('|');
    const partOfId = kb.byIso.get(iso)?.id;
    for (const person of split(people)) {
      const [name, variants] = person.split('=');
      const entity: KbEntity = { id: actorId('person', name), name, type: 'person', partOfId, descriptors: [] };
      for (const form of [name, ...split(variants, ',')]) {
        if (form.includes(' ')) add(form, entity, 'leader');
        const surname = form.split(' ').at(-1)!.toLowerCase();
        if (bySurname.get(surname)?.id === entity.id) continue;
        surnameCount.set(surname, (surnameCount.get(surname) ?? 0) + 1);
        bySurname.set(surname, entity);
      }
    }
  }
  for (const [surname, entity] of bySurname) if (surnameCount.get(surname) === 1) kb.leaderSurnames.set(surname, entity);
}

let cached: KnowledgeBase | undefined;

/** Built on first use (a few milliseconds) and shared by every analysis. */
export function knowledgeBase(): KnowledgeBase {
  cached ??= buildKnowledgeBase();
  return cached;
}
