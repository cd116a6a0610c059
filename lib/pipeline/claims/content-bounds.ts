// Where content after a cue starts and stops around another party or predicate: past the listener of "told", before a second speaker or cue.
import type { Token } from '../document';
import type { ClaimContext } from './cue-claims';
import type { ClaimDraft } from './draft';
import { nounPhraseEndingAt, type TokenRange } from './source-span';
import { CLOSING_QUOTES, finiteClauseIn, startsSourcePhrase } from './clause-words';
import { lowerBound } from '../lower-bound';
import { LISTENER_CUES, isRelativePronoun, isWordToken } from './words';
import { isAdverb, isFiniteVerb, isNoun } from '../syntax';
import { holdsVerb } from './shared-subject';


/** Longest listener phrase skipped, in tokens. */
const MAX_LISTENER_TOKENS = 5;

/** After "told"-like cues, the first token past a short listener phrase followed by a clause; else `a`. */
export function afterListener(ctx: ClaimContext, head: string, a: number, s1: number): number {
  if (!LISTENER_CUES.has(head) || !ctx.nounPhrase) return a;
  const np = ctx.nounPhrase(a, s1);
  if (!np || np.first !== a || np.last - np.first >= MAX_LISTENER_TOKENS || np.last + 1 >= s1) return a;
  const next = ctx.doc.tokens[np.last + 1].text;
  // "telling reporters that ...": the content starts at "that".
  if (/^that$/i.test(next)) return np.last + 1;
  // "told them to leave", "told reporters about ...", "told the BBC." keep their words; a clause after the listener does not.
  if (!isWordToken(next) || /^(to|about|of|in|on|at|for|with|from)$/i.test(next)) return a;
  return np.last + 1;
}

/** Conjunctions after which a new subject and cue start a second speaker's claim. */
const SECOND_SPEAKER_AFTER = new Set(['while', 'whereas', 'but']);
/** How many tokens the second subject may take before its cue. */
const SECOND_SUBJECT_TOKENS = 6;

/**
 * "X called it “a victory,” while Representative Y said the fight was far from over": the content of X's cue ends
 * before the conjunction when a named or pronoun subject and an accepted cue follow it. Returns the new last token.
 */
export function beforeSecondSpeaker(ctx: ClaimContext, a: number, e: number): number {
  const { tokens } = ctx;
  for (let w = a + 2; w + 2 <= e; w++) {
    const conj = tokens[w].text.toLowerCase();
    // ", and Human Rights Watch urged …": after "and" only a name counts, since "and" also joins the content's own parts.
    if (!(SECOND_SPEAKER_AFTER.has(conj) || (conj === 'and' && (ctx.ents?.[w + 1] ?? 0) > 0)) || ctx.quoteOf[w] >= 0) continue;
    const before = tokens[w - 1].text;
    if (before !== ',' && !CLOSING_QUOTES.has(before)) continue;
    if (!startsSourcePhrase(tokens[w + 1].text)) continue;
    for (let k = w + 2; k <= Math.min(e, w + 1 + SECOND_SUBJECT_TOKENS); k++) {
      if (!isWordToken(tokens[k].text)) break;
      if (!ctx.cueHead[k]) continue;
      let last = w - 1;
      while (last > a && tokens[last].text === ',') last--;
      return last;
    }
  }
  return e;
}

/**
 * "To ease the threat, the officials said, the utility switched the covers, “so they cannot combust,” Mr. McHugh
 * said.": a quote inside the content that a second speaker's cue closes is that speaker's; the content ends before it.
 */
export function beforeQuotedSpeaker(ctx: ClaimContext, a: number, e: number): number {
  const { tokens } = ctx;
  for (let k = a + 2; k < e; k++) {
    const q = ctx.quoteOf[k];
    if (q < 0 || ctx.quotes[q].start !== tokens[k].start || tokens[k - 1].text !== ',') continue;
    let close = k;
    while (close <= e && ctx.quoteOf[close] === q) close++;
    if (close > e || !startsSourcePhrase(tokens[close].text)) return e;
    for (let c = close + 1; c <= Math.min(e, close + SECOND_SUBJECT_TOKENS); c++) {
      // "Mr. McHugh said": the full stop of a title stays in the name.
      if (!isWordToken(tokens[c].text) && tokens[c].text !== '.') break;
      if (ctx.cueHead[c]) return k - 2;
    }
    return e;
  }
  return e;
}

/**
 * "said it had cut flights through June and warned that the losses would …": the content stops before "and" when an
 * accepted tensed cue follows it, so the second predicate keeps a claim of its own. Returns the new last token.
 */
export function beforeSecondPredicate(ctx: ClaimContext, a: number, e: number): number {
  const { tokens } = ctx;
  for (let w = a + 2; w < e; w++) {
    if (tokens[w].text.toLowerCase() !== 'and' || ctx.quoteOf[w] >= 0) continue;
    const next = w + 1;
    if (!ctx.cueHead[next] || !ctx.tags || !isFiniteVerb(ctx.tags.pos[next])) continue;
    let last = w - 1;
    while (last > a && tokens[last].text === ',') last--;
    return last;
  }
  return e;
}

/** ", the ministry said, while the EU promised ...": a contrast clause after the cue's comma is a sentence of its own, not the content. */
export function contrastFollows(tokens: readonly Token[], after: number): boolean {
  return tokens[after]?.text === ',' && SECOND_SPEAKER_AFTER.has(tokens[after + 1]?.text.toLowerCase() ?? '');
}

