// The linker's working records: a name span in the text and, once resolved, the actor it refers to.
import type { ActorType } from '../../model';
import type { EntityLabel, Mention, PipelineDoc } from '../document';
import type { KbHit } from '../knowledge/knowledge-base';

/** What a span refers to; the actor id is derived from type and name unless the knowledge base fixes it. */
export interface ActorRef {
  type: ActorType;
  name: string;
  /** Fixed id for knowledge-base entities, so all their forms share one actor. */
  id?: string;
  partOfId?: string;
  /** Nouns that may refer back to this actor later ("ministry" for a foreign ministry). */
  descriptors?: string[];
}

/** A mention while it is being linked: the same span fields, plus what the knowledge base and linking found. */
export interface Candidate extends Omit<Mention, 'actorId'> {
  kb?: KbHit;
  /** undefined: not decided yet; null: a name that is not an actor (an event, a venue, a nationality). */
  ref?: ActorRef | null;
}

/** Per-document facts computed once: lowercased tokens, and per sentence whether it is set in capitals (lazily). */
export interface LinkContext {
  doc: PipelineDoc;
  lower: string[];
  isAllCapsSentence(sentence: number): boolean;
  /** Whether the text uses this lowercased word somewhere in lowercase (so it is an ordinary word). */
  hasLowercaseUse(word: string): boolean;
}

const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;

export function linkContext(doc: PipelineDoc): LinkContext {
  const lower = new Array<string>(doc.tokens.length);
  for (let i = 0; i < doc.tokens.length; i++) lower[i] = doc.tokens[i].text.toLowerCase();
  // 0 unknown, 1 mixed case, 2 all capitals; computed for the few sentences that are asked about.
  const caps = new Uint8Array(doc.sentences.length);
  let lowercaseUses: Set<string> | undefined;
  return {
    doc,
    lower,
    hasLowercaseUse(word) {
      if (!lowercaseUses) {
        lowercaseUses = new Set();
        for (let i = 0; i < lower.length; i++) if (isLowercaseWord(doc.tokens[i].text)) lowercaseUses.add(lower[i]);
      }
      return lowercaseUses.has(word);
    },
    isAllCapsSentence(s) {
      if (caps[s] === 0) {
        const { tokenStart, tokenEnd } = doc.sentences[s];
        let upperWords = 0;
        let lowerWords = 0;
        for (let i = tokenStart; i < tokenEnd; i++) {
          const t = doc.tokens[i].text;
          if (HAS_LOWER.test(t)) lowerWords++;
          else if (HAS_UPPER.test(t)) upperWords++;
        }
        caps[s] = upperWords >= 3 && upperWords > lowerWords * 2 ? 2 : 1;
      }
      return caps[s] === 2;
    },
  };
}

export function candidateFromTokens(
  doc: PipelineDoc, tokenStart: number, tokenEnd: number, label: EntityLabel, source: Mention['source'],
): Candidate {
  const start = doc.tokens[tokenStart].start;
  const end = doc.tokens[tokenEnd - 1].end;
  return { start, end, text: doc.text.slice(start, end), tokenStart, tokenEnd, label, source };
}

/** Lowercase word without letters in upper case: an ordinary word, not part of a name. */
export function isLowercaseWord(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(token);
}

export function isCapitalised(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(token);
}
