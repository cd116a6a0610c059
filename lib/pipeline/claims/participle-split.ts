// A claim followed by ", adding that …" / ", claiming …" is two claims by one speaker, as news writing means them.
import type { Token } from '../document';
import type { ClaimDraft } from './draft';
import { CUE_LEXICON } from '../knowledge/cues-lexicon';

/** A participle reports on its own only when it mostly heads a cue in PolNeAR train (adding, saying, claiming, warning). */
const MIN_SHARE = 0.3;
export const reports = (w: string): boolean => {
  const e = CUE_LEXICON[w.toLowerCase()];
  return !!e && e[0] / e[1] >= MIN_SHARE;
};

/**
 * Ends a claim's content before a comma that opens another kept claim's participle cue running to the claim's end
 * ("said the plan was flawed, adding that it would cost jobs"). Before, the second claim was dropped as nested in the
 * first, and what was added read as part of the first statement. Drafts are changed in place, in any order.
 */
export function splitAtParticiples(tokens: readonly Token[], drafts: ClaimDraft[]): void {
  for (const b of drafts) {
    const cue = b.cue;
    if (!cue || cue.first < 1 || tokens[cue.first - 1].text !== ',' || !/ing$/i.test(tokens[cue.head].text) || !reports(tokens[cue.head].text)) continue;
    const comma = tokens[cue.first - 1];
    for (const a of drafts) {
      if (a === b || !a.cue || a.cue.head >= cue.head) continue;
      if (tokens[a.cue.head].sentence !== tokens[cue.head].sentence) continue;
      // A's content holds the comma and ends where B's does (or within it): B is A's tail.
      if (a.start < comma.start && a.end > comma.start && a.end <= b.end && b.start >= comma.end) a.end = comma.start;
    }
  }
}
