// In-document coreference: surnames to the full name ("Rutte" after "Mark Rutte"), acronyms to their expansion and
// back ("European External Action Service (EEAS)"), and lone surnames of well-known leaders to the leader.
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import type { ActorRef, Candidate, LinkContext } from './candidate';
import { refOfEntity } from './resolve';

const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&', 'de', 'du', 'des', 'la', 'le']);

export function resolveShortNames(ctx: LinkContext, kb: KnowledgeBase, candidates: Candidate[]): void {
  const fullBySurname = new Map<string, ActorRef | null>();
  const byAcronym = new Map<string, ActorRef>();
  for (const c of candidates) {
    const ref = c.ref;
    if (!ref || ref.id) continue;
    const words = ref.name.split(' ');
    if (ref.type === 'person' && words.length > 1) {
      const surname = words[words.length - 1].toLowerCase();
      const known = fullBySurname.get(surname);
      // Two different people with one surname: a lone surname is ambiguous, so it stays as written.
      fullBySurname.set(surname, known === undefined || known?.name === ref.name ? ref : null);
    }
    if (ref.type === 'organization' && words.length > 1) {
      const acronym = initials(words);
      if (acronym.length > 1 && !byAcronym.has(acronym)) byAcronym.set(acronym, ref);
      const spelled = acronymInBrackets(ctx, c.tokenEnd);
      if (spelled) byAcronym.set(spelled, ref);
    }
  }
  for (const c of candidates) {
    const ref = c.ref;
    if (!ref || ref.id || c.tokenEnd - c.tokenStart !== 1 || ref.type === 'country') continue;
    const full = fullBySurname.get(c.text.toLowerCase());
    const expansion = byAcronym.get(c.text);
    if (full && full !== ref) {
      c.ref = full;
      c.source = 'coreference';
    } else if (expansion && expansion !== ref) {
      c.ref = expansion;
      c.source = 'coreference';
    } else if (ref.type === 'person' && full === undefined) {
      const leader = kb.leaderSurnames.get(c.text.toLowerCase());
      if (leader) c.ref = { ...refOfEntity(leader), partOfId: undefined };
    }
  }
}

function initials(words: string[]): string {
  let out = '';
  for (const w of words) if (!ACRONYM_SKIP.has(w.toLowerCase()) && /^\p{Lu}/u.test(w)) out += w[0];
  return out;
}

/** "North Atlantic Treaty Organization (NATO)": the acronym in brackets right after the name. */
function acronymInBrackets(ctx: LinkContext, from: number): string | undefined {
  const t = ctx.doc.tokens;
  if (from + 2 >= t.length || t[from].text !== '(' || t[from + 2].text !== ')') return undefined;
  const inside = t[from + 1].text;
  return /^[\p{Lu}\p{N}&.-]{2,10}$/u.test(inside) ? inside : undefined;
}
