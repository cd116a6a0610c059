// Maps the pipeline's token forms onto the Penn Treebank forms the training corpus uses, so trained weights carry over:
// curly quotes and dashes to ASCII, and our "doesn" + "’t" split to Penn's "does" + "n't".

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const DOUBLE_QUOTES = /^[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]$/;

function asciiForm(word: string): string {
  if (word.length === 1) {
    if (DOUBLE_QUOTES.test(word) || word === '\u2039' || word === '\u203a') return '"';
    if (word === '\u2014' || word === '\u2015') return '--';
    if (word === '\u2013' || word === '\u2212') return '-';
    if (word === '\u2026') return '...';
  }
  // Plain ASCII words (almost all of them) skip the replace.
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return word.replace(SINGLE_QUOTES, "'");
  return word;
}

/** Penn-style forms of a token sequence; the array is aligned with the input (one form per token). */
export function pennForms(words: readonly string[]): string[] {
  const out = new Array<string>(words.length);
  for (let i = 0; i < words.length; i++) {
    const form = asciiForm(words[i]);
    out[i] = form;
    // "can" + "'t" -> "ca" + "n't", "isn" + "'t" -> "is" + "n't": Penn splits the negation before the n.
    if ((form === "'t" || form === "'T") && i > 0) {
      const prev = out[i - 1];
      const last = prev.charCodeAt(prev.length - 1);
      if (prev.length > 1 && (last === 110 || last === 78)) {
        out[i - 1] = prev.slice(0, -1);
        out[i] = (last === 78 ? 'N' : 'n') + form;
      }
    }
  }
  return out;
}
