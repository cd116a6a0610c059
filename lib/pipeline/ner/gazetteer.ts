// Lists of known entity names by type (mined from training data), matched over lowercased tokens with a word trie.

interface TrieNode {
  /** Bit t set = the phrase ending here is a known name of entity type t (ENTITY_TYPES order). */
  mask: number;
  next?: Map<string, TrieNode>;
  entry?: GazetteerEntry;
}

export interface GazetteerEntry {
  /** Lowercased tokens of the name. */
  words: string[];
  mask: number;
}

/** Match positions inside a name, for the per-token bit mask: bit type * 4 + position. */
const BEGIN = 0, INSIDE = 1, END = 2, SINGLE = 3;

export class Gazetteer {
  private readonly root = new Map<string, TrieNode>();
  readonly entries: GazetteerEntry[] = [];

  add(words: string[], mask: number): void {
    if (!words.length || !mask) return;
    let level = this.root;
    let node: TrieNode | undefined;
    for (const w of words) {
      node = level.get(w);
      if (!node) level.set(w, (node = { mask: 0 }));
      level = node.next ??= new Map();
    }
    if (!node!.entry) this.entries.push((node!.entry = { words, mask: 0 }));
    node!.mask |= mask;
    node!.entry.mask = node!.mask;
  }

  /**
   * For each token in lower[from, to), a bit mask of the names covering it: type * 4 + (begin/inside/end/single).
   * Every match counts, not only the longest, so "New York" inside "New York Stock Exchange" still shows as a place.
   */
  match(lower: readonly string[], from: number, to: number, out: Int32Array): void {
    for (let i = from; i < to; i++) out[i] = 0;
    for (let i = from; i < to; i++) {
      let level: Map<string, TrieNode> | undefined = this.root;
      for (let j = i; j < to && level; j++) {
        const node = level.get(lower[j]);
        if (!node) break;
        if (node.mask) markSpan(out, i, j + 1, node.mask);
        level = node.next;
      }
    }
  }
}

function markSpan(out: Int32Array, start: number, end: number, mask: number): void {
  for (let t = 0; t < 4; t++) {
    if (!(mask & (1 << t))) continue;
    if (end - start === 1) { out[start] |= 1 << (t * 4 + SINGLE); continue; }
    out[start] |= 1 << (t * 4 + BEGIN);
    for (let k = start + 1; k < end - 1; k++) out[k] |= 1 << (t * 4 + INSIDE);
    out[end - 1] |= 1 << (t * 4 + END);
  }
}

/** One line per name: hex mask, a space, the lowercased name (tokens joined by single spaces). */
export function serialiseGazetteer(g: Gazetteer): string {
  return g.entries.map((e) => `${e.mask.toString(16)} ${e.words.join(' ')}`).join('\n');
}

export function parseGazetteer(text: string): Gazetteer {
  const g = new Gazetteer();
  for (const line of text.split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0) g.add(line.slice(space + 1).split(' '), parseInt(line.slice(0, space), 16));
  }
  return g;
}
