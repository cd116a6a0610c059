// Turns each reporting cue into a claim draft: decides whether the content comes before or after the cue and where it ends.
import type { PipelineDoc } from '../document';
import type { Cue } from './cues';
import type { ClaimDraft } from './draft';
import type { QuoteSpan } from './quotes';
import { afterDateline, nounPhraseEndingAt, sentenceSubject, sourceAfter, sourceBefore, type NounPhraseReader } from './source-span';
import { STANCE_CUE_WORDS } from '../knowledge/stance-cues';
import { isQuoteMark } from './words';
import type { EndContext } from './content-end';
import { afterIsContent, afterListener, bareSubjectBefore, openingPhraseOnly, conjoinedSubject, contrastFollows, endAtClauseBreak } from './content-bounds';
import { contentAfter, contentBefore, type Sent } from './content-sides';
import { closingAttributionAt } from './closing-attributions';
import { accordingTo, quotedAsSaying } from './according-to';
import { speakerChainAfterQuote } from './speaker-chain';
import { agentBy, reducedPassive } from './passive-agent';
import { contentStart } from './content-start';
import { asReported, inTimeClause } from './as-reported';
import { receivedStance } from './received-stance';
import { invertedCueDraft, quoteEndsBefore } from './inverted-cues';
import type { SyntaxTags } from '../syntax';
import { openingParticiple, sharedSubject } from './shared-subject';
import { CLOSING_QUOTES, OPENING_QUOTES, settingTailComma, connectiveOnly, subordinateTail, isParticipleNext, tailAfterQuoteCloses, passiveAuxiliary, skipComma, tailCloses, quotedTitleEnd, infinitiveIn, finiteClauseIn } from './clause-words';

const SENTENCE_END = new Set(['.', '?', '!']);
// Cues whose source follows them ("according to the ministry", "citing officials").
const SOURCE_FOLLOWS = new Set(['according', 'citing']);
/** Prepositions after "speaking" that say where or to whom ("speaking on CNN", "speaking to reporters"), not what. */
const SPOKE_WHERE = new Set(['on', 'to', 'at', 'in', 'from', 'during', 'after', 'before', 'with', 'alongside', 'outside', 'inside', 'via', 'by']);

export interface ClaimContext extends EndContext {
  doc: PipelineDoc;
  quotes: QuoteSpan[];
  /** Parts of speech and phrase chunks, when the pipeline has the syntax model. */
  tags?: SyntaxTags;
  /** Per token, the kind of name it lies in (entity-kinds.ts), when the actors stage ran. */
  ents?: Uint8Array;
  /** Noun phrases from the phrase chunker, when the pipeline has one (the subject a second predicate shares). */
  nounPhrase?: NounPhraseReader;
  /** Picks the last token of content after a cue; the trained chooser unless a trainer records the choices instead. */
  chooseEnd?: (head: number, a: number, s1: number) => number;
}


