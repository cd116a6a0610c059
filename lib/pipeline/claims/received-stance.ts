// "The plan has drawn sharp criticism from environmentalists": a stance the subject received, spoken by whoever gave it.
import type { Cue } from './cues';
import type { ClaimContext } from './cue-claims';
import type { ClaimDraft } from './draft';
import type { Sent } from './content-sides';
import type { Token } from '../document';
import { nounPhraseEndingAt, sourceAfter } from './source-span';

/** Verbs of receiving ("drew", "faced", "won") whose object noun is a stance given by someone else. */
const RECEIVING = new Set(
  ('draw draws drew drawn drawing face faces faced facing receive receives received receiving attract attracts attracted ' +
    'spark sparks sparked win wins won earn earns earned garner garners garnered').split(' '),
);
/** Nouns of a stance given ("criticism", "praise"); the polarity comes from the noun, which joins the cue phrase. */
const STANCE_NOUNS = new Set(
  ('criticism criticisms condemnation praise support backing opposition backlash rebuke rebukes scorn applause ' +
    'endorsement endorsements complaints complaint objections protests ridicule fire').split(' '),
);
/** Adjectives allowed between the verb and the noun ("sharp", "widespread", "overwhelming"). */
const MAX_ADJECTIVES = 2;

/**
 * The draft for "<subject> drew <stance noun> from <source>": the subject is the content (what the stance is about),
 * the source speaks, and the cue phrase runs to the noun so the stance stage reads its polarity. Null otherwise.
 */
export function receivedStance(ctx: ClaimContext, cue: Cue, sent: Sent): ClaimDraft | null {
  const { tokens } = ctx.doc;
  const noun = stanceNounAfter(tokens, cue.head);
  if (noun < 0 || noun >= sent.s1) return null;
  const source = sourceAfter(tokens, noun + 2, sent.s1);
  const subject = cue.first > sent.s0 ? nounPhraseEndingAt(tokens, cue.first - 1, sent.s0) : null;
  if (!source || !subject) return null;
  // Like the stance predicates, a hand-listed construction: the claim filter, trained on the classifier's cues, does not judge it.
  return { start: tokens[subject.first].start, end: tokens[subject.last].end, cue: { head: cue.head, first: cue.first, last: noun }, source, sureSource: true };
}

/** For a receiving verb at `i` ("drew"), the stance noun it takes with a "from" after it ("sharp criticism from"), or -1. */
export function stanceNounAfter(tokens: readonly Token[], i: number, lower = tokens[i].text.toLowerCase()): number {
  if (!RECEIVING.has(lower)) return -1;
  for (let k = i + 1; k <= i + 1 + MAX_ADJECTIVES && k + 1 < tokens.length && tokens[k + 1].sentence === tokens[i].sentence; k++) {
    if (STANCE_NOUNS.has(tokens[k].text.toLowerCase())) return tokens[k + 1].text.toLowerCase() === 'from' ? k : -1;
  }
  return -1;
}
