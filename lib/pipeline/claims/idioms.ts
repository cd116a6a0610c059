// Set phrases built on a speech verb that report nobody's words ("Having said that", "asked not to be named").
import type { Token } from '../document';

const low = (tokens: readonly Token[], i: number, sentence: number): string =>
  i >= 0 && i < tokens.length && tokens[i].sentence === sentence ? tokens[i].text.toLowerCase() : '';

const IMPERATIVES = new Set(['tell', 'say', 'ask', 'imagine', 'consider', 'remember', 'note', 'read', 'share', 'watch', 'see', 'listen']);
/** "Continue reading the main story", "Keep reading": page furniture telling the reader to go on. */
const GO_ON = new Set(['continue', 'keep', 'start', 'begin']);
const IMPERATIVE_OBJECTS = new Set(['us', 'me', 'what', 'how', 'why', 'who', 'whether', 'that', 'this', 'the', 'your']);

/**
 * Whether the speech verb at `i` only links the writer's sentences: "That said,", "Having said that,",
 * "That being said,", "Needless to say,", "suffice it to say", "so to speak", "to say the least", "not to mention",
 * "asked not to be named", "declined to be named", "let’s say", and an imperative opening a sentence ("Tell us what you think",
 * "Continue reading the main story") and a newspaper's imprint line ("… appears in print on …").
 */
export function isDiscourseIdiom(tokens: readonly Token[], i: number): boolean {
  const s = tokens[i].sentence;
  const w = low(tokens, i, s);
  const prev = low(tokens, i - 1, s), prev2 = low(tokens, i - 2, s), next = low(tokens, i + 1, s);
  // "Having said that,": the participle is no cue either.
  if (w === 'having') return next === 'said' && low(tokens, i + 2, s) === 'that';
  if (w === 'said') {
    if (prev === 'that' && next === ',' && (i - 1 === 0 || tokens[i - 2].sentence !== s || prev2 === ',' || prev2 === 'all')) return true;
    if (prev === 'having' && next === 'that') return true;
    if (prev === 'being' && prev2 === 'that') return true;
    return false;
  }
  // "who asked not to be named": how a source spoke, not what (like "speaking on condition of anonymity").
  if ((w === 'asked' || w === 'requested') && next === 'not' && low(tokens, i + 2, s) === 'to' && low(tokens, i + 3, s) === 'be') return true;
  // "who declined to be named", "refused to be identified": the same request, put another way.
  if ((w === 'declined' || w === 'refused') && next === 'to' && low(tokens, i + 2, s) === 'be' && /^(?:named|identified|quoted)$/.test(low(tokens, i + 3, s))) return true;
  // "A version of this article appears in print on …": a newspaper's imprint line, not a claim.
  if ((w === 'appears' || w === 'appeared') && next === 'in' && low(tokens, i + 2, s) === 'print') return true;
  // "let’s say": a supposition, nobody's words.
  if (w === 'say' && (prev === '’s' || prev === "'s") && prev2 === 'let') return true;
  // "Tell us what you think.", "Say what you will about …": an imperative opening a sentence addresses the reader.
  // So do page furniture's "Read the full transcript", "Share this story" and "Continue reading the main story".
  if (IMPERATIVES.has(w) && (i === 0 || tokens[i - 1].sentence !== s) && IMPERATIVE_OBJECTS.has(next)) return true;
  if (/ing$/.test(w) && GO_ON.has(prev) && (i === 1 || tokens[i - 2].sentence !== s)) return true;
  if (prev !== 'to') return false;
  if (w === 'say') return prev2 === 'needless' || prev2 === 'it' || prev2 === 'so' || (next === 'the' && low(tokens, i + 2, s) === 'least');
  if (w === 'speak') return prev2 === 'so';
  if (w === 'mention') return prev2 === 'not';
  return false;
}
