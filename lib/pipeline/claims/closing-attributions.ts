// Attributions that close a sentence ("…, the minister said on Friday.", "…, according to a filing."): where the
// content of an earlier cue in the sentence must end.
import type { ClaimContext } from './cue-claims';
import { tailCloses } from './clause-words';
import { isWordToken } from './words';

/** Longest subject of a closing attribution ("the minister said on Friday"). */
const MAX_CLOSING_SUBJECT = 5;

/**
 * "The talks will resume, the minister said on Friday.": after a weak cue and its comma, a subject, another cue and a
 * tail close the sentence. Those words attribute the sentence; they are no content of the first cue.
 */
export function closingAttributionAt(ctx: ClaimContext, a: number, s1: number): boolean {
  const { tokens } = ctx;
  for (let k = a + 1; k < s1 && k <= a + MAX_CLOSING_SUBJECT; k++) {
    if (!isWordToken(tokens[k - 1].text) && tokens[k - 1].text !== '.') return false;
    if (ctx.cueHead[k]) return tailCloses(tokens, k + 1, s1);
  }
  return false;
}

/**
 * "Apple said it would cut 600 jobs, according to a filing with the state.": the closing "according to" attributes
 * the whole sentence to another source; the cue's content ends before it. Returns the new last token, or `e`.
 */
export function beforeAccordingTo(ctx: ClaimContext, a: number, e: number): number {
  const { tokens } = ctx.doc;
  for (let k = a + 1; k + 2 <= e; k++) {
    if (tokens[k].text === ',' && ctx.quoteOf[k] < 0 && tokens[k + 1].text.toLowerCase() === 'according' && tokens[k + 2].text.toLowerCase() === 'to') return k - 1;
  }
  return e;
}
