// Middle initials in a person's name ("Donald J. Trump", "Robert M. Danin"): the tokenizer splits "J." into a letter and
// a full stop, and the tagger then reads two names; the person is one, written with or without the initial.
import type { Token } from '../document';

const INITIAL_WORD = /^(?:\p{Lu}\.)+$/u;

/** The name without its middle initials: "Donald J. Trump" -> "Donald Trump"; a name of two words stays as it is. */
export function withoutInitials(name: string): string {
  const words = name.split(' ');
  if (words.length < 3) return name;
  const kept = words.filter((w, i) => i === 0 || i === words.length - 1 || !INITIAL_WORD.test(w));
  return kept.length === words.length ? name : kept.join(' ');
}

/**
 * Whether tokens [from, to) are only middle initials with their full stops ("M ."), where `from - 1` ends the first
 * part of the name (itself an initial's letter when the tagger kept "Donald J" and left the full stop out).
 */
export function onlyInitialsBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.text === '.') {
      const letter = tokens[k - 1];
      if (!letter || !/^\p{Lu}$/u.test(letter.text) || letter.end !== t.start) return false;
    } else if (!/^\p{Lu}$/u.test(t.text) || tokens[k + 1]?.text !== '.') return false;
  }
  return true;
}
