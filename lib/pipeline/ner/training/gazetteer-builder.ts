// Builds gazetteers from gold-tagged training documents; out-of-fold copies keep training features as noisy as at run time.
import { Gazetteer } from '../gazetteer';
import { ENTITY_TYPES, spansOf } from '../labels';

export interface TaggedDoc {
  words: readonly string[];
  tags: ArrayLike<number>;
}

/** Names in one document, keyed by their lowercased words, with a bit per type they were tagged as. */
function namesOf(doc: TaggedDoc): Map<string, number> {
  const names = new Map<string, number>();
  for (const s of spansOf(doc.tags)) {
    const key = doc.words.slice(s.start, s.end).map((w) => w.toLowerCase()).join(' ');
    names.set(key, (names.get(key) ?? 0) | (1 << ENTITY_TYPES.indexOf(s.type)));
  }
  return names;
}

export function buildGazetteer(docs: readonly TaggedDoc[]): Gazetteer {
  const g = new Gazetteer();
  for (const d of docs) for (const [key, mask] of namesOf(d)) g.add(key.split(' '), mask);
  return g;
}

/**
 * One gazetteer per fold, each built from the other folds' documents: a training document never finds its own
 * names listed, just as an unseen article often holds names the list lacks.
 */
export function outOfFoldGazetteers(docs: readonly TaggedDoc[], folds: number): { foldOf: (doc: number) => number; gazetteers: Gazetteer[] } {
  const foldOf = (doc: number) => doc % folds;
  const gazetteers = Array.from({ length: folds }, (_, f) => buildGazetteer(docs.filter((_, i) => foldOf(i) !== f)));
  return { foldOf, gazetteers };
}
