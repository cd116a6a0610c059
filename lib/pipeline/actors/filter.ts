// Drops spans that are names but never actors: page furniture ("Comments"), calendar words, lowercase tagger slips,
// and weapon or product names ("the THAAD and Arrow systems").
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { NON_ACTOR_WORDS, WEAPON_HEADS, WEAPON_MODIFIERS } from '../knowledge/lexicon';
import { type Candidate, candidateFromTokens, isCapitalised, type LinkContext } from './candidate';
import { splitHyphenatedDemonyms } from './candidates';
import { kbLookup } from './kb-lookup';

/** How far right a weapon noun may sit after the name it classifies ("THAAD and Israeli-American Arrow systems"). */
const WEAPON_LOOKAHEAD = 6;

/** Keeps candidates in position order; a weapon name keeps the demonyms it opens with ("American THAAD"). */
export function dropNonActors(ctx: LinkContext, kb: KnowledgeBase, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (!/\p{L}/u.test(c.text)) continue;
    c.kb ??= kbLookup(kb, c.text);
    if (c.kb) {
      out.push(c);
      continue;
    }
    if (c.tokenEnd - c.tokenStart === 1 && NON_ACTOR_WORDS.has(ctx.lower[c.tokenStart])) continue;
    // Latin letters but no capital at all: a tagger slip on an ordinary word.
    if (/[a-z]/.test(c.text) && !/\p{Lu}/u.test(c.text)) continue;
    if (isPageChrome(ctx, c)) continue;
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

/** A name alone on its own short line ("Comments", "Related") is a page label, not part of the article's prose. */
function isPageChrome(ctx: LinkContext, c: Candidate): boolean {
  if (c.label === 'PER') return false;
  const { tokens, sentences, paragraphs } = ctx.doc;
  const sentence = sentences[tokens[c.tokenStart].sentence];
  const paragraph = paragraphs[sentence.paragraph];
  // Cheap checks first: the span must start and end its line.
  const before = c.start - paragraph.start;
  if (before > 16 || paragraph.end - c.end > 16) return false;
  if (ctx.doc.text.slice(paragraph.start, c.start).trim() || ctx.doc.text.slice(c.end, paragraph.end).trim()) return false;
  return (c.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= 2;
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
