// Judges each claim draft as a whole (cue, source, content) and drops the ones unlikely to be reported speech or belief.
import type { Mention } from '../document';
import { CLAIM_FILTER_MODEL, CLAIM_FILTER_THRESHOLD } from '../knowledge/claim-filter-model';
import { throughMessage } from './content-start';
import type { ClaimContext } from './cue-claims';
import type { ClaimDraft } from './draft';
import { HashedWeights, ScoreSink, type FeatureSink } from './hashed-weights';
import { lowerBound } from '../lower-bound';
import { POS_TAGS } from '../syntax';
import { PRONOUNS, countWords, isCapitalised, isQuoteMark, isWordToken } from './words';

/** A draft is kept when its score clears this; chosen by cross-validation and written with the model (scripts/derive-claim-filter.ts). */
export { CLAIM_FILTER_THRESHOLD };

const bucket = (n: number): string => (n <= 2 ? String(n) : n <= 4 ? '3-4' : n <= 8 ? '5-8' : n <= 16 ? '9-16' : n <= 32 ? '17-32' : '33+');
const bool = (b: boolean): string => (b ? 'true' : 'false');

/** Whether a tagged or linked mention lies inside [start, end). `mentions` are sorted by start. */
function hasMention(mentions: readonly Mention[], start: number, end: number): boolean {
  const k = lowerBound(mentions, (m) => m.start >= start);
  return k < mentions.length && mentions[k].end <= end;
}

/**
 * Features of a whole draft, emitted to `out` as parts of their names (hashed-weights.ts); shared with the trainer.
 * The source's kind is two parts, a class and, for a pronoun, the word ("pron:" "he"), so no name is built here.
 */
export function claimFeatures(out: FeatureSink, ctx: ClaimContext, d: ClaimDraft): void {
  const { doc, tokens } = ctx;
  const text = doc.text;
  const words = bucket(countWords(text, d.start, d.end));
  out.emit('b');
  out.emit('words=', words);
  const firstChar = text[d.start] ?? '';
  const quoteLed = isQuoteMark(firstChar);
  const quoteEnd = isQuoteMark(text[d.end - 1] ?? '');
  out.emit('quote=', bool(quoteLed), ',', bool(quoteEnd));
  const firstWord = /^\p{L}+/u.exec(text.slice(d.start, d.start + 20))?.[0]?.toLowerCase() ?? '';
  const firstClass = quoteLed ? 'Q' : firstWord === 'that' || firstWord === 'to' || firstWord === 'for' || firstWord === 'of' ? firstWord : isCapitalised(text[d.start] ?? '') ? 'Cap' : 'w';
  out.emit('first=', firstClass);
  // The part of speech content opens with: a clause or a quote is reported; "in a storm" after "sank" is not.
  const firstTok = lowerBound(tokens, (t) => t.start >= d.start);
  const firstPos = ctx.tags && firstTok < tokens.length ? POS_TAGS[ctx.tags.pos[firstTok]] : 'X';
  out.emit('fpos=', firstPos);
  const src = d.source ?? d.inheritedSource ?? null;
  let srcClass = 'none';
  let srcWord = '';
  if (src) {
    const s = tokens[src.first];
    const w = s.text.toLowerCase();
    if (src.first === src.last && PRONOUNS.has(w)) {
      srcClass = 'pron:';
      srcWord = w;
    } else srcClass = hasMention(doc.mentions, s.start, tokens[src.last].end) ? 'mention' : isCapitalised(s.text) ? 'Cap' : 'low';
    out.emit('srclen=', bucket(src.last - src.first + 1));
  }
  out.emit('src=', srcClass, srcWord);

  out.emit('inherited=', bool(!d.source && !!d.inheritedSource));
  if (!d.cue) {
    out.emit('nocue');
    out.emit('nocue,words=', words);
    out.emit('nocue,src=', srcClass, srcWord);
    return;
  }
  const head = tokens[d.cue.head];
  const cw = head.text.toLowerCase();
  const after = bool(head.start >= d.end);
  const score = d.cue.score;
  out.emit('cue=', cw);
  out.emit('cue,src=', cw, ',', srcClass === 'pron:' ? 'pron' : srcClass);
  out.emit('cue,after=', cw, ',', after);
  out.emit('after,quote=', after, ',', bool(quoteLed));
  out.emit('cuelen=', String(d.cue.last - d.cue.first + 1));
  out.emit('score=', score === undefined ? 'stance' : String(Math.max(-3, Math.min(3, Math.round(score / 4)))));
  out.emit('src,score=', srcClass === 'none' ? 'none' : 'some', ',', score === undefined ? 'stance' : bool(score > 0));
  out.emit('cue,words=', cw, ',', words);

  out.emit('cue,first=', cw, ',', firstClass, ',', after);
  // A headline or a caption has no sentence-final punctuation; PolNeAR annotates few claims there.
  const sentence = doc.sentences[head.sentence];
  const lastTok = tokens[sentence.tokenEnd - 1];
  out.emit('final=', bool(/[.?!”"’]/.test(lastTok.text)));
  out.emit('cap=', bool(isCapitalised(head.text) && head.start > sentence.start));
  if (!isWordToken(tokens[d.cue.first].text)) out.emit('cuepunct');
}

/** The filter model, decoded on first use. */
let scorer: ScoreSink | null = null;

/** Swaps in other weights (an evaluation's model for a fold that did not see the article); null restores the shipped ones. */
export function useFilterModel(weights: HashedWeights | null): void {
  scorer = weights ? new ScoreSink(weights) : null;
}

export function claimScore(ctx: ClaimContext, d: ClaimDraft): number {
  scorer ??= new ScoreSink(HashedWeights.decode(CLAIM_FILTER_MODEL));
  claimFeatures(scorer.reset(), ctx, d);
  return scorer.sum;
}

/** The drafts whose whole-claim score clears the threshold. */
export function filterClaims(ctx: ClaimContext, drafts: readonly ClaimDraft[], threshold = CLAIM_FILTER_THRESHOLD): ClaimDraft[] {
  // Cues the classifier did not score are not judged here: stance predicates ("remains opposed to", "pressed for")
  // come from a hand-checked list and carry the stances the side panel shows; a name and a colon opening a paragraph
  // (colon-claims.ts) is a turn of speech by construction.
  return drafts.filter((d) => (d.cue && d.cue.score === undefined) || throughMessage(ctx, d) || claimScore(ctx, d) > threshold);
}
