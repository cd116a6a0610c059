// "“…,” Cecelia Purner, 67, a retired teacher in Allentown, Pa., said": a speaker and its asides between a quote and its cue.
import type { ClaimContext } from './cue-claims';
import type { TokenRange } from './source-span';
import { CLOSING_QUOTES, startsSourcePhrase } from './clause-words';
import { isFiniteVerb, isNoun, isPronoun } from '../syntax';
import { isQuoteMark } from './words';

/** Longest stretch (tokens) between a quote and its cue that is still read as one speaker phrase. */
const MAX_CHAIN_TOKENS = 30;
const RELATIVES = new Set(['who', 'which', 'that', 'whose']);

/**
 * The quote closing just before the speaker phrase that ends at the comma before `cueFirst`, and that phrase, when
 * nothing between them but names, ages and descriptions: no tensed verb, no other quote. The word-level source reader
 * stops at the first comma it cannot explain ("in Allentown, Pa.,"), and then took the place for the speaker and the
 * words after the cue for the content.
 */
export function speakerChainAfterQuote(ctx: ClaimContext, cueFirst: number, s0: number): { quote: number; source: TokenRange } | null {
  const { tokens } = ctx.doc;
  if (cueFirst - 1 <= s0 || tokens[cueFirst - 1].text !== ',') return null;
  const lo = Math.max(0, s0 - 1, cueFirst - MAX_CHAIN_TOKENS);
  let b = cueFirst - 2;
  while (b >= lo && !isQuoteMark(tokens[b].text)) b--;
  if (b < lo || !CLOSING_QUOTES.has(tokens[b].text)) return null;
  const q = ctx.quoteOf[b];
  if (q < 0 || ctx.quotes[q].end !== tokens[b].end) return null;
  // A quote from the sentence before counts only in the same paragraph ("“…?” Purner, 67, …, asked.").
  if (b < s0 && ctx.doc.sentences[tokens[b].sentence].paragraph !== ctx.doc.sentences[tokens[s0].sentence].paragraph) return null;
  let first = b + 1;
  if (tokens[first].text === ',') first++;
  const last = cueFirst - 2;
  // One comma at least ("“…,” Trump, the front-runner in South Carolina by a wide margin, said"): without one, the
  // word-level reader already has the speaker.
  let commas = 0;
  for (let k = first; k <= last; k++) if (tokens[k].text === ',') commas++;
  if (commas < 1 || last <= first || !startsSourcePhrase(tokens[first].text)) return null;
  if (clauseIn(ctx, first, last)) return null;
  return { quote: q, source: { first, last } };
}

/**
 * Whether a tensed verb with a subject of its own stands in the chain ("“…,” Smith said, and Jones, the mayor, agreed").
 * A verb after a relative pronoun or a conjunction describes the speaker: "who was among those polled", "now 81 and
 * retired in Cambridge".
 */
function clauseIn(ctx: ClaimContext, first: number, last: number): boolean {
  const tags = ctx.tags;
  if (!tags) return false;
  for (let k = first + 1; k <= last; k++) {
    const subject = isNoun(tags.pos[k - 1]) || (isPronoun(tags.pos[k - 1]) && !RELATIVES.has(ctx.doc.tokens[k - 1].text.toLowerCase()));
    if (isFiniteVerb(tags.pos[k]) && subject) return true;
  }
  return false;
}
