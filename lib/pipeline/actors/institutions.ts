// Builds institution actors from patterns: "<country|demonym>['s] [modifiers] <ministry|government|...>" becomes
// an organisation part of that country, "<person> administration" an organisation part of the leader's country.
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { ADJECTIVAL_HEADS, CLITICS, INSTITUTION_HEADS, INSTITUTION_MODIFIERS } from '../knowledge/lexicon';
import { type ActorRef, type Candidate, candidateFromTokens, isLowercaseWord, type LinkContext } from './candidate';
import { kbLookup, longestKbMatch } from './kb-lookup';
import { refOfEntity } from './resolve';

/** Words that may follow an institution noun without making it an adjective ("the military said"). */
const AFTER_NOUN = new Set(
  ('said says say has have had is was are were will would could should may might and or but that which who whose to of ' +
    'in on for with as by from at spokesman spokeswoman spokesperson chief official officials announced added').split(' '),
);
const PERSON_INSTITUTIONS = new Set(['administration', 'government', 'cabinet']);
const MAX_MODIFIERS = 3;

/** Candidates must be sorted by position; spans inside a built institution are replaced by it. */
export function buildInstitutions(ctx: LinkContext, kb: KnowledgeBase, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const refs = new Map<string, ActorRef>();
  let absorbedUntil = -1;
  for (const c of candidates) {
    if (c.tokenEnd <= absorbedUntil) continue;
    const institution = countryInstitution(ctx, kb, c) ?? personInstitution(ctx, kb, c);
    if (!institution) {
      out.push(c);
      continue;
    }
    while (out.length && out[out.length - 1].tokenStart >= institution.tokenStart) out.pop();
    // Share one ref per institution name, so later steps handle each institution once.
    const shared = refs.get(institution.ref!.name);
    if (shared) institution.ref = shared;
    else refs.set(institution.ref!.name, institution.ref!);
    out.push(institution);
    absorbedUntil = institution.tokenEnd;
  }
  return out;
}

function countryInstitution(ctx: LinkContext, kb: KnowledgeBase, c: Candidate): Candidate | undefined {
  let country = c.kb && c.kb.entity.type === 'country' && c.kb.role !== 'seat' ? c.kb.entity : undefined;
  let from = c.tokenEnd;
  // A tagger span may already hold the whole institution ("Ukrainian Foreign Ministry" as ORG).
  if (!country && c.label !== 'PER' && !c.kb) {
    const prefix = longestKbMatch(ctx, kb, c.tokenStart, c.tokenEnd - 1);
    if (prefix && prefix.hit.entity.type === 'country' && prefix.hit.role !== 'seat') [country, from] = [prefix.hit.entity, prefix.end];
  }
  if (!country) return undefined;
  if (from < ctx.lower.length && CLITICS.has(ctx.lower[from])) from++;
  const head = institutionHead(ctx, from);
  if (!head || head.end < c.tokenEnd) return undefined;
  const span = candidateFromTokens(ctx.doc, c.tokenStart, head.end, 'ORG', 'knowledge');
  // A listed institution ("US Congress") keeps its own entry.
  const listed = kbLookup(kb, span.text);
  if (listed?.entity.type === 'organization') return { ...span, kb: listed, ref: refOfEntity(listed.entity) };
  const adjective = kb.demonymOf.get(country.id) ?? country.name;
  const name = [adjective, ...head.words].join(' ');
  return institutionCandidate(ctx, c.tokenStart, head.end, { name, partOfId: country.id, head: head.words.at(-1)! });
}

function personInstitution(ctx: LinkContext, kb: KnowledgeBase, c: Candidate): Candidate | undefined {
  if (c.kb || c.tokenEnd >= ctx.lower.length) return undefined;
  const next = ctx.lower[c.tokenEnd];
  const surname = ctx.doc.tokens[c.tokenEnd - 1].text;
  const leader = kb.leaderSurnames.get(surname.toLowerCase());
  // "administration" after a name is specific enough for any tag; "government" needs a person ("the Meloni government").
  const isPerson = c.label === 'PER' || leader !== undefined;
  if (!(next === 'administration' || (isPerson && PERSON_INSTITUTIONS.has(next)))) return undefined;
  return institutionCandidate(ctx, c.tokenStart, c.tokenEnd + 1, {
    name: `${surname} ${next}`, partOfId: leader?.partOfId, head: next,
  });
}

function institutionHead(ctx: LinkContext, from: number): { end: number; words: string[] } | undefined {
  const words: string[] = [];
  let i = from;
  while (i < ctx.lower.length && words.length < MAX_MODIFIERS && INSTITUTION_MODIFIERS.has(ctx.lower[i]) && !INSTITUTION_HEADS.has(ctx.lower[i])) {
    words.push(ctx.lower[i++]);
  }
  if (i >= ctx.lower.length || !INSTITUTION_HEADS.has(ctx.lower[i])) return undefined;
  const head = ctx.lower[i];
  const after = ctx.doc.tokens[i + 1];
  if (ADJECTIVAL_HEADS.has(head) && after && isLowercaseWord(after.text) && !AFTER_NOUN.has(ctx.lower[i + 1])) return undefined;
  words.push(head);
  return { end: i + 1, words };
}

function institutionCandidate(
  ctx: LinkContext, from: number, to: number, info: { name: string; partOfId?: string; head: string },
): Candidate {
  const c = candidateFromTokens(ctx.doc, from, to, 'ORG', 'knowledge');
  c.ref = { type: 'organization', name: info.name, partOfId: info.partOfId, descriptors: [info.head] };
  return c;
}
