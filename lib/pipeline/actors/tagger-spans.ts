// Turns the tagger's raw spans into clean candidates: no leading "the", titles or trailing possessive, and a
// leading country or demonym ("French President Emmanuel Macron") split off as its own span.
import type { Mention } from '../document';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { CLITICS, PERSON_TITLES, TITLE_WORDS } from '../knowledge/lexicon';
import { type Candidate, candidateFromTokens, isCapitalised, type LinkContext } from './candidate';
import { kbLookup, kbLookupTokens, longestKbMatch } from './kb-lookup';
import { onlyInitialsBetween } from './initials';

const isPunctuation = (t: string) => !/[\p{L}\p{N}]/u.test(t);

export function normaliseTaggerMentions(ctx: LinkContext, kb: KnowledgeBase, raw: Mention[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of joinParticleNames(ctx, raw)) {
    let ts = m.tokenStart;
    let te = m.tokenEnd;
    if (ts < 0 || te > ctx.lower.length || ts >= te) continue;
    while (te > ts && (CLITICS.has(ctx.lower[te - 1]) || isPunctuation(ctx.lower[te - 1])) && !abbreviationStop(ctx, te - 1)) te--;
    while (ts < te && (ctx.lower[ts] === 'the' || isPunctuation(ctx.lower[ts]) || /^['’]/.test(ctx.lower[ts]))) ts++;
    if (ts >= te) continue;
    [ts, te] = withinBrackets(ctx, ts, te);
    if (m.label === 'PER') ts = peelPersonPrefix(ctx, kb, ts, te, out);
    else [ts, te] = splitAtPersonTitle(ctx, ts, te, m.label, out);
    if (ts >= te) continue;
    // "Google or Facebook": two names the tagger joined; "or" never sits inside one.
    let or = ts + 1;
    while (or < te - 1 && ctx.lower[or] !== 'or') or++;
    if (or < te - 1) {
      out.push(candidateFromTokens(ctx.doc, ts, or, m.label, 'tagger'));
      ts = or + 1;
    }
    ts = splitKnownPair(ctx, kb, ts, te, m.label, out);
    const candidate = candidateFromTokens(ctx.doc, ts, te, m.label, 'tagger');
    if (te - ts === 1 && splitHyphenatedDemonyms(kb, candidate, out)) continue;
    out.push(candidate);
  }
  return out;
}

/**
 * "Kauri (Te Kaurinui Robert) Parata": a span the tagger ran across a bracket it does not close (or open) is cut
 * there, keeping the longer side; a name never carries half a bracket.
 */
function withinBrackets(ctx: LinkContext, ts: number, te: number): [number, number] {
  let depth = 0;
  for (let k = ts; k < te; k++) {
    const w = ctx.lower[k];
    if (w === '(') depth++;
    else if (w === ')' && depth > 0) depth--;
    else if (w === ')') return k - ts >= te - k - 1 ? [ts, k] : [k + 1, te];
  }
  if (depth === 0) return [ts, te];
  let open = te - 1;
  while (ctx.lower[open] !== '(') open--;
  return open - ts >= te - open - 1 ? [ts, open] : [open + 1, te];
}

/**
 * "U.S. Senator Elizabeth Warren" or "JPMorgan Chase & Co Chief" tagged as one organisation: a person's title inside
 * a non-person span ends the name before it; capitalised words after it are the person. Returns the remaining span.
 */
function splitAtPersonTitle(ctx: LinkContext, ts: number, te: number, label: Mention['label'], out: Candidate[]): [number, number] {
  for (let k = ts + 1; k < te; k++) {
    const prev = ctx.lower[k - 1];
    if (!PERSON_TITLES.has(ctx.lower[k]) || prev === 'the' || prev === 'of' || !isCapitalised(ctx.doc.tokens[k].text)) continue;
    let after = k + 1;
    while (after < te && (TITLE_WORDS.has(ctx.lower[after]) || ctx.lower[after] === '.')) after++;
    if (after < te) {
      out.push(candidateFromTokens(ctx.doc, ts, k, label, 'tagger'));
      out.push(candidateFromTokens(ctx.doc, after, te, 'PER', 'tagger'));
      return [te, te];
    }
    return [ts, k];
  }
  return [ts, te];
}

/** Lowercase particles inside personal names, which taggers often leave out ("Ursula von der Leyen"). */
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'des', 'del', 'della', 'la', 'le', 'dos', 'das', 'ter', 'ten', 'bin', 'ibn', 'al', 'el']);

/** Rejoins two person spans separated only by name particles or middle initials. */
function joinParticleNames(ctx: LinkContext, raw: Mention[]): Mention[] {
  const sorted = [...raw].sort((a, b) => a.tokenStart - b.tokenStart);
  const out: Mention[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.label === 'PER' && m.label === 'PER' && m.tokenStart > prev.tokenEnd && m.tokenStart - prev.tokenEnd <= 3) {
      let i = prev.tokenEnd;
      while (i < m.tokenStart && NAME_PARTICLES.has(ctx.doc.tokens[i].text)) i++;
      // "Donald J | . | Trump", "Robert | M . | Danin": a middle initial's full stop split one name in two.
      if (i === m.tokenStart || onlyInitialsBetween(ctx.doc.tokens, prev.tokenEnd, m.tokenStart)) {
        out[out.length - 1] = { ...prev, end: m.end, tokenEnd: m.tokenEnd, text: ctx.doc.text.slice(prev.start, m.end) };
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

/** "US & Canada", "Britain and France": two known names the tagger joined; the first is emitted, the second returned. */
function splitKnownPair(ctx: LinkContext, kb: KnowledgeBase, ts: number, te: number, label: Mention['label'], out: Candidate[]): number {
  for (let i = ts + 1; i < te - 1; i++) {
    if (ctx.lower[i] !== '&' && ctx.lower[i] !== 'and') continue;
    const left = kbLookupTokens(ctx, kb, ts, i);
    const right = kbLookupTokens(ctx, kb, i + 1, te);
    if (!left || !right || left.entity.type === 'person' || right.entity.type === 'person') return ts;
    out.push(candidateFromTokens(ctx.doc, ts, i, label, 'tagger'));
    return i + 1;
  }
  return ts;
}

/** Name-final abbreviations keep their full stop ("Jr.", "Inc.", "Co."). */
const NAME_ABBREVIATIONS = new Set(['jr', 'sr', 'co', 'inc', 'ltd', 'corp', 'bros', 'st']);

function abbreviationStop(ctx: LinkContext, i: number): boolean {
  const t = ctx.doc.tokens;
  return ctx.lower[i] === '.' && i > 0 && t[i - 1].end === t[i].start && NAME_ABBREVIATIONS.has(ctx.lower[i - 1]);
}

/** Skips titles before a person's name and emits countries, demonyms and seats found there as their own spans. */
function peelPersonPrefix(ctx: LinkContext, kb: KnowledgeBase, ts: number, te: number, out: Candidate[]): number {
  while (ts < te - 1) {
    const word = ctx.lower[ts];
    if (TITLE_WORDS.has(word) || word === 'of' || word === '.' || word === '-') { ts++; continue; }
    const match = longestKbMatch(ctx, kb, ts, te - 1);
    if (!match || match.hit.entity.type === 'person' || match.hit.alsoPersonName) break;
    const label = match.hit.role === 'demonym' ? 'MISC' : match.hit.entity.type === 'organization' ? 'ORG' : 'LOC';
    out.push(candidateFromTokens(ctx.doc, ts, match.end, label, 'tagger'));
    ts = match.end;
  }
  return ts;
}

/** "Israeli-American" names two countries in one token: each half becomes a demonym span of its own. */
export function splitHyphenatedDemonyms(kb: KnowledgeBase, c: Candidate, out: Candidate[]): boolean {
  if (!c.text.includes('-') || kbLookup(kb, c.text)) return false;
  const parts = c.text.split('-');
  const hits = parts.map((p) => kbLookup(kb, p));
  if (parts.length < 2 || hits.some((h) => !h || (h.role !== 'demonym' && h.entity.type !== 'country'))) return false;
  let offset = c.start;
  for (const part of parts) {
    out.push({ ...c, start: offset, end: offset + part.length, text: part, label: 'MISC' });
    offset += part.length + 1;
  }
  return true;
}
