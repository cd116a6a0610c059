// Word shapes: "Clinton" -> "Xxxxx"/"Xx", "1996-08-22" -> "dddd-dd-dd"/"d-d-d", so unseen words still carry their form.

function charClass(c: string): string {
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= '0' && c <= '9') return 'd';
  if (c.toLowerCase() !== c) return 'X';
  if (c.toUpperCase() !== c) return 'x';
  return c;
}

/** Shape with runs of one class capped at four characters ("Xxxx" for every long capitalised word). */
export function longShape(word: string): string {
  let out = '';
  let run = 0;
  let last = '';
  for (const ch of word) {
    const c = charClass(ch);
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += c;
  }
  return out;
}

/** Shape with every run collapsed to one character ("Xx", "X.X.", "d-d"). */
export function shortShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = charClass(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

export const hasUpper = (w: string) => w.toLowerCase() !== w;
export const hasLower = (w: string) => w.toUpperCase() !== w;
/** Starts with a capital letter (also true for all-caps words). */
export const isCapitalised = (w: string) => w.length > 0 && w[0].toLowerCase() !== w[0];
export const isAllCaps = (w: string) => hasUpper(w) && !hasLower(w);
export const isLowerWord = (w: string) => hasLower(w) && !hasUpper(w);