/** Longest phrase between a cue and a colon that introduces its quote ("said in a letter to Abbott last month:"). */
const MAX_COLON_INTRO = 12;

/** "said in a letter to X last month: “…”": the content is the quote after the colon, not the circumstances before it. */
export function afterColonIntro(ctx: ClaimContext, a: number, s1: number): number {
  const { tokens } = ctx;
  for (let k = a; k < Math.min(s1, a + MAX_COLON_INTRO); k++) {
    const t = tokens[k].text;
    if (t === ':') return k + 1 < tokens.length && ctx.quoteOf[k + 1] >= 0 && ctx.quotes[ctx.quoteOf[k + 1]].start === tokens[k + 1].start ? k + 1 : a;
    if (!isWordToken(t) || ctx.quoteOf[k] >= 0 || (ctx.tags && isFiniteVerb(ctx.tags.pos[k]))) return a;
  }
  return a;
}

/** A stance predicate's content is its object: it ends at the first comma outside quotes ("opposed to X, with Y ..."). */
export function endAtClauseBreak(ctx: ClaimContext, d: ClaimDraft | null): ClaimDraft | null {
  if (!d) return d;
  const { tokens } = ctx.doc;
  // "nations that oppose radical ideology signed the pact": inside a relative clause, the main verb ends the object.
  const relative = !!d.source && !!ctx.tags && isRelativePronoun(tokens[d.source.last].text);
  for (let k = lowerBound(tokens, (t) => t.start >= d.start) + 1; k < tokens.length && tokens[k].end <= d.end; k++) {
    if ((tokens[k].text === ',' || tokens[k].text === ';') && ctx.quoteOf[k] < 0) return { ...d, end: tokens[k - 1].end };
    if (relative && isFiniteVerb(ctx.tags!.pos[k]) && isNoun(ctx.tags!.pos[k - 1]) && ctx.quoteOf[k] < 0) return { ...d, end: tokens[k - 1].end };
  }
  return d;
}

/** For a cue set off by commas mid-sentence: whether the words after it, rather than before, are what was said. */
export function afterIsContent(ctx: ClaimContext, s0: number, boundary: number, a: number, s1: number): boolean {
  const clauseBefore = finiteClauseIn(ctx, s0, boundary, false), clauseAfter = finiteClauseIn(ctx, a, s1, false);
  if (clauseBefore !== clauseAfter) return clauseAfter;
  return s1 - a > boundary - s0;
}

/** Longest bare subject before a parenthetical cue ("The combination, say economists, marks …"). */
const MAX_BARE_SUBJECT = 8;

/**
 * "Loyalty, he noted, has long been a core tenet …": the words before the parenthetical cue are only the subject of
 * the clause after it (no verb of their own, and that clause opens with its verb). The content is then the whole
 * sentence, as PolNeAR marks it, not the subject or the predicate alone.
 */
export function bareSubjectBefore(ctx: ClaimContext, s0: number, boundary: number, a: number, s1: number): boolean {
  const pos = ctx.tags?.pos;
  if (!pos || boundary <= s0 || boundary - s0 > MAX_BARE_SUBJECT || a >= s1 || finiteClauseIn(ctx, s0, boundary, false)) return false;
  if (ctx.quoteOf.slice(s0, boundary).some((q) => q >= 0)) return false;
  let k = a;
  while (k < s1 && isAdverb(pos[k])) k++;
  return k < s1 && isFiniteVerb(pos[k]);
}

/**
 * "…, teachers and union officials told POLITICO.": a subject joined by "and" after a comma is one subject, so the
 * clause before the comma stays the content (the word reader stops at "and" and left "POLITICO" as content).
 */
export function conjoinedSubject(tokens: readonly Token[], source: TokenRange, s0: number): TokenRange {
  const and = source.first - 1;
  if (and - 2 < s0 || !/^(?:and|or)$/i.test(tokens[and].text)) return source;
  const other = nounPhraseEndingAt(tokens, and - 1, s0);
  return other && other.first - 1 > s0 && tokens[other.first - 1].text === ',' ? { first: other.first, last: source.last } : source;
}

/** Nouns that sum up what was said, in an apposition closing the sentence (", a claim most economists reject"). */
const SUMMING_NOUNS = new Set(['claim', 'assertion', 'view', 'argument', 'charge', 'accusation', 'contention', 'notion', 'position', 'allegation', 'prediction', 'statement']);

/** "…that the tax cuts will pay for themselves, a claim most economists reject.": the content ends before the apposition. */
export function beforeSummingApposition(ctx: ClaimContext, a: number, e: number): number {
  const { tokens } = ctx;
  for (let k = a + 1; k + 2 <= e; k++) {
    if (tokens[k].text !== ',' || ctx.quoteOf[k] >= 0 || !/^(?:a|an|the)$/i.test(tokens[k + 1].text)) continue;
    if (SUMMING_NOUNS.has(tokens[k + 2].text.toLowerCase())) return k - 1;
  }
  return e;
}

/**
 * "In July, Trump called for a moratorium": the words before the comma are an opening phrase with no verb (a time,
 * a place, "Through a spokesman"), not reported content, when words follow the cue. Needs the syntax model.
 */
export function openingPhraseOnly(ctx: ClaimContext, s0: number, boundary: number, after: number, s1: number): boolean {
  if (!ctx.tags || after >= s1 || !isWordToken(ctx.doc.tokens[after].text) || boundary - 1 < s0) return false;
  return !holdsVerb(ctx, { first: s0, last: boundary - 1 }) && !ctx.quoteOf.slice(s0, boundary).some((q) => q >= 0);
}
