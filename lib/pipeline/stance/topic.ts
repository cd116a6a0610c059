// Target phrase and normalised topic key of a claim, so the same issue groups together across pages.
import { STANCE_CUE_PREFIXES, STANCE_CUE_WORDS } from '../knowledge/stance-cues';
/** Words too common to name an issue. */
const STOP = new Set(
  ('that this these those there their they them then than what which who whom whose when where will would could should shall must ' +
    'have has had been being were was are is the and but for with from into onto about over under after before also just very more ' +
    'most much many some such only other another because while although though make made says said say told according its it ' +
    'his her him she he we our you your not any all each every can may might does did done doing being get got going way '
  ).split(' '),
);
/** Nouns that name an issue in political news; when present they lead the topic key. */
const ISSUE_NOUNS = new Set(
  ('membership aid weapon arm sanction peace war ceasefire talk deal tax immigration immigrant refugee trade tariff election vote ' +
    'security defense defence guarantee climate health healthcare abortion gun border wall nuclear invasion occupation troop ' +
    'treaty agreement budget debt economy job wage policy reform law bill investigation impeachment corruption ' +
    'terrorism attack strike missile energy oil gas emission visa asylum deportation independence sovereignty annexation').split(' '),
);
const MAX_TARGET_WORDS = 12;
const MAX_TOPIC_NOUNS = 2;
const ISSUE_RANK = new Map([...ISSUE_NOUNS].map((w, i) => [w, i]));

/** A crude lemma: plural and possessive endings off, so "weapons" and "weapon" group together. */
export function lemma(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

/** The claim content as a short phrase: without a leading "that" or quote marks, cut at the first clause break. */
export function targetPhrase(content: string): string {
  const text = content.replace(/^[\s"“”‘’'«»]+|[\s"“”‘’'«».,;:]+$/gu, '').replace(/^that\s+/i, '');
  const words = text.split(/\s+/);
  let cut = words.length;
  for (let i = 3; i < words.length; i++) {
    if (/[,;:]$/.test(words[i - 1])) {
      cut = i;
      break;
    }
  }
  return words.slice(0, Math.min(cut, MAX_TARGET_WORDS)).join(' ').replace(/[,;:]$/, '');
}

function isPredicateWord(w: string): boolean {
  return STANCE_CUE_WORDS.has(w) || STANCE_CUE_PREFIXES.has(w) || /ly$/.test(w);
}

/**
 * "membership:nato:ukraine": the main issue noun (or the first content words) then the target actors' slugs, each sorted.
 * `words` are the content's lower-cased words without the names of actors, which the slugs stand for.
 */
export function topicKey(words: readonly string[], targetActorIds: readonly string[]): string {
  const lemmas = words.map(lemma);
  // One issue noun, the most specific by list order, so "peace talks" and "talks on peace" share a key.
  let nouns = [...new Set(lemmas.filter((w) => ISSUE_NOUNS.has(w)))].sort((a, b) => ISSUE_RANK.get(a)! - ISSUE_RANK.get(b)!).slice(0, 1);
  // Otherwise the first content words; the stance predicate ("remains staunchly opposed to") says how, not what.
  if (!nouns.length) nouns = [...new Set(lemmas.filter((w, i) => w.length >= 4 && !STOP.has(w) && /^\p{Ll}+$/u.test(w) && !isPredicateWord(words[i].toLowerCase())))];
  const slugs = [...new Set(targetActorIds.map((id) => id.slice(id.indexOf(':') + 1)))].sort();
  return [...nouns.slice(0, MAX_TOPIC_NOUNS).sort(), ...slugs].join(':');
}
