// Drops spans that are names but never actors: page furniture ("Comments"), calendar words, lowercase tagger slips,
// and weapon or product names ("the THAAD and Arrow systems").
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { GROUP_ADJECTIVES, NON_ACTOR_WORDS, TITLE_WORDS, WEAPON_HEADS, WEAPON_MODIFIERS } from '../knowledge/lexicon';
import { type Candidate, candidateFromTokens, isCapitalised, type LinkContext } from './candidate';
import { splitHyphenatedDemonyms } from './tagger-spans';
import { withoutInitials } from './initials';
import { kbLookup } from './kb-lookup';

const PARTY_AND_STATE = /^[RDI]-[A-Z][A-Za-z]{1,4}\.?$/;
/** How far right a weapon noun may sit after the name it classifies ("THAAD and Israeli-American Arrow systems"). */
const WEAPON_LOOKAHEAD = 6;

/** Keeps candidates in position order; a weapon name keeps the demonyms it opens with ("American THAAD"). */
export function dropNonActors(ctx: LinkContext, kb: KnowledgeBase, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (!/\p{L}/u.test(c.text)) continue;
    c.kb ??= kbLookup(kb, c.text) ?? personWithoutInitials(kb, c.text);
    if (c.kb) {
      out.push(c);
      continue;
    }
    const single = c.tokenEnd - c.tokenStart === 1;
    if (single && NON_ACTOR_WORDS.has(ctx.lower[c.tokenStart])) continue;
    // "(R-SC)", "D-Calif.": a lawmaker's party and state, not an organisation.
    if (PARTY_AND_STATE.test(c.text)) continue;
    // Latin letters but no capital at all: a tagger slip on an ordinary word.
    if (/[a-z]/.test(c.text) && !/\p{Lu}/u.test(c.text)) continue;
    if (c.text.includes('|') || mostlyFurniture(c) || isMenuRun(ctx, c)) continue;
    if (onlyTitles(ctx, c) || isPageChrome(ctx, c) || (single && isCapitalisedCommonWord(ctx, c)) || isTitleCaseHeadline(ctx, c)) continue;
    // "Muslims", "Western": group words are names but stand for no actor; kept as unlinked mentions.
    if (single && GROUP_ADJECTIVES.has(ctx.lower[c.tokenStart])) c.ref = null;
    if (namesAWeapon(ctx, c)) out.push(...leadingDemonyms(ctx, kb, c));
    else out.push(c);
  }
  return out;
}

/** The makers named before a weapon ("American", "Israeli-American") are countries; the weapon itself is not. */
function leadingDemonyms(ctx: LinkContext, kb: KnowledgeBase, c: Candidate): Candidate[] {
  const out: Candidate[] = [];
  for (let i = c.tokenStart; i < c.tokenEnd - 1; i++) {
    const single = candidateFromTokens(ctx.doc, i, i + 1, 'MISC', c.source);
    const hit = kbLookup(kb, single.text);
    if (hit?.role === 'demonym') out.push({ ...single, kb: hit });
    else if (!splitHyphenatedDemonyms(kb, single, out)) break;
  }
  for (const d of out) d.kb ??= kbLookup(kb, d.text);
  return out;
}

/** Function words that a name writes in lowercase, if at all ("Bank of America"); capitalised, they mark a title-case headline. */
const HEADLINE_WORDS = new Set(['a', 'an', 'that', 'you', 'your', 'is', 'are', 'was', 'were', 'to', 'from', 'after', 'of', 'its', 'how', 'why', 'what', 'when']);

/**
 * "University College London Closed An Exhibition That Displayed …", "Program Your Mind to Stop Buying …": a headline
 * or book title in title case that the tagger read as one long name. A name of three or more words with such a word
 * capitalised inside it is no actor.
 */
function isTitleCaseHeadline(ctx: LinkContext, c: Candidate): boolean {
  if (c.tokenEnd - c.tokenStart < 3) return false;
  for (let i = c.tokenStart + 1; i < c.tokenEnd - 1; i++) if (HEADLINE_WORDS.has(ctx.lower[i]) && isCapitalised(ctx.doc.tokens[i].text)) return true;
  return false;
}

