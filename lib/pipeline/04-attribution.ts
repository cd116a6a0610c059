// Stage 04: ties each claim's source span to an actor (names inside the span, pronouns, "the ministry"-style descriptions).
import type { PipelineDoc } from './document';
import type { PipelineResources } from './resources';
import { resolveSpeakerActor, speakerOrganization } from './claims/speaker-actor';

export function attributionStage(doc: PipelineDoc, res: PipelineResources): void {
  void res;
  const linked = doc.mentions.filter((m) => m.actorId && doc.actors.has(m.actorId)).sort((a, b) => a.start - b.start);
  if (!linked.length) return;
  for (const claim of doc.claims) {
    const s = claim.speaker;
    if (!s || s.start === null || s.end === null) continue;
    const actorId = resolveSpeakerActor(doc, linked, s.start, s.end);
    if (!actorId) continue;
    s.actorId = actorId;
    const organizationId = speakerOrganization(doc, linked, s.start, s.end, actorId);
    if (organizationId) s.organizationId = organizationId;
    // The canonical name groups the speaker's stances across pages; the span offsets still point at the text.
    s.name = doc.actors.get(actorId)!.name;
  }
}
