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

export interface Candidate {
  start: number;
  end: number;
  text: string;
  tokenStart: number;
  tokenEnd: number;
  label: EntityLabel;
  source: Mention['source'];
  kb?: KbHit;
  /** undefined: not decided yet; null: a name that is not an actor (an event, a venue, a nationality). */
  ref?: ActorRef | null;
}

/** Per-document facts computed once: lowercased tokens and whether each sentence is set in capitals. */
export interface LinkContext {
  doc: PipelineDoc;
  lower: string[];
  allCapsSentence: boolean[];
}

export function linkContext(doc: PipelineDoc): LinkContext {
  const lower = new Array<string>(doc.tokens.length);
  for (let i = 0; i < doc.tokens.length; i++) lower[i] = doc.tokens[i].text.toLowerCase();
  const allCapsSentence = doc.sentences.map((s) => {
    const text = doc.text.slice(s.start, s.end);
    const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
    const lowerCount = text.match(/\p{Ll}/gu)?.length ?? 0;
    return upper > 3 && upper > lowerCount * 2;
  });
  return { doc, lower, allCapsSentence };
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
  return /^\p{Ll}/u.test(token);
}

export function isCapitalised(token: string): boolean {
  return /^\p{Lu}/u.test(token);
}
