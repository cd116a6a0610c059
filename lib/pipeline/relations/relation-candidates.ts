// The spans a relation can hold between: every actor mention, plus name-like words the actor stage left unlinked.
import type { Mention, PipelineDoc } from '../document';
import { CLAUSE_BOUNDARIES, DETERMINERS, PRONOUNS, isCapitalised, isQuoteMark } from '../claims/words';
import { afterDateline } from '../claims/source-span';

// Capitalised words that open sentences without naming anyone ("In", "But", "Officials").
const NOT_NAMES = new Set(['in', 'on', 'at', 'for', 'to', 'from', 'with', 'by', 'of', 'after', 'before', 'during', 'mr', 'mrs', 'ms', 'dr', 'i', 'it', 'there', 'here', 'not', 'no', 'yes', 'what', 'how', 'why', 'now', 'today', 'yesterday', 'however', 'meanwhile', 'still', 'also', 'even', 'just', 'only', 'then', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

function isNameWord(text: string): boolean {
  if (!isCapitalised(text)) return false;
  const w = text.toLowerCase();
  return !NOT_NAMES.has(w) && !DETERMINERS.has(w) && !CLAUSE_BOUNDARIES.has(w) && !PRONOUNS.has(w);
}

/** Mentions (linked or not) and runs of capitalised words outside them, sorted by start. */
export function relationCandidates(doc: PipelineDoc): Mention[] {
  const mentions = [...doc.mentions].sort((x, y) => x.start - y.start);
  const out: Mention[] = [];
  const t = doc.tokens;
  let m = 0;
  for (let k = 0; k < t.length; k++) {
    // A dateline ("LONDON —") is where the report was filed: no party to a relation.
    if (k === 0 || t[k - 1].sentence !== t[k].sentence) k = afterDateline(t, k, t.length);
    while (m < mentions.length && mentions[m].end <= t[k].start) m++;
    if (m < mentions.length && mentions[m].start <= t[k].start) {
      out.push(mentions[m]);
      // Skip the mention's tokens (and any mention nested in it).
      while (k + 1 < t.length && t[k + 1].start < mentions[m].end) k++;
      m++;
      continue;
    }
    // An adverb or participle capitalised only because it opens a sentence ("Regardless", "Shortly", "Asked") is no name.
    // So is one opening a quotation ("“Absolutely not”").
    const opens = k === 0 || t[k - 1].sentence !== t[k].sentence || isQuoteMark(t[k - 1].text);
    if (!isNameWord(t[k].text) || (opens && /(?:ly|less|ed|ing)$/.test(t[k].text))) continue;
    let last = k;
    while (last + 1 < t.length && t[last + 1].sentence === t[k].sentence && isCapitalised(t[last + 1].text) && !(m < mentions.length && mentions[m].start <= t[last + 1].start)) last++;
    const start = t[k].start;
    const end = t[last].end;
    out.push({ start, end, text: doc.text.slice(start, end), tokenStart: k, tokenEnd: last + 1, label: 'MISC', source: 'tagger' });
    k = last;
  }
  return out;
}

/** Two spans of the same actor (or the same unlinked name) cannot relate to each other. */
export function sameParty(a: Mention, b: Mention): boolean {
  if (a.actorId || b.actorId) return a.actorId === b.actorId;
  return a.text.toLowerCase() === b.text.toLowerCase();
}
