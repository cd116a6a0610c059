// Descriptive noun phrases that refer back to a named actor: "the alliance" after NATO, "the bloc" after the EU,
// "the ministry" after the Ukrainian foreign ministry. Each links to the latest actor that noun can describe.
import type { ActorRef, Candidate, LinkContext } from './candidate';
import { candidateFromTokens, isCapitalised } from './candidate';

/** Longest descriptive phrase after "the", in tokens ("27-nation bloc" is 4). */
const MAX_PHRASE_TOKENS = 4;
/** A descriptor reaches back at most this many sentences; further back the reader has lost the thread. */
const MAX_SENTENCE_GAP = 8;

export function findDescriptorMentions(ctx: LinkContext, candidates: Candidate[]): Candidate[] {
  const { tokens, text } = ctx.doc;
  const latest = new Map<string, { ref: ActorRef; sentence: number }>();
  const found: Candidate[] = [];
  let next = 0;
  let coveredUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    while (next < candidates.length && candidates[next].tokenStart <= i) {
      const c = candidates[next++];
      coveredUntil = Math.max(coveredUntil, c.tokenEnd);
      for (const d of c.ref?.descriptors ?? []) latest.set(d, { ref: c.ref!, sentence: tokens[c.tokenStart].sentence });
    }
    if (ctx.lower[i] !== 'the' || i < coveredUntil || latest.size === 0) continue;
    for (let len = Math.min(MAX_PHRASE_TOKENS, tokens.length - i - 1); len >= 1; len--) {
      const end = i + 1 + len;
      if (tokens[end - 1].sentence !== tokens[i].sentence) continue;
      const phrase = text.slice(tokens[i + 1].start, tokens[end - 1].end).toLowerCase();
      const antecedent = latest.get(phrase);
      if (!antecedent || tokens[i].sentence - antecedent.sentence > MAX_SENTENCE_GAP) continue;
      // "the Alliance for Democracy", "the bank of Japan": the noun heads another name, not a reference back.
      const after = tokens[end];
      if (after && after.sentence === tokens[i].sentence && (isCapitalised(after.text) || ctx.lower[end] === 'of')) break;
      const c = candidateFromTokens(ctx.doc, i, end, 'ORG', 'coreference');
      c.ref = antecedent.ref;
      found.push(c);
      i = end - 1;
      break;
    }
  }
  return found;
}
