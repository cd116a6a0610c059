// Finds the earlier actor a pronoun or description stands for: the nearest compatible one, the recent subject, or the
// one the text introduced with the describing noun ("the spokesman" for "spokesman Tom Holt").
import type { Actor } from '../../model';
import type { Mention, PipelineDoc } from '../document';
import { lowerBound } from '../lower-bound';
import { MAX_LOOKBACK } from './country-leader';

/** How close (characters) the describing noun must stand to a mention: "Acme spokesman Tom Holt", "Holt, Acme's spokesman". */
const DESCRIBED_WITHIN = 40;

/** Mentions looked at per actor for its description: its first ones, where a text introduces someone. */
const MAX_DESCRIBED_MENTIONS = 20;
const nounPatterns = new Map<string, RegExp>();
const descriptionsByDoc = new WeakMap<readonly Mention[], Map<string, string>>();

/**
 * The words that describe an actor where the text introduces it: its first mentions' own text ("Finance Ministry"),
 * the three words before each ("Acme spokesman Tom Holt") and an apposition after it ("Lena Fox, a spokeswoman for Acme,").
 */
function descriptionOf(doc: PipelineDoc, linked: readonly Mention[], actorId: string): string {
  let byActor = descriptionsByDoc.get(linked);
  if (!byActor) {
    const mentions = new Map<string, Mention[]>();
    for (const m of linked) {
      const list = mentions.get(m.actorId!) ?? [];
      if (list.length < MAX_DESCRIBED_MENTIONS) list.push(m);
      mentions.set(m.actorId!, list);
    }
    byActor = new Map();
    for (const [id, list] of mentions) {
      const parts = list.map((m) => {
        // "the company's chief executive, Laura Chen": a description may also stand just before a comma.
        const before = spelledTitles(doc.text.slice(Math.max(0, m.start - DESCRIBED_WITHIN), m.start)).replace(/,\s*$/u, '').split(/[.;:!?,"“”()]/u).pop()!;
        const apposition = /^\s*,([^,.;:!?()]*)/u.exec(doc.text.slice(m.end, m.end + DESCRIBED_WITHIN));
        return `${m.text} ${before.trim().split(/\s+/).slice(-3).join(' ')} ${apposition ? apposition[1] : ''}`;
      });
      byActor.set(id, parts.join(' | ').toLowerCase());
    }
    descriptionsByDoc.set(linked, byActor);
  }
  return byActor.get(actorId) ?? '';
}

const TITLE_ABBREVIATIONS: Record<string, string> = { sen: 'senator', gov: 'governor', rep: 'representative', gen: 'general', sec: 'secretary', pres: 'president', amb: 'ambassador', atty: 'attorney' };

/** "Texas Sen. Ted Cruz" introduces a senator: titles are spelled out, and their full stop ends nothing. */
function spelledTitles(text: string): string {
  return text.replace(/\b(Sen|Gov|Rep|Gen|Sec|Pres|Amb|Atty)\.(?=\s)/g, (_, t: string) => TITLE_ABBREVIATIONS[t.toLowerCase()]);
}

/** Whether the text introduced the actor with `noun` (its name, the words before it, an apposition). */
export function describedAs(doc: PipelineDoc, linked: readonly Mention[], actorId: string, noun: string): boolean {
  let pattern = nounPatterns.get(noun);
  if (!pattern) nounPatterns.set(noun, (pattern = new RegExp(`\\b${noun}(?:s|es)?\\b`, 'u')));
  return pattern.test(descriptionOf(doc, linked, actorId));
}

/** The nearest earlier actor of one of `types` (that `fits`, when given); with `noun`, the nearest the text described with it. */
export function nearestBefore(doc: PipelineDoc, linked: readonly Mention[], at: number, types: Actor['type'][], noun?: string, fits?: (id: string) => boolean): string | null {
  // Binary search for the last mention ending before `at`, then walk back to the first compatible one.
  const lo = lowerBound(linked, (m) => m.end > at);
  const seen = new Set<string>();
  for (let k = lo - 1; k >= 0 && at - linked[k].end <= MAX_LOOKBACK; k--) {
    const actor = doc.actors.get(linked[k].actorId!);
    if (!actor || !types.includes(actor.type) || (fits && !fits(actor.id))) continue;
    // "“Obama doesn't get along with Putin,” he said": a name inside quoted words is what was said, not who said it.
    if (insideQuote(doc.quotes, linked[k])) continue;
    if (!noun) return actor.id;
    // Any mention of the actor may carry the description, also one further back than the lookback.
    if (seen.has(actor.id)) continue;
    seen.add(actor.id);
    if (describedAs(doc, linked, actor.id, noun)) return actor.id;
  }
  return null;
}

/** Whether the mention lies inside one of the document's quotes (sorted, not overlapping). */
function insideQuote(quotes: PipelineDoc['quotes'], m: Mention): boolean {
  const k = lowerBound(quotes, (q) => q.end > m.start);
  return k < quotes.length && quotes[k].start <= m.start && m.end <= quotes[k].end;
}

/** How many tokens into its sentence a mention may start and still be read as the sentence's subject. */
const SUBJECT_WITHIN = 4;

/**
 * "Trump returned the compliment to Adelson, telling Reuters … On Israel, he added": a pronoun continues the subject of
 * its own sentence or one of the two before (the first actor of its kind in a sentence's first words) rather than one
 * named after it as an object; "it" likewise for organisations and countries.
 */
export function recentSubject(doc: PipelineDoc, linked: readonly Mention[], at: number, types: Actor['type'][], fits: (id: string) => boolean = () => true): string | null {
  const { tokens, sentences } = doc;
  const here = tokens[lowerBound(tokens, (t) => t.end > at)]?.sentence;
  if (here === undefined) return null;
  const from = sentences[Math.max(0, here - 2)].start;
  for (let k = lowerBound(linked, (m) => m.end > at) - 1; k >= 0 && linked[k].start >= from; k--) {
    const m = linked[k];
    const actor = doc.actors.get(m.actorId!);
    if (!actor || !types.includes(actor.type) || !fits(actor.id) || insideQuote(doc.quotes, m)) continue;
    const first = lowerBound(tokens, (t) => t.end > m.start);
    const sentence = sentences[tokens[first].sentence];
    if (first - sentence.tokenStart >= SUBJECT_WITHIN) continue;
    // The first such actor in the sentence: none of its kind named before it in the same sentence.
    if (k > 0 && linked[k - 1].start >= sentence.start && types.includes(doc.actors.get(linked[k - 1].actorId!)?.type ?? 'other')) continue;
    return actor.id;
  }
  return null;
}

/** Mentions looked back through for the full name of a one-word speaker. */
const MAX_SURNAME_LOOKBACK = 400;

/** The one person named in full before `at` whose surname is `word` (capitalised), or null. */
export function personBySurname(doc: PipelineDoc, linked: readonly Mention[], word: string, at: number): string | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  let found: string | null = null;
  const last = lowerBound(linked, (m) => m.start >= at) - 1;
  // Bounded, so a page of thousands of one-word speakers costs no more than its mentions allow.
  for (let k = last; k >= 0 && last - k < MAX_SURNAME_LOOKBACK; k--) {
    const actor = doc.actors.get(linked[k].actorId!);
    if (actor?.type !== 'person' || !actor.name.endsWith(` ${word}`)) continue;
    if (found && found !== actor.id) return null;
    found = actor.id;
  }
  return found;
}
