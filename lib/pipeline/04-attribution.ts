// Stage 04: ties each claim's source span to an actor (names inside the span, pronouns, "the ministry"-style descriptions).
import type { PipelineDoc } from './document';
import type { PipelineResources } from './resources';
import { resolveSpeakerActor, speakerOrganization, speakerPhraseKind } from './claims/speaker-actor';
import { lowerBound } from './lower-bound';

export function attributionStage(doc: PipelineDoc, res: PipelineResources): void {
  void res;
  const linked = doc.mentions.filter((m) => m.actorId && doc.actors.has(m.actorId)).sort((a, b) => a.start - b.start);
  // The last speaker described but not named ("the president wrote"): a "he" after it is that person, not whoever
  // was named before.
  let described: { end: number; name: string } | null = null;
  for (const claim of [...doc.claims].sort((a, b) => (a.speaker?.start ?? a.start) - (b.speaker?.start ?? b.start))) {
    const s = claim.speaker;
    if (!s || s.start === null || s.end === null) continue;
    const actorId = linked.length ? resolveSpeakerActor(doc, linked, s.start, s.end) : null;
    const kind = speakerPhraseKind(s.name);
    if (kind === 'person description' && !actorId) described = { end: s.end, name: s.name };
    if (kind === 'pronoun' && described && s.start - described.end < DESCRIBED_REACH && (!actorId || !mentionedSince(linked, actorId, described.end, s.start))) {
      s.name = described.name;
      continue;
    }
    if (!actorId) continue;
    s.actorId = actorId;
    const organizationId = speakerOrganization(doc, linked, s.start, s.end, actorId);
    if (organizationId) s.organizationId = organizationId;
    // The canonical name groups the speaker's stances across pages; the span offsets still point at the text.
    s.name = doc.actors.get(actorId)!.name;
  }
}

/** How far (characters) a described speaker still stands for a later "he" or "she". */
const DESCRIBED_REACH = 600;

/** Whether the actor is mentioned between `from` and `at`: only the mentions in that stretch are read. */
function mentionedSince(linked: PipelineDoc['mentions'], actorId: string, from: number, at: number): boolean {
  for (let k = lowerBound(linked, (m) => m.end > at) - 1; k >= 0 && linked[k].end > from; k--) if (linked[k].actorId === actorId) return true;
  return false;
}
