// Looks names up in the knowledge base by their exact text, then case-folded (acronyms only ever exactly).
import type { KbHit, KnowledgeBase } from '../knowledge/knowledge-base';
import type { LinkContext } from './candidate';

/** Longest knowledge-base form the scanner tries, in tokens ("Organization of the Petroleum Exporting Countries" is 6). */
export const MAX_FORM_TOKENS = 8;

export function kbLookup(kb: KnowledgeBase, text: string): KbHit | undefined {
  const spaced = text.includes('\n') || text.includes('  ') ? text.replace(/\s+/g, ' ') : text;
  return kb.exact.get(spaced) ?? kb.folded.get(spaced.toLowerCase());
}

/** The knowledge-base hit for tokens [from, to), or undefined. */
export function kbLookupTokens(ctx: LinkContext, kb: KnowledgeBase, from: number, to: number): KbHit | undefined {
  const { tokens, text } = ctx.doc;
  return kbLookup(kb, text.slice(tokens[from].start, tokens[to - 1].end));
}

/** Longest knowledge-base form starting at token `from` and ending before `limit`, with its end token. */
export function longestKbMatch(
  ctx: LinkContext, kb: KnowledgeBase, from: number, limit: number,
): { hit: KbHit; end: number } | undefined {
  if (!kb.firstWords.has(ctx.lower[from])) return undefined;
  const tokens = ctx.doc.tokens;
  const last = Math.min(limit, from + MAX_FORM_TOKENS);
  let best: { hit: KbHit; end: number } | undefined;
  for (let end = from + 1; end <= last; end++) {
    // A form never spans a sentence break or a paragraph break.
    if (tokens[end - 1].sentence !== tokens[from].sentence) break;
    const hit = kbLookupTokens(ctx, kb, from, end);
    if (hit) best = { hit, end };
  }
  return best;
}
