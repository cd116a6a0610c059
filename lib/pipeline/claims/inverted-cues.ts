// Claims whose speaker follows the cue: "…, said Karine Jean-Pierre.", "“…,” says the minister.", "“Why?” asked the minister."
import type { Cue } from './cues';
import type { ClaimDraft } from './draft';
import type { ClaimContext } from './cue-claims';
import { sourceAfter } from './source-span';
import { STANCE_CUE_WORDS } from '../knowledge/stance-cues';
import { CLAUSE_REPORTING_CUES, LISTENER_CUES, OBJECT_CUES, PRONOUNS } from './words';
import { bareSubjectBefore } from './content-bounds';
import { contentAfter, contentBefore, type Sent } from './content-sides';
import { isTimePhrase } from './time-phrases';
import { holdsVerb } from './shared-subject';
import { CLOSING_QUOTES, bareNounPhrase, describesAfterQuote, finiteClauseIn, infinitiveIn, startsSourcePhrase, tailAfterQuoteCloses, tailCloses, withApposition } from './clause-words';

/**
 * The draft of an inverted cue, null when the inversion says nothing, or undefined when the cue is not inverted (the
 * caller reads it the usual way). `after` is the token after the cue; `prevText` the token before it.
 */
export function invertedCueDraft(ctx: ClaimContext, cue: Cue, sent: Sent, after: number, prevText: string): ClaimDraft | null | undefined {
  const { tokens } = ctx.doc;
  const { s0, s1 } = sent;
  const head = tokens[cue.head].text.toLowerCase();
  // Inversion: "..., said Karine Jean-Pierre." / "“...,” says the minister." The source must look like a name or a description.
  // A participle is never inverted: in ", calling it dangerous" the words after it are what was said.
  // Nor a stance verb: "Democrats, meanwhile, praised the decision" praises its object; nor "told" ("…,” Ramos told AFP.")
  // or "called" ("Ana Ruiz, the family's lawyer, called the ruling a travesty").
  if ((prevText === ',' || CLOSING_QUOTES.has(prevText)) && !/ing$/.test(head) && !STANCE_CUE_WORDS.has(head) && !LISTENER_CUES.has(head) && !OBJECT_CUES.has(head) && after < s1 && (startsSourcePhrase(tokens[after].text) || describesAfterQuote(ctx, prevText, after) || (CLAUSE_REPORTING_CUES.has(head) && bareNounPhrase(ctx, after)))) {
    const source = sourceAfter(tokens, after, s1);
    // "…, says she identifies as an independent": a pronoun opening more words is the subject of what was said.
    const pronounClause = !!source && source.last > source.first && PRONOUNS.has(tokens[source.first].text.toLowerCase());
    // "The report, ..., said the economy grew": a phrase holding a verb is a clause, not an inverted speaker.
    // Nor is a day: in "..., R-Ky., said Tuesday." the speaker comes before the cue.
    // A participle modifies the name ("says a source involved in its creation"); only a tensed verb makes a clause.
    // Right after a quote the words are the speaker whatever the tagger says ("said Cruz constituent/VBD Dan Golvach").
    if (source && !pronounClause && !isTimePhrase(tokens, source) && (CLOSING_QUOTES.has(prevText) || !finiteClauseIn(ctx, source.first, source.last + 1, false)) && (tailCloses(tokens, source.last + 1, s1) || (CLOSING_QUOTES.has(prevText) && tailAfterQuoteCloses(ctx, source.last + 1, s1))) && !infinitiveIn(ctx, source.last + 1, s1, true)) {
      const described = withApposition(ctx, source, s1);
      let d = contentBefore(ctx, cue, described ?? source, cue.first - 1, sent);
      // "The combination, say economists, marks a journey …": the clause goes on after the inverted speaker.
      const resume = (described ?? source).last + 2;
      const parenthetical = !!d && tokens[resume - 1]?.text === ',' && bareSubjectBefore(ctx, s0, cue.first - 1, resume, s1);
      if (d && parenthetical) d = { ...d, end: contentAfter(ctx, cue, null, resume, s1)?.end ?? d.end };
      // "“…,” said O'Neill, on what was his first full day": right after a quote the inverted name is the speaker; so is
      // the name set off between a subject and its verb.
      return d && (described || parenthetical || CLOSING_QUOTES.has(prevText)) ? { ...d, sureSource: true } : d;
    }
  }

  // "“Why would we agree?” asked the minister.": the question mark ended the quote's sentence, so the inverted cue
  // opens a sentence of its own; the quote just before it is the content.
  if (cue.first === s0 && quoteEndsBefore(ctx, s0) && after < s1 && startsSourcePhrase(tokens[after].text)) {
    const q = ctx.quoteOf[s0 - 1];
    const source = sourceAfter(tokens, after, s1);
    if (q >= 0 && ctx.quotes[q].end === tokens[s0 - 1].end && source && !holdsVerb(ctx, source)) return { start: ctx.quotes[q].start, end: ctx.quotes[q].end, cue, source, sureSource: true };
  }
  return undefined;
}

/** A quote closes the sentence before `s0` in the same paragraph: "“…?” Graham asked." (not "“…”\n\nThe campaign declined to comment."). */
export function quoteEndsBefore(ctx: ClaimContext, s0: number): boolean {
  const { tokens, sentences } = ctx.doc;
  return s0 > 0 && CLOSING_QUOTES.has(tokens[s0 - 1].text) && sentences[tokens[s0 - 1].sentence].paragraph === sentences[tokens[s0].sentence].paragraph;
}
