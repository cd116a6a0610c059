// Where a passive cue names its agent: "was criticized by X", "has been attacked on the speeches by X".
import type { Token } from '../document';
import { isNoun, isProperNoun, isVerb, type SyntaxTags } from '../syntax';
import { isWordToken } from './words';
import { passiveAuxiliary } from './clause-words';
import type { Cue } from './cues';
import { nounPhraseEndingAt, sourceAfter, type TokenRange } from './source-span';

/** Longest phrase between a passive cue and its "by" ("on Monday", "on the speeches"). */
const MAX_BEFORE_BY = 5;
/** Words after which "by" no longer names the agent of the cue ("attacked for remarks made by X"). */
const CLAUSE_WORDS = new Set(['that', 'to', 'for', 'over', 'because', 'who', 'which', 'and', 'but', 'as']);

/**
 * Index of the "by" that names the agent of a passive cue ending before `after`, or -1. A verb in between opens a
 * phrase of its own ("asked during a luncheon held by X"): its "by" is that verb's agent.
 */
export function agentBy(tokens: readonly Token[], after: number, s1: number, tags?: SyntaxTags): number {
  for (let k = after; k < Math.min(s1, after + MAX_BEFORE_BY + 1); k++) {
    const w = tokens[k].text.toLowerCase();
    if (w === 'by') return k + 1 < s1 ? k : -1;
    if (!isWordToken(tokens[k].text) || CLAUSE_WORDS.has(w) || (tags && isVerb(tags.pos[k]))) return -1;
  }
  return -1;
}

/** Verbs whose "by" is a place or a promise, not an agent ("stood by his remarks", "swore by the method"). */
const BY_NOT_AGENT = new Set(['stood', 'stand', 'stands', 'swore', 'sworn', 'abided', 'stopped', 'dropped', 'went', 'came', 'passed']);

/** Words that end an agent phrase: the setting or time after it ("by advocates for months", "by X in a letter"). */
const AFTER_AGENT = new Set(['for', 'in', 'on', 'at', 'during', 'over', 'since', 'after', 'before', 'until', 'amid', 'as', 'with', 'from', 'into', 'about', 'throughout', 'last', 'this', 'earlier']);

/**
 * Feelings, whose "by" names the cause: in "authorities worried by the increase in hate speech" the authorities are
 * the source and the increase is what they spoke of, as without the passive.
 */
const FEELINGS = new Set(['worried', 'angered', 'alarmed', 'concerned', 'frustrated', 'disappointed', 'troubled', 'buffeted', 'bothered', 'shocked', 'surprised', 'outraged', 'dismayed', 'disturbed', 'horrified', 'appalled', 'heartened', 'emboldened', 'energized', 'energised', 'inspired', 'motivated', 'moved', 'offended', 'irritated', 'annoyed', 'stunned', 'puzzled', 'confused', 'baffled', 'impressed', 'pleased', 'delighted', 'thrilled', 'excited', 'embarrassed', 'humiliated', 'scared', 'frightened', 'galvanized', 'galvanised', 'incensed', 'infuriated', 'enraged', 'spooked', 'rattled', 'saddened', 'sickened', 'unfazed', 'unmoved', 'intrigued', 'fascinated', 'struck', 'taken']);

/**
 * A reduced passive: "Assad, opposed by the U.S., held on", "the plan backed by the bank's board". The participle
 * modifies the noun before it, which is what the agent after "by" stands for or against. Returns that noun phrase
 * (token range) and the agent, or null. Not for a gerund or a number after "by" ("responded by pointing", "fell by 9%").
 */
