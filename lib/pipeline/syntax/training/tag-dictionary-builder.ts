// Builds the tag dictionary from gold-tagged training text: forms seen often enough, nearly always with one tag.
import { hashString } from '../../ner/hash';
import type { TagDictionary } from '../tag-dictionary';

export interface DictionaryOptions {
  /** Occurrences a form needs before it can be fixed. */
  minCount: number;
  /** Share of those occurrences its commonest tag must have. */
  minShare: number;
}

export function buildTagDictionary(docs: readonly { forms: readonly string[]; goldPos: ArrayLike<number> }[], opts: DictionaryOptions): TagDictionary {
  const counts = new Map<string, Map<number, number>>();
  for (const d of docs) {
    d.forms.forEach((form, i) => {
      const byTag = counts.get(form) ?? new Map<number, number>();
      byTag.set(d.goldPos[i], (byTag.get(d.goldPos[i]) ?? 0) + 1);
      counts.set(form, byTag);
    });
  }
  const entries: [hash: number, tag: number][] = [];
  for (const [form, byTag] of counts) {
    let total = 0, bestTag = -1, best = 0;
    for (const [tag, n] of byTag) { total += n; if (n > best) { best = n; bestTag = tag; } }
    if (total >= opts.minCount && best / total >= opts.minShare) entries.push([hashString(form), bestTag]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  // Two forms with one hash would make the lookup ambiguous: drop both (rare with 32-bit hashes).
  const unique = entries.filter((e, i) => (i === 0 || entries[i - 1][0] !== e[0]) && (i + 1 === entries.length || entries[i + 1][0] !== e[0]));
  return { hashes: Uint32Array.from(unique, (e) => e[0]), tags: Uint8Array.from(unique, (e) => e[1]) };
}
