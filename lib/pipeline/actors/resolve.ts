// Decides what each candidate refers to: knowledge-base entities first, then the tagger's label; capitals and seats
// stand for their country unless they are only ever a venue, demonyms only when the country acts or is named.
import type { KbEntity, KnowledgeBase } from '../knowledge/knowledge-base';
import { AGENT_HEADS, LOCATIVE_PREPOSITIONS, ORGANIZATION_ENDINGS, PLACE_ENDINGS, TITLE_WORDS } from '../knowledge/lexicon';
import type { ActorRef, Candidate, LinkContext } from './candidate';
import { personForms } from './person-forms';
import { titleBefore } from './surname-owner';

const entityRefs = new WeakMap<KbEntity, ActorRef>();

/** The (shared, never mutated) ref of a knowledge-base entity. */
export function refOfEntity(entity: KbEntity): ActorRef {
  let ref = entityRefs.get(entity);
  if (!ref) entityRefs.set(entity, (ref = makeEntityRef(entity)));
  return ref;
}

function makeEntityRef(entity: KbEntity): ActorRef {
  return {
    type: entity.type,
    name: entity.name,
    id: entity.id,
    partOfId: entity.type === 'organization' ? entity.partOfId : undefined,
    descriptors: entity.descriptors,
  };
}

export function resolveCandidates(ctx: LinkContext, kb: KnowledgeBase, candidates: Candidate[]): void {
  const seats: Candidate[] = [];
  const demonyms: Candidate[] = [];
  const labels = majorityLabels(candidates);
  // One shared ref per distinct name and label: later steps then work per name, not per mention.
  const refs = new Map<string, ActorRef | null>();
  const forms = personForms(candidates.filter((c) => !c.kb && c.label === 'PER').map((c) => c.text));
  for (const c of candidates) {
    if (c.ref !== undefined) continue;
    if (c.kb && c.kb.alsoPersonName && c.label === 'PER') c.kb = undefined;
    if (!c.kb) {
      // "Mr. Trump" is a person, however the tagger labels "Trump" elsewhere ("Trump Administration Mulls …").
      const label = titleBefore(ctx, c.tokenStart) ? 'PER' : labels.get(c.text.toLowerCase()) ?? c.label;
      // "Robert Danin" after "Robert M. Danin", "Kenneth Starr" after "Ken Starr": one person, named as first written.
      const key = `${label}|${(label === 'PER' && forms.get(c.text)) || c.text}`;
      let ref = refs.get(key);
      if (ref === undefined) refs.set(key, (ref = refFromLabel(c, label)));
      c.ref = ref;
    }
    else if (c.kb.role === 'seat') seats.push(c);
    else if (c.kb.role === 'demonym' || c.kb.alsoPlace) demonyms.push(c);
    else c.ref = refOfEntity(c.kb.entity);
  }
  resolveSeats(ctx, seats);
  const present = new Set<string>();
  for (const c of candidates) {
    if (c.ref?.type === 'country' && c.ref.id) present.add(c.ref.id);
    if (c.ref?.partOfId) present.add(c.ref.partOfId);
  }
  for (const c of demonyms) {
    if (c.kb!.alsoPlace) continue;
    const entity = c.kb!.entity;
    c.ref = present.has(entity.id) || demonymActs(ctx, kb, c) ? refOfEntity(entity) : null;
    if (c.ref) present.add(entity.id);
  }
  // "Georgia" is the country only when the text also names it another way ("Tbilisi", "Georgian officials").
  for (const c of demonyms) {
    if (c.kb!.alsoPlace) c.ref = present.has(c.kb!.entity.id) ? refOfEntity(c.kb!.entity) : { type: 'place', name: c.kb!.form };
  }
}

function refFromLabel(c: Candidate, label: Candidate['label']): ActorRef | null {
  const name = c.text.replace(/\s+/g, ' ');
  // The head noun of a multi-word name corrects a person or place label ("Muslim Brotherhood", "Tahrir Square");
  // an organisation label stands ("Manchester City" is a club).
  const last = name.includes(' ') ? name.slice(name.lastIndexOf(' ') + 1).toLowerCase() : '';
  if (label !== 'ORG' && ORGANIZATION_ENDINGS.has(last)) return { type: 'organization', name };
  if (label === 'PER' && PLACE_ENDINGS.has(last)) return { type: 'place', name };
  if (label === 'PER') return { type: 'person', name };
  if (label === 'ORG') return { type: 'organization', name };
  if (label === 'LOC') return { type: 'place', name };
  return null;
}

