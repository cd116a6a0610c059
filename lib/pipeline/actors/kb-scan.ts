// Finds knowledge-base names the tagger missed ("U.S.", "the Kremlin", "Ukrainian"), so known actors are never lost.
import type { EntityLabel } from '../document';
import type { KbHit, KnowledgeBase } from '../knowledge/knowledge-base';
import { TITLE_WORDS } from '../knowledge/lexicon';
import { type Candidate, candidateFromTokens, isCapitalised, type LinkContext } from './candidate';
import { splitHyphenatedDemonyms } from './tagger-spans';
import { longestKbMatch } from './kb-lookup';
import { isTimeWord } from '../claims/time-phrases';

/**
 * Knowledge-base names the tagger missed, or cut short ("European" of "European Council"): a form may start on a
 * tagged span and swallow it, but never ends inside one. Overlapping shorter spans are dropped later.
 */
export function scanKnowledgeBase(ctx: LinkContext, kb: KnowledgeBase, tagged: Candidate[]): Candidate[] {
  const { tokens } = ctx.doc;
  // For each token inside a tagged span, the end of that span; 0 outside spans.
  const spanEnd = new Int32Array(tokens.length);
  const spanStart = new Uint8Array(tokens.length);
  for (const c of tagged) {
    spanEnd.fill(c.tokenEnd, c.tokenStart, c.tokenEnd);
    spanStart[c.tokenStart] = 1;
  }
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if ((spanEnd[i] && !spanStart[i]) || !startsName(tokens[i].text) || ctx.isAllCapsSentence(tokens[i].sentence)) continue;
    const match = longestKbMatch(ctx, kb, i, tokens.length);
    if (!match && !spanEnd[i] && tokens[i].text.includes('-')) {
      splitHyphenatedDemonyms(kb, candidateFromTokens(ctx.doc, i, i + 1, 'MISC', 'knowledge'), found);
      continue;
    }
    if (!match && !spanEnd[i] && leaderOpeningSentence(ctx, kb, i)) {
      found.push(candidateFromTokens(ctx.doc, i, i + 1, 'PER', 'knowledge'));
      continue;
    }
    if (!match || match.hit.alsoPersonName) continue;
    // On a tagged span, only a longer form is news; and no form may end inside a tagged span.
    if (spanEnd[i] && match.end <= spanEnd[i]) continue;
    const lastEnd = spanEnd[match.end - 1];
    if ((lastEnd && lastEnd !== match.end) || !standsAlone(ctx, i, match.end, match.hit)) continue;
    found.push(candidateFromTokens(ctx.doc, i, match.end, labelOf(match.hit), 'knowledge'));
    i = match.end - 1;
  }
  return found;
}

/**
 * "Macron met Scholz in Berlin", "Erdogan and Putin met …": a well-known leader's surname opening a sentence, where its
 * capital says nothing and the tagger misses it, as the subject (a lowercase word, "and" or a comma follows). Not a
 * month (isTimeWord: "May said" would be Theresa May, "May saw" the month).
 */
/** Leader surnames that are also English words or common names ("Truss bridges", "Store sales", "Dan said"). */
const COMMON_SURNAMES = new Set(['truss', 'tusk', 'store', 'dan', 'pavel', 'un', 'jr.', 'johnson', 'khan', 'silva', 'morrison', 'bennett', 'fernandez', 'fernández', 'sanchez', 'sánchez', 'marcos', 'abe', 'sharif', 'herzog', 'lula']);

function leaderOpeningSentence(ctx: LinkContext, kb: KnowledgeBase, i: number): boolean {
  const { tokens } = ctx.doc;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if ((prev && prev.sentence === tokens[i].sentence) || !next || next.sentence !== tokens[i].sentence) return false;
  if (!kb.leaderSurnames.has(ctx.lower[i]) || isTimeWord(tokens[i].text) || COMMON_SURNAMES.has(ctx.lower[i])) return false;
  return next.text === ',' || ctx.lower[i + 1] === 'and' || /^\p{Ll}/u.test(next.text);
}

/** A form glued to other capitalised words is part of a longer name ("Washington Post", "New Mexico"). */
function standsAlone(ctx: LinkContext, from: number, to: number, hit: KbHit): boolean {
  const { tokens } = ctx.doc;
  const prev = tokens[from - 1];
  const next = tokens[to];
  const sentenceStart = !prev || prev.sentence !== tokens[from].sentence;
  if (!sentenceStart && isCapitalised(prev.text) && !TITLE_WORDS.has(ctx.lower[from - 1])) return false;
  // Demonyms are adjectives and naturally precede capitalised names ("American THAAD"); other forms must end the name.
  if (hit.role === 'demonym') return true;
  if (next && next.sentence === tokens[from].sentence && isCapitalised(next.text) && !TITLE_WORDS.has(ctx.lower[to])) return false;
  return true;
}

/** Knowledge-base forms start with a capital or a digit ("G7"). */
function startsName(token: string): boolean {
  const c = token.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 128 && isCapitalised(token));
}

function labelOf(hit: KbHit): EntityLabel {
  if (hit.role === 'demonym') return 'MISC';
  if (hit.entity.type === 'person') return 'PER';
  return hit.entity.type === 'organization' ? 'ORG' : 'LOC';
}
