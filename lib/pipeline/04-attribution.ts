// Stage 04: ties each claim's source span to an actor (names inside the span, pronouns, "the ministry"-style descriptions).
import type { PipelineDoc } from './document';
import type { PipelineResources } from './resources';
import { pronounFits, resolveSpeakerActor, speakerOrganization, speakerPhraseKind } from './claims/speaker-actor';
import { lowerBound } from './lower-bound';

export function attributionStage(doc: PipelineDoc, res: PipelineResources): void {
  void res;
  const linked = doc.mentions.filter((m) => m.actorId && doc.actors.has(m.actorId)).sort((a, b) => a.start - b.start);
  // The last speaker described but not named ("the president wrote"): a "he" after it is that person, not whoever
  // was named before.
  let described: { end: number; name: string } | null = null;
  // The last group described but not named ("Consumer groups welcomed the ruling, which they said …"): a "they" in
  // the same or the next sentence is that group, not the organisation named last.
  let group: { end: number; name: string; sentence: number } | null = null;
  // The person who spoke last, and the sentence their claim ended in: "Cox says Varga lied. He says …" is Cox again.
  let lastSpeaker: { actorId: string; sentence: number } | null = null;
  const sentenceAt = (offset: number) => lowerBound(doc.sentences, (x) => x.end > offset);
  for (const claim of [...doc.claims].sort((a, b) => (a.speaker?.start ?? a.start) - (b.speaker?.start ?? b.start))) {
    const s = claim.speaker;
    if (!s || s.start === null || s.end === null) continue;
    let actorId = linked.length ? resolveSpeakerActor(doc, linked, s.start, s.end) : null;
    const kind = speakerPhraseKind(s.name);
    if (kind === 'person description' && !actorId) described = { end: s.end, name: s.name };
    if (!actorId && pluralGroup(s.name)) group = { end: s.end, name: s.name, sentence: sentenceAt(s.start) };
    if (/^they$/i.test(s.name.trim()) && group && sentenceAt(s.start) - group.sentence <= 1 && (!actorId || !mentionedSince(linked, actorId, group.end, s.start))) {
      s.name = group.name;
      continue;
    }
    if (kind === 'pronoun' && described && s.start - described.end < DESCRIBED_REACH && (!actorId || !mentionedSince(linked, actorId, described.end, s.start))) {
      s.name = described.name;
      continue;
    }
    // A pronoun in the sentence right after a claim continues that speaker rather than the last person named in it.
    if (kind === 'pronoun' && lastSpeaker && actorId !== lastSpeaker.actorId && sentenceAt(s.start) - lastSpeaker.sentence <= 1 &&
      pronounFits(doc, linked, lastSpeaker.actorId, s.name)) actorId = lastSpeaker.actorId;
    if (!actorId) continue;
    if (doc.actors.get(actorId)?.type === 'person') {
      lastSpeaker = { actorId, sentence: sentenceAt(Math.max(claim.end, s.end) - 1) };
      // A person named since speaks for the next "he", not the description before them.
      if (described && described.end < s.start) described = null;
    }
    s.actorId = actorId;
    const organizationId = speakerOrganization(doc, linked, s.start, s.end, actorId);
    if (organizationId) s.organizationId = organizationId;
    // The canonical name groups the speaker's stances across pages; the span offsets still point at the text.
    s.name = doc.actors.get(actorId)!.name;
  }
}

/** A speaker phrase naming a group by a plural noun ("Consumer groups", "Many economists", "Some"), not "they" itself. */
function pluralGroup(name: string): boolean {
  const last = name.split(',')[0].trim().split(/\s+/).pop()!.toLowerCase();
  return !/^(?:they|us|its|his|this|was|is|has|does|as)$/.test(last) && (/^[a-z]+[^su]s$/.test(last) || /^(?:some|many|others|most|few|several)$/.test(last));
}

/** How far (characters) a described speaker still stands for a later "he" or "she". */
const DESCRIBED_REACH = 600;

/** Whether the actor is mentioned between `from` and `at`: only the mentions in that stretch are read. */
function mentionedSince(linked: PipelineDoc['mentions'], actorId: string, from: number, at: number): boolean {
  for (let k = lowerBound(linked, (m) => m.end > at) - 1; k >= 0 && linked[k].end > from; k--) if (linked[k].actorId === actorId) return true;
  return false;
}
