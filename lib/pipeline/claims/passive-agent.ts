// Where a passive cue names its agent: "was criticized by X", "has been attacked on the speeches by X".
import type { Token } from '../document';
import { isVerb, type SyntaxTags } from '../syntax';
import { isWordToken } from './words';

/** Longest phrase between a passive cue and its "by" ("on Monday", "on the speeches"). */
const MAX_BEFORE_BY = 5;
/** Words after which "by" no longer names the agent of the cue ("attacked for remarks made by X"). */
const CLAUSE_WORDS = new Set(['that', 'to', 'for', 'over', 'because', 'who', 'which', 'and', 'but', 'as']);

/**
 * Index of the "by" that names the agent of a passive cue ending before `after`, or -1. A verb in between opens a
 * phrase of its own ("asked during a luncheon held by X"): its "by" is that verb's agent.
 */
export function agentBy(tokens: readonly Token[], after: number, s1: number, tags?: SyntaxTags): number {
  for (let k = after; k < Math.min(s1, after + MAX_BEFORE_BY + 1); k++) {
    const w = tokens[k].text.toLowerCase();
    if (w === 'by') return k + 1 < s1 ? k : -1;
    if (!isWordToken(tokens[k].text) || CLAUSE_WORDS.has(w) || (tags && isVerb(tags.pos[k]))) return -1;
  }
  return -1;
}
