// Where the content after a cue starts: past an aside, a listener, a colon intro, an object before "that", or a time.
import type { ClaimContext } from './cue-claims';
import { afterColonIntro, afterListener } from './content-bounds';
import { OPENING_QUOTES, finiteClauseIn, skipComma } from './clause-words';
import { afterTimePhrase } from './time-phrases';
import { isWordToken } from './words';

/** Object phrases allowed between a cue and its "that" ("told reporters on Monday that"). */
const MAX_OBJECT_TOKENS = 7;
/** Participles that introduce the words of an object ("a statement saying"). */
const SAYING = new Set(['saying', 'stating', 'declaring']);
/** Objects that carry words of their own; "flipped her position, saying …" keeps its own subject's claim. */
const MESSAGES = new Set(['statement', 'statements', 'letter', 'message', 'memo', 'note', 'report', 'tweet', 'post', 'email', 'release', 'video', 'ad', 'advertisement', 'notice', 'order', 'ruling', 'filing', 'response', 'reply']);
/** Sentence adverbs set off by commas right after a cue ("cautioned, however, that"). */
const ASIDES = new Set(['however', 'though', 'meanwhile', 'moreover', 'nevertheless', 'nonetheless', 'instead', 'too', 'also', 'again']);

/** The first token of what a cue with head word `head` reports, starting the search at `a` (right after the cue). */
export function contentStart(ctx: ClaimContext, head: string, a: number, s1: number): number {
  const { tokens } = ctx.doc;
  // "The authors cautioned, however, that …": the aside between the cue and its content is neither.
  if (a + 2 < s1 && ASIDES.has(tokens[a].text.toLowerCase()) && tokens[a + 1].text === ',') a += 2;
  if (OPENING_QUOTES.has(tokens[a].text)) return a;
  a = afterColonIntro(ctx, afterListener(ctx, head, a, s1), s1);
  if (a >= s1) return a;
  if (!OPENING_QUOTES.has(tokens[a].text)) a = afterObject(ctx, a, s1);
  // "The Kremlin said on Friday it had no information": the time says when, the clause after it what.
  const b = afterTimePhrase(tokens, a, s1);
  return b > a && b < s1 && finiteClauseIn(ctx, b, s1, false) ? skipComma(tokens, b) : a;
}

/** "told reporters on Monday that …", "issued a statement Tuesday saying, “…”": the object before what was said. */
function afterObject(ctx: ClaimContext, a: number, s1: number): number {
  const { tokens } = ctx.doc;
  for (let k = a; k < Math.min(s1, a + MAX_OBJECT_TOKENS); k++) {
    const w = tokens[k].text.toLowerCase();
    if (w === 'that') return k;
    // What was said follows the participle that names the object's words.
    if (SAYING.has(w) && k > a && tokens.slice(a, k).some((t) => MESSAGES.has(t.text.toLowerCase()))) return afterColonIntro(ctx, skipComma(tokens, k + 1), s1);
    if (!isWordToken(tokens[k].text) && !(w === ',' && SAYING.has(tokens[k + 1]?.text.toLowerCase() ?? ''))) break;
  }
  return a;
}
