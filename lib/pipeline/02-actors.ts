// Stage 02: named actors. Tags names, links each to an actor (person, organisation, country, place) with a stable id,
// canonical name and aliases, and resolves in-document references (surnames, acronyms, "the alliance", capitals).
import type { PipelineDoc } from './document';
import type { PipelineResources } from './resources';
import { linkContext } from './actors/candidate';
import { normaliseTaggerMentions } from './actors/tagger-spans';
import { applyCorrections } from './actors/corrections';
import { resolveShortNames } from './actors/coreference';
import { findDescriptorMentions } from './actors/descriptors';
import { dropNonActors } from './actors/filter';
import { buildInstitutions } from './actors/institutions';
import { scanKnowledgeBase } from './actors/kb-scan';
import { writeActors } from './actors/registry';
import { resolveCandidates } from './actors/resolve';
import { knowledgeBase } from './knowledge/knowledge-base';

// Order matters: institutions absorb the country or person they start with before those are resolved on their own;
// demonyms and capitals are decided once all names of the document are known; short names need the full names.
export function actorsStage(doc: PipelineDoc, res: PipelineResources): void {
  if (doc.tokens.length === 0) return;
  const kb = knowledgeBase();
  const ctx = linkContext(doc);
  const tagged = normaliseTaggerMentions(ctx, kb, res.tagger.tag(doc));
  const all = [...tagged, ...scanKnowledgeBase(ctx, kb, tagged)].sort(byPosition);
  const kept = buildInstitutions(ctx, kb, dropOverlaps(dropNonActors(ctx, kb, all)));
  resolveCandidates(ctx, kb, kept);
  resolveShortNames(ctx, kb, kept);
  const withDescriptors = [...kept, ...findDescriptorMentions(ctx, kept)].sort(byPosition);
  writeActors(doc, applyCorrections(ctx, withDescriptors, res.corrections ?? []));
}

function byPosition(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end;
}

/** A tagger may return overlapping spans; the first (and longest at one start) wins. */
function dropOverlaps<T extends { start: number; end: number }>(sorted: T[]): T[] {
  const out: T[] = [];
  let until = -1;
  for (const c of sorted) {
    if (c.start < until) continue;
    out.push(c);
    until = c.end;
  }
  return out;
}
