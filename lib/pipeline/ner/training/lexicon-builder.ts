// Word classes for the lexicon features, taken from compromise's English lexicon (MIT; a devDependency, used at training
// time only: the classes are baked into the model file).
import nlp from 'compromise';
import { Gazetteer } from '../gazetteer';

/** Lexicon class bits; at most 8 (see gazetteer.ts). */
export const LEXICON_CLASSES = ['first-name', 'surname', 'person', 'place', 'organisation', 'demonym', 'ordinary-word', 'role'] as const;

const CLASS_OF_TAG: Record<string, number> = {
  MaleName: 0, FemaleName: 0, FirstName: 0,
  LastName: 1,
  Person: 2,
  City: 3, Region: 3, Country: 3,
  Organization: 4, SportsTeam: 4,
  Demonym: 5,
  Actor: 7, Honorific: 7,
};
/** Tags of proper names and of words too vague to say anything (ProperNoun, Place abbreviations such as "st"). */
const NOT_ORDINARY = new Set(['ProperNoun', 'Place', 'Unit', 'Emoticon', 'Abbreviation', 'Expression']);

export function buildLexicon(): Gazetteer {
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  const g = new Gazetteer();
  for (const [form, tags] of Object.entries(lexicon)) {
    let mask = 0;
    for (const tag of [tags].flat()) {
      const cls = CLASS_OF_TAG[tag];
      if (cls !== undefined) mask |= 1 << cls;
      else if (!NOT_ORDINARY.has(tag)) mask |= 1 << 6;
    }
    const words = form.toLowerCase().split(/\s+/).filter(Boolean);
    if (mask && words.length) g.add(words, mask);
  }
  return g;
}
