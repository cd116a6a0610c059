// Stage 05: the speaker's stance per claim: polarity with negation, target phrase, target actors and a topic key.
import type { Claim } from '../model';
import type { PipelineDoc } from './document';
import type { PipelineResources } from './resources';
import { polarityOf, stanceScore } from './stance/polarity';
import { targetPhrase, topicKey } from './stance/topic';
import { lowerBound } from './lower-bound';

// "did not respond to a request for comment", "declined to comment on the report": the words open the cue phrase.
const NON_ANSWER = /^(?:\p{L}+\s+)?(?:did not|didn[’']t|has not|have not|had not|does not|doesn[’']t|declined to|refused to|would not|wouldn[’']t)\s+(?:immediately\s+|publicly\s+)?(?:respond|reply|return|comment)\b/iu;
const WORD_RE = /[\p{L}][\p{L}'’-]*|[,;]/gu;

export function stanceStage(doc: PipelineDoc, res: PipelineResources): void {
  void res;
  const linked = doc.mentions.filter((m) => m.actorId && doc.actors.has(m.actorId)).sort((a, b) => a.start - b.start);
  let from = 0;
  for (const claim of [...doc.claims].sort((a, b) => a.start - b.start)) {
    while (from < linked.length && linked[from].end <= claim.start) from++;
    const targetActorIds: string[] = [];
    const nameWords = new Set<string>();
    // A direct quote interrupted by its attribution ("“...,” Ms. Kallas told the Parliament. “...”") spans the
    // attribution too: names there are not what the speaker talks about.
    const direct = claim.kind === 'direct';
    for (let k = from; k < linked.length && linked[k].start < claim.end; k++) {
      if (direct && !insideQuote(doc.quotes, linked[k])) continue;
      const id = linked[k].actorId!;
      if (id !== claim.speaker?.actorId && !targetActorIds.includes(id)) targetActorIds.push(id);
      for (const w of linked[k].text.toLowerCase().match(WORD_RE) ?? []) nameWords.add(w);
    }
    const relation = claim.stance;
    if (relation) {
      // Set by the claims stage from an actor-to-actor relation ("X criticized Y"): its target stands, and its polarity
      // fills in where the claim's own words take no side (the words, read with negation, are surer when they do).
      // A speaker is never its own target (the relation may have been read before attribution named the speaker).
      const own = (id: string) => id === claim.speaker?.actorId || id === claim.speaker?.organizationId;
      const ids = [...relation.targetActorIds.filter((id) => !own(id)), ...targetActorIds.filter((id) => !relation.targetActorIds.includes(id))];
      const read = stanceOf(claim, ids, nameWords);
      claim.stance = read.polarity === 'neutral' ? { ...read, polarity: relation.polarity } : read;
    } else claim.stance = stanceOf(claim, targetActorIds, nameWords);
  }
}

/** `nameWords` are the words of the actor names inside the claim: the topic names them by their ids instead. */
function stanceOf(claim: Claim, targetActorIds: string[], nameWords: ReadonlySet<string>): NonNullable<Claim['stance']> {
  const cueWords = claim.cue ? (claim.cue.text.toLowerCase().match(WORD_RE) ?? []) : [];
  const contentWords = claim.text.toLowerCase().match(WORD_RE) ?? [];
  // "did not respond to a request for comment", "declined to comment": saying nothing takes no side.
  const noSide = NON_ANSWER.test(`${claim.cue?.text ?? ''} ${claim.text}`) || isQuestion(claim);
  const score = noSide ? 0 : stanceScore([...cueWords, ...contentWords], cueWords.length);
  return {
    polarity: polarityOf(score),
    target: targetPhrase(claim.text),
    targetActorIds,
    topic: topicKey(contentWords.filter((w) => w !== ',' && w !== ';' && !nameWords.has(w)), targetActorIds),
  };
}

const QUESTION_CUES = /^(?:ask|asks|asked|asking|pressed|questioned|wondered|wonders|wondering|inquired)$/i;

/** "Pressed on whether he would resign", "asked if the plan would hurt families": a question takes no side. */
function isQuestion(claim: Claim): boolean {
  const cueWord = claim.cue?.text.split(/\s+/).find((w) => QUESTION_CUES.test(w));
  // "pressed the minister on whether he would …": whom the question was put to may stand before it.
  return /^(?:on |about |over )?whether\b/i.test(claim.text) || (!!cueWord && /^(?:[\p{L}.’'-]+\s+){0,4}?(?:on |about |over )?(?:whether|if|how|why|what|who|when)\b/iu.test(claim.text));
}

/** Whether span m lies inside one of the sorted, non-overlapping quotes. */
function insideQuote(quotes: readonly { start: number; end: number }[], m: { start: number; end: number }): boolean {
  const k = lowerBound(quotes, (q) => q.end > m.start);
  return k < quotes.length && quotes[k].start <= m.start && m.end <= quotes[k].end;
}