export function reducedPassive(tokens: readonly Token[], head: number, s0: number, s1: number, tags?: SyntaxTags): { first: number; last: number; agent: TokenRange } | null {
  const w = tokens[head].text.toLowerCase();
  if (!tags || !/(?:ed|en)$/.test(w) || BY_NOT_AGENT.has(w) || FEELINGS.has(w)) return null;
  let nounLast = head - 1;
  if (tokens[nounLast]?.text === ',') nounLast--;
  const s = tokens[head].sentence;
  if (nounLast < s0 || tokens[nounLast].sentence !== s || !(isNoun(tags.pos[nounLast]) || isProperNoun(tags.pos[nounLast]))) return null;
  // "by" right after the participle: in "noted testimony by Gregory Hicks" the "by" belongs to the noun.
  const by = head + 1;
  if (by + 1 >= s1 || tokens[by].text.toLowerCase() !== 'by' || tokens[by + 1].sentence !== s) return null;
  const agentWord = tokens[by + 1].text;
  if (/ing$/i.test(agentWord) || /^(?:far|then|now|way|contrast|comparison|law|design|mistake)$/i.test(agentWord)) return null;
  // "supported by an average of 13 percent": a share of voters, not someone taking a side.
  for (let k = by + 1; k < Math.min(s1, by + 6); k++) if (/^(?:\d|percent|percentage|points?$|votes$|margin)/i.test(tokens[k].text)) return null;
  const phrase = nounPhraseEndingAt(tokens, nounLast, s0);
  if (!phrase) return null;
  // The phrase reader does not read verbs: "Rubio sought a compromise plan endorsed by …" -> "a compromise plan".
  let first = phrase.first;
  for (let k = nounLast; k >= phrase.first; k--) if (isVerb(tags.pos[k])) { first = k + 1; break; }
  // "according to excerpts released by the White House": the phrase is another claim's source, not its content.
  const before = tokens[first - 1]?.text.toLowerCase();
  if (before === 'citing' || (before === 'to' && tokens[first - 2]?.text.toLowerCase() === 'according')) return null;
  // "A plan endorsed by Senate Democrats failed": the agent ends before the main clause's verb.
  const agent = sourceAfter(tokens, by + 1, s1);
  if (!agent) return null;
  // "criticized by immigrant advocates for months": a setting after the agent is not part of it.
  for (let k = agent.first + 1; k <= agent.last; k++) {
    if (isVerb(tags.pos[k]) || AFTER_AGENT.has(tokens[k].text.toLowerCase())) {
      agent.last = k - 1;
      break;
    }
  }
  return { first, last: nounLast, agent };
}

/**
 * Verbs of speaking to, about or against someone: in the passive their subject is who was spoken to or of ("the
 * country has been hailed as a model", "Clinton was asked whether …", "he is said to have"), never the speaker.
 * Feelings ("were worried that …") and beliefs ("is expected to") keep their subject as whose view it is.
 */
const SPOKEN_OF = new Set([
  'said', 'told', 'asked', 'accused', 'charged', 'criticized', 'criticised', 'declared', 'announced', 'described', 'called',
  'named', 'warned', 'lambasted', 'praised', 'hailed', 'blamed', 'condemned', 'questioned', 'pressed', 'invited', 'informed',
  'briefed', 'cited', 'urged', 'challenged', 'viewed', 'regarded', 'deemed', 'considered', 'labeled', 'labelled', 'dubbed',
  'branded', 'credited', 'thanked', 'slammed', 'attacked', 'rebuked', 'denounced', 'endorsed', 'nominated', 'interviewed',
  'mocked', 'ridiculed', 'sued', 'indicted', 'identified', 'portrayed', 'depicted', 'characterized', 'characterised',
  'applauded', 'congratulated', 'lauded', 'commended', 'faulted', 'chastised', 'scolded', 'berated', 'derided', 'listed',
  'known', 'seen', 'projected', 'reported', 'rumored', 'rumoured', 'alleged', 'reminded', 'assured', 'promised',
]);

/** Whether the cue is such a passive ("was hailed"), so its subject is no speaker. */
export function subjectSpokenOf(tokens: readonly Token[], cue: Cue): boolean {
  return SPOKEN_OF.has(tokens[cue.head].text.toLowerCase()) && passiveAuxiliary(tokens, cue);
}
