// Judges each claim draft as a whole (cue, source, content) and drops the ones unlikely to be reported speech or belief.
import type { Mention } from '../document';
import { CLAIM_FILTER_WEIGHTS } from '../knowledge/claim-filter-model';
import type { ClaimContext } from './cue-claims';
import type { ClaimDraft } from './draft';
import { lowerBound } from '../lower-bound';
import { PRONOUNS, countWords, isCapitalised, isQuoteMark, isWordToken } from './words';

/** A draft is kept when its score clears this; chosen by 5-fold cross-validation over PolNeAR train (scripts/derive-claim-filter.ts). */
export const CLAIM_FILTER_THRESHOLD = -5.5;

const bucket = (n: number): string => (n <= 2 ? String(n) : n <= 4 ? '3-4' : n <= 8 ? '5-8' : n <= 16 ? '9-16' : n <= 32 ? '17-32' : '33+');

/** Whether a tagged or linked mention lies inside [start, end). `mentions` are sorted by start. */
function hasMention(mentions: readonly Mention[], start: number, end: number): boolean {
  const k = lowerBound(mentions, (m) => m.start >= start);
  return k < mentions.length && mentions[k].end <= end;
}

/** Features of a whole draft; shared with the trainer. */
export function claimFeatures(ctx: ClaimContext, d: ClaimDraft): string[] {
  const { doc, tokens } = ctx;
  const text = doc.text;
  const words = countWords(text, d.start, d.end);
  const f = ['b', `words=${bucket(words)}`];
  const firstChar = text[d.start] ?? '';
  const quoteLed = isQuoteMark(firstChar);
  const quoteEnd = isQuoteMark(text[d.end - 1] ?? '');
  f.push(`quote=${quoteLed},${quoteEnd}`);
  const firstWord = /^\p{L}+/u.exec(text.slice(d.start, d.start + 20))?.[0]?.toLowerCase() ?? '';
  const firstClass = quoteLed ? 'Q' : firstWord === 'that' || firstWord === 'to' || firstWord === 'for' || firstWord === 'of' ? firstWord : isCapitalised(text[d.start] ?? '') ? 'Cap' : 'w';
  f.push(`first=${firstClass}`);
  const src = d.source ?? d.inheritedSource ?? null;
  let srcKind = 'none';
  if (src) {
    const s = tokens[src.first];
    const w = s.text.toLowerCase();
    srcKind = src.first === src.last && PRONOUNS.has(w) ? `pron:${w}` : hasMention(doc.mentions, s.start, tokens[src.last].end) ? 'mention' : isCapitalised(s.text) ? 'Cap' : 'low';
    f.push(`srclen=${bucket(src.last - src.first + 1)}`);
  }
  f.push(`src=${srcKind}`, `inherited=${!d.source && !!d.inheritedSource}`);
  if (!d.cue) {
    f.push('nocue', `nocue,words=${bucket(words)}`, `nocue,src=${srcKind}`);
    return f;
  }
  const head = tokens[d.cue.head];
  const cw = head.text.toLowerCase();
  const after = head.start >= d.end;
  const score = d.cue.score;
  f.push(
    `cue=${cw}`,
    `cue,src=${cw},${srcKind === 'none' ? 'none' : srcKind.startsWith('pron') ? 'pron' : srcKind}`,
    `cue,after=${cw},${after}`,
    `after,quote=${after},${quoteLed}`,
    `cuelen=${d.cue.last - d.cue.first + 1}`,
    `score=${score === undefined ? 'stance' : Math.max(-3, Math.min(3, Math.round(score / 4)))}`,
    `src,score=${srcKind === 'none' ? 'none' : 'some'},${score === undefined ? 'stance' : score > 0}`,
    `cue,words=${cw},${bucket(words)}`,
    `cue,first=${cw},${firstClass},${after}`,
  );
  // A headline or a caption has no sentence-final punctuation; PolNeAR annotates few claims there.
  const sentence = doc.sentences[head.sentence];
  const lastTok = tokens[sentence.tokenEnd - 1];
  f.push(`final=${/[.?!”"’]/.test(lastTok.text)}`, `cap=${isCapitalised(head.text) && head.start > sentence.start}`);
  if (!isWordToken(tokens[d.cue.first].text)) f.push('cuepunct');
  return f;
}

export function claimScore(ctx: ClaimContext, d: ClaimDraft): number {
  let s = 0;
  for (const x of claimFeatures(ctx, d)) s += CLAIM_FILTER_WEIGHTS[x] ?? 0;
  return s;
}

/** The drafts whose whole-claim score clears the threshold. */
export function filterClaims(ctx: ClaimContext, drafts: readonly ClaimDraft[], threshold = CLAIM_FILTER_THRESHOLD): ClaimDraft[] {
  // Stance predicates ("remains opposed to", "pressed for") come from a hand-checked list, not the cue classifier:
  // they carry the stances the side panel shows, so the filter, trained mostly on speech verbs, does not judge them.
  return drafts.filter((d) => (d.cue && d.cue.score === undefined) || claimScore(ctx, d) > threshold);
}