export function draftFromCue(ctx: ClaimContext, cue: Cue): ClaimDraft | null {
  const { tokens, sentences } = ctx.doc;
  const sentence = sentences[tokens[cue.head].sentence];
  // A dateline ("LONDON —") is neither source nor content: the sentence starts after it.
  const sent: Sent = { s0: afterDateline(tokens, sentence.tokenStart, cue.first), s1: sentence.tokenEnd, end: sentence.tokenEnd };
  while (sent.s1 - 1 > sent.s0 && (SENTENCE_END.has(tokens[sent.s1 - 1].text) || isQuoteMark(tokens[sent.s1 - 1].text))) sent.s1--;
  const head = tokens[cue.head].text.toLowerCase();
  const { s0, s1 } = sent;

  // "Citing the attack, the senator said …": opening the sentence, "citing" is the next clause's subject's participle.
  if (SOURCE_FOLLOWS.has(head) && !(head === 'citing' && cue.first === s0)) return accordingTo(ctx, cue, sent);
  const special = asReported(ctx, cue, sent) ?? receivedStance(ctx, cue, sent);
  if (special) return special;
  if (inTimeClause(ctx, cue, sent)) return null;
  // "speaking on condition of anonymity", "The senator, speaking on CNN, said …": how or where a source spoke, not what.
  if (/^(speaking|spoke|spoken|speak|speaks)$/.test(head) && /^on condition\b/i.test(ctx.doc.text.slice(tokens[cue.last + 1]?.start ?? 0, (tokens[cue.last + 1]?.start ?? 0) + 12))) return null;
  // "Writing on Twitter, the senator called …": where the words appeared; the cue after the comma says what they were.
  if ((head === 'speaking' || head === 'writing') && SPOKE_WHERE.has(tokens[cue.last + 1]?.text.toLowerCase() ?? '')) return null;

  const after = cue.last + 1;
  const nextText = after < sent.end ? tokens[after].text : '.';
  const prevText = cue.first > s0 ? tokens[cue.first - 1].text : '';

  // "Kovacs was quoted by Reuters as saying that …": the subject spoke; whoever quoted it only reported it.
  const saying = head === 'quoted' ? quotedAsSaying(tokens, after, s1) : -1;
  if (saying >= 0) {
    // Grammar names the speaker: the ranker, which reads no "as saying", chose the newspaper after one retraining.
    const d = contentAfter(ctx, cue, sourceBefore(tokens, cue.first, s0), saying + 1, s1);
    return d?.source ? { ...d, sureSource: true } : d;
  }

  // Passive: "The plan was criticised by the senator", "She has been endorsed by ..." -> content is the subject,
  // source follows "by". The cue phrase already holds the auxiliaries, so the form of "be" is looked for inside it.
  // "was criticized on Monday by the Commission": a short phrase may stand between the cue and "by".
  const by = passiveAuxiliary(tokens, cue) && !/ing$/.test(head) ? agentBy(tokens, after, s1, ctx.tags) : -1;
  if (by >= 0) {
    const subject = nounPhraseEndingAt(tokens, cue.first - 1, s0);
    if (!subject) return null;
    return { start: tokens[subject.first].start, end: tokens[subject.last].end, cue, source: sourceAfter(tokens, by + 1, s1) };
  }
  // "Assad, opposed by the U.S., held on": the agent stands against the noun the participle describes.
  const reduced = cue.first === cue.head ? reducedPassive(tokens, cue.head, s0, s1, ctx.tags) : null;
  if (reduced) return { start: tokens[reduced.first].start, end: tokens[reduced.last].end, cue, source: reduced.agent, describing: true };

  // "…, said Karine Jean-Pierre.", "“Why would we agree?” asked the minister.": the speaker follows the cue.
  const inverted = invertedCueDraft(ctx, cue, sent, after, prevText);
  if (inverted !== undefined) return inverted;

  // ", viewing it as ..." / "and branded it ...": a participle or coordinated predicate has the sentence's subject.
  if ((prevText === ',' && /ing$/.test(head)) || (prevText.toLowerCase() === 'and' && STANCE_CUE_WORDS.has(head))) {
    const subject = sentenceSubject(tokens, s0, cue.first - 1, ctx.nounPhrase);
    return contentAfter(ctx, cue, subject, afterListener(ctx, head, skipComma(tokens, after), s1), s1);
  }

  let source = sourceBefore(tokens, cue.first, s0);
  // "Offering his analysis, pollster Pat Caddell said ...": an opening participle's subject follows its clause.
  const opening = source ? null : openingParticiple(ctx, cue, s0, s1);
  if (opening) {
    // Grammar names this speaker, so the source ranker does not second-guess it.
    const d = contentAfter(ctx, cue, opening.subject, after, opening.comma);
    return d && { ...d, sureSource: true };
  }
  if (!source && cue.first > s0) source = sharedSubject(ctx, cue, s0);
  // "…, a claim most economists reject.": a stance verb with no object closes a relative clause; it reports nothing.
  if (STANCE_CUE_WORDS.has(head) && after >= s1 && cue.first > s0 && !CLOSING_QUOTES.has(prevText)) return null;
  // A stance predicate ("has been highly critical of X", "are blaming X for") takes its object as content.
  if (STANCE_CUE_WORDS.has(head) && after < s1 && nextText !== ',') return endAtClauseBreak(ctx, contentAfter(ctx, cue, source, after, s1));
  if (source) source = conjoinedSubject(tokens, source, s0);
  const boundary = source ? source.first - 1 : cue.first - 1;
  const boundaryText = boundary >= s0 ? tokens[boundary].text : '';
  const afterQuote = boundary >= s0 && CLOSING_QUOTES.has(boundaryText) && ctx.quoteOf[boundary] >= 0;
  const quoteAt = after + (nextText === ',' || nextText === ':' ? 1 : 0);
  // A show's name in quote marks ("told “Fox and Friends” after …") opens no quote of what was said.
  const opensQuoteNext = OPENING_QUOTES.has(tokens[quoteAt]?.text ?? '') && quotedTitleEnd(tokens, quoteAt, s1) < 0;
  // "X, António Guterres, called on both sides to show restraint": words ending in an infinitive are the content.
  // "Speaking to the BBC, Vogel insisted the bloc would not back down": a tensed verb makes the words after a clause.
  const contrast = contrastFollows(tokens, after);
  const tailShort = contrast || (tailCloses(tokens, after, s1) && !infinitiveIn(ctx, after, s1, true) && !finiteClauseIn(ctx, after, s1));

  // "“…,” Cecelia Purner, 67, a retired teacher in Allentown, Pa., said in an interview.": the quote is the content,
  // also before a time clause ("said when Boyle asked him a question").
  const chain = (tailShort || tailAfterQuoteCloses(ctx, after, s1) || subordinateTail(tokens, after, s1)) && !opensQuoteNext ? speakerChainAfterQuote(ctx, cue.first, s0) : null;
  if (chain) return { start: ctx.quotes[chain.quote].start, end: ctx.quotes[chain.quote].end, cue, source: chain.source, sureSource: true };

  // "The plan, the BDI argued in a letter to lawmakers, would push …": a parenthetical cue with its setting.
  const setting = source && boundaryText === ',' ? settingTailComma(ctx, after, s1) : -1;
  const whole = setting > 0 && bareSubjectBefore(ctx, s0, boundary, setting + 1, s1) ? contentAfter(ctx, cue, source, setting + 1, s1) : null;
  if (whole) return { ...whole, start: tokens[s0].start };
  if (source && nextText !== ':') {
    // "“...,” she said, “...”": one claim across both halves of the interrupted quote.
    if (afterQuote && opensQuoteNext && nextText === ',') {
      const before = contentBefore(ctx, cue, source, boundary, sent);
      const q = ctx.quoteOf[after + 1];
      if (before && q >= 0) return { ...before, end: ctx.quotes[q].end };
    }
    // "“…,” the spokeswoman told POLITICO that …": a "that" clause after the cue is its content, not the quote before.
    if (afterQuote && !opensQuoteNext && tokens[afterListener(ctx, head, after, s1)]?.text.toLowerCase() !== 'that') return contentBefore(ctx, cue, source, boundary, sent);
    if (source.first === s0 && !opensQuoteNext && (tailShort || subordinateTail(tokens, after, s1)) && quoteEndsBefore(ctx, s0) && ctx.quoteOf[s0 - 1] >= 0) {
      // "“...?” Graham asked." split into two sentences by the question mark; "“…!” Susan said as she turned around." too.
      const q = ctx.quotes[ctx.quoteOf[s0 - 1]];
      return { start: q.start, end: q.end, cue, source };
    }
    // "Asked whether …, Ryan said, “Sure. …”": a quote opening after the cue is the content, whatever precedes.
    if ((boundaryText === ',' || boundaryText === '—' || boundaryText === '–') && !opensQuoteNext && (tailShort || isParticipleNext(tokens, after)) && !connectiveOnly(tokens, s0, boundary) && !openingPhraseOnly(ctx, s0, boundary, after, s1)) {
      const before = contentBefore(ctx, cue, source, boundary, sent);
      // "During his years in office, Mr. Obama said, a majority ..." -> the side with a clause, else the longer side, is
      // the content; "Climate change is to blame too, scientists think, with warming oceans ..." keeps the first.
      if (nextText === ',' && !contrast && !isParticipleNext(tokens, after) && before && afterIsContent(ctx, s0, boundary, after + 1, s1)) {
        const rest = contentAfter(ctx, cue, source, after + 1, s1);
        // "Loyalty, he noted, has long been a core tenet": the subject before the cue belongs to the clause after it.
        return rest && bareSubjectBefore(ctx, s0, boundary, after + 1, s1) ? { ...rest, start: before.start } : rest;
      }
      return before;
    }
  }

  let a = after;
  if (nextText === ',' && closingAttributionAt(ctx, after + 1, s1)) return null;
  if (nextText === ',' || nextText === ':') a++;
  if (a >= sent.end) {
    // "He declared:" closing a paragraph, then the quote on the next line.
    const q = a < tokens.length ? ctx.quoteOf[a] : -1;
    if (q >= 0 && ctx.quotes[q].start === tokens[a].start) return { start: ctx.quotes[q].start, end: ctx.quotes[q].end, cue, source };
    return null;
  }
  a = contentStart(ctx, head, a, s1);
  // "said that given the crop of candidates:\n\n“…”": the colon closed the paragraph; the quote below is the content.
  if (a >= s1 && ctx.quoteOf[a] >= 0) return { start: ctx.quotes[ctx.quoteOf[a]].start, end: ctx.quotes[ctx.quoteOf[a]].end, cue, source };
  const draft = contentAfter(ctx, cue, source, a, s1);
  return STANCE_CUE_WORDS.has(head) ? endAtClauseBreak(ctx, draft) : draft;
}
