// A reader's corrections override the model: a name can be re-linked to another actor or marked as not an actor,
// matched by its text or by the actor the model chose.
import type { ActorType } from '../../model';
import type { Candidate, LinkContext } from './candidate';
import { candidateFromTokens } from './candidate';
import { actorId } from './ids';

export interface ActorCorrection {
  /** Which spans: those with this text (case-insensitive), or all mentions of this model-chosen actor id. */
  match: { text: string } | { actorId: string };
  /** What they are instead; null means "not an actor". */
  actor: { name: string; type: ActorType; partOfId?: string } | null;
}

export function applyCorrections(ctx: LinkContext, candidates: Candidate[], corrections: readonly ActorCorrection[]): Candidate[] {
  if (!corrections.length) return candidates;
  const byText = new Map<string, ActorCorrection>();
  const byActor = new Map<string, ActorCorrection>();
  for (const k of corrections) {
    if ('text' in k.match) byText.set(k.match.text.toLowerCase(), k);
    else byActor.set(k.match.actorId, k);
  }
  const out = [...candidates, ...untaggedMatches(ctx, candidates, byText)];
  for (const c of out) {
    const modelId = c.ref ? (c.ref.id ?? actorId(c.ref.type, c.ref.name)) : undefined;
    const k = byText.get(c.text.toLowerCase()) ?? (modelId ? byActor.get(modelId) : undefined);
    if (k) c.ref = k.actor ? { type: k.actor.type, name: k.actor.name, partOfId: k.actor.partOfId } : null;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Spans of corrected texts the model did not mark at all (a name the reader added). */
function untaggedMatches(ctx: LinkContext, candidates: Candidate[], byText: Map<string, ActorCorrection>): Candidate[] {
  const wanted = [...byText.entries()].filter(([, k]) => k.actor).map(([text]) => text);
  if (!wanted.length) return [];
  const covered = new Uint8Array(ctx.lower.length);
  for (const c of candidates) covered.fill(1, c.tokenStart, c.tokenEnd);
  const firstWords = new Map<string, string[]>();
  for (const w of wanted) firstWords.set(w.split(/\s+/)[0], [...(firstWords.get(w.split(/\s+/)[0]) ?? []), w]);
  const found: Candidate[] = [];
  const { tokens, text } = ctx.doc;
  for (let i = 0; i < tokens.length; i++) {
    const options = covered[i] ? undefined : firstWords.get(ctx.lower[i]);
    if (!options) continue;
    for (const w of options) {
      let end = i;
      while (end < tokens.length && tokens[end].end - tokens[i].start < w.length) end++;
      if (end >= tokens.length || text.slice(tokens[i].start, tokens[end].end).toLowerCase() !== w) continue;
      found.push(candidateFromTokens(ctx.doc, i, end + 1, 'MISC', 'knowledge'));
      i = end;
      break;
    }
  }
  return found;
}