/**
 * One name, one reading per article: when the tagger labels the same unknown name differently in different
 * sentences ("Ennahda" as ORG, PER and LOC), the most frequent label wins (the first seen on a tie).
 */
function majorityLabels(candidates: Candidate[]): Map<string, Candidate['label']> {
  const counts = new Map<string, Map<Candidate['label'], number>>();
  for (const c of candidates) {
    if (c.ref !== undefined || c.kb) continue;
    const key = c.text.toLowerCase();
    let byLabel = counts.get(key);
    if (!byLabel) counts.set(key, (byLabel = new Map()));
    byLabel.set(c.label, (byLabel.get(c.label) ?? 0) + 1);
  }
  const out = new Map<string, Candidate['label']>();
  // "Trump" after "Donald Trump": the surname of a person the text names in full is that person's, however the tagger
  // labels it alone (MISC, ORG and PER three times each in one article left it no actor at all).
  // The tagger must read it as a person alone at least once: "Republican" of "Orlando Republican" never is.
  for (const key of surnamesOfPeople(candidates)) if (counts.get(key)?.has('PER')) out.set(key, 'PER');
  for (const [key, byLabel] of counts) {
    if (byLabel.size < 2 || out.has(key)) continue;
    let best: Candidate['label'] | undefined;
    for (const [label, n] of byLabel) if (!best || n > byLabel.get(best)!) best = label;
    out.set(key, best!);
  }
  return out;
}

/** Last words of the multi-word names of people, known ones or as the tagger reads them ("trump" of "Donald Trump"). */
function surnamesOfPeople(candidates: Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of candidates) {
    const person = c.kb ? c.kb.entity.type === 'person' : c.label === 'PER' && c.ref === undefined;
    if (!person || c.tokenEnd - c.tokenStart < 2) continue;
    const last = c.text.slice(c.text.lastIndexOf(' ') + 1).toLowerCase();
    if (/^\p{L}{2,}$/u.test(last)) out.add(last);
  }
  return out;
}

/**
 * A capital or seat stands for its country ("Moscow remains opposed", "Kyiv's security"). One that is only ever a
 * venue in the text ("ministers convene in Brussels") is where something happens, not who acts: no actor.
 */
function resolveSeats(ctx: LinkContext, seats: Candidate[]): void {
  const actsSomewhere = new Set<string>();
  for (const c of seats) if (!isVenue(ctx, c)) actsSomewhere.add(c.kb!.form);
  for (const c of seats) c.ref = actsSomewhere.has(c.kb!.form) ? refOfEntity(c.kb!.entity) : null;
}

function isVenue(ctx: LinkContext, c: Candidate): boolean {
  let i = c.tokenStart - 1;
  if (i >= 0 && ctx.lower[i] === 'the') i--;
  return (i >= 0 && LOCATIVE_PREPOSITIONS.has(ctx.lower[i])) || isDateline(ctx, c);
}

/** "LONDON — After nearly 20 years...": the city a report was filed from opens its first line. */
function isDateline(ctx: LinkContext, c: Candidate): boolean {
  const { tokens, paragraphs, sentences } = ctx.doc;
  const paragraph = paragraphs[sentences[tokens[c.tokenStart].sentence].paragraph];
  if (c.start - paragraph.start > 8 || ctx.doc.text.slice(paragraph.start, c.start).trim() !== '') return false;
  const next = tokens[c.tokenEnd]?.text;
  // "LONDON —", "WASHINGTON (Reuters) -", "KYIV, Ukraine —".
  return next === '—' || next === '–' || next === '-' || ((next === ',' || next === '(') && c.text === c.text.toUpperCase());
}

/**
 * A demonym names its country as an actor when it qualifies an agent ("Chinese officials", "Russian aggression",
 * "Ukrainian President") or is a plural noun for the people ("the Russians said"); "Israeli-made Arrow systems" does not.
 */
function demonymActs(ctx: LinkContext, kb: KnowledgeBase, c: Candidate): boolean {
  const next = ctx.lower[c.tokenEnd];
  if (next !== undefined && (AGENT_HEADS.has(next) || TITLE_WORDS.has(next))) return true;
  const form = c.kb!.form;
  return form.endsWith('s') && form !== kb.demonymOf.get(c.kb!.entity.id);
}