/** "Related Newsletter", "All Comments", "Terms of Service": page labels wherever they stand. */
function mostlyFurniture(c: Candidate): boolean {
  const words = c.text.toLowerCase().split(/\s+/);
  let furniture = 0;
  for (const w of words) if (NON_ACTOR_WORDS.has(w)) furniture++;
  return words.length > 1 && furniture * 2 >= words.length;
}

/** Navigation menus read as one long name ("Business Tech Science Opinion"): five or more words, no connector. */
function isMenuRun(ctx: LinkContext, c: Candidate): boolean {
  if (c.tokenEnd - c.tokenStart < 5) return false;
  for (let i = c.tokenStart; i < c.tokenEnd; i++) if (!isCapitalised(ctx.doc.tokens[i].text)) return false;
  return true;
}

/** Titles that are also common surnames ("King", "Major"): a person tag on them alone is trusted. */
const SURNAME_TITLES = new Set(['king', 'major', 'bishop', 'marshal', 'judge', 'prince', 'cardinal']);

/** "President", "Secretary-General", "Mr": a role without the person who holds it. */
function onlyTitles(ctx: LinkContext, c: Candidate): boolean {
  if (c.label === 'PER' && c.tokenEnd - c.tokenStart === 1 && SURNAME_TITLES.has(ctx.lower[c.tokenStart])) return false;
  for (let i = c.tokenStart; i < c.tokenEnd; i++) if (!TITLE_WORDS.has(ctx.lower[i]) && ctx.lower[i] !== '.') return false;
  return true;
}

/** A sentence-initial word the same text also writes in lowercase ("Tourism ...", "... tourism") is no name. */
function isCapitalisedCommonWord(ctx: LinkContext, c: Candidate): boolean {
  const prev = ctx.doc.tokens[c.tokenStart - 1];
  const sentenceInitial = !prev || prev.sentence !== ctx.doc.tokens[c.tokenStart].sentence || /^["“‘'(]$/.test(prev.text);
  return sentenceInitial && ctx.hasLowercaseUse(ctx.lower[c.tokenStart]);
}

/**
 * Page furniture: a short line with no sentence punctuation, made of capitalised words ("Terms of Service",
 * "Privacy Policy", "Comments"), where the name either is most of the line or contains a furniture word.
 */
function isPageChrome(ctx: LinkContext, c: Candidate): boolean {
  const { tokens, sentences, paragraphs, text } = ctx.doc;
  const paragraph = paragraphs[sentences[tokens[c.tokenStart].sentence].paragraph];
  if (paragraph.end - paragraph.start > 80) return false;
  const line = text.slice(paragraph.start, paragraph.end).trim();
  if (/[.?!"”:]$/.test(line)) return false;
  const words = line.match(/[\p{L}\p{N}][\p{L}\p{N}'’&-]*/gu) ?? [];
  if (words.length > 6 || words.some((w) => /^\p{Ll}/u.test(w) && w.length > 3)) return false;
  const own = c.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’&-]*/gu) ?? [];
  const furniture = own.some((w) => NON_ACTOR_WORDS.has(w.toLowerCase()));
  return furniture || (c.label !== 'PER' && own.length * 2 >= words.length);
}

function namesAWeapon(ctx: LinkContext, c: Candidate): boolean {
  const { tokens } = ctx.doc;
  const limit = Math.min(tokens.length, c.tokenEnd + WEAPON_LOOKAHEAD);
  for (let i = c.tokenEnd; i < limit; i++) {
    if (tokens[i].sentence !== tokens[c.tokenStart].sentence) return false;
    const word = ctx.lower[i];
    if (WEAPON_HEADS.has(word)) return true;
    // Names, coordination and hyphenated modifiers may sit between the name and its head noun.
    const between = isCapitalised(tokens[i].text) || WEAPON_MODIFIERS.has(word) || /^\p{N}/u.test(word);
    if (!between && word !== 'and' && word !== 'or' && word !== ',' && word !== '-') return false;
  }
  return false;
}

/** "Donald J. Trump" is the listed Donald Trump: a known person written with a middle initial. */
function personWithoutInitials(kb: KnowledgeBase, text: string): ReturnType<typeof kbLookup> {
  const plain = withoutInitials(text);
  const hit = plain === text ? undefined : kbLookup(kb, plain);
  return hit?.entity.type === 'person' ? hit : undefined;
}
