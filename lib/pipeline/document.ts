// The working document the pipeline stages fill in, layer by layer (tokens, then actors, claims, speakers, stances).
import type { Actor, Claim } from '../model';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Index of the sentence this token belongs to. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token range [tokenStart, tokenEnd) in doc.tokens. */
  tokenStart: number;
  tokenEnd: number;
  /** Index of the paragraph (blank line or line break separated block) the sentence is in. */
  paragraph: number;
}

export type EntityLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A span the tagger or the linker marked, before or after it is tied to an actor. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  tokenStart: number;
  tokenEnd: number;
  label: EntityLabel;
  /** Set by linking; undefined for mentions that link to nothing (MISC, titles). */
  actorId?: string;
  /** How the mention was found: the tagger, the knowledge base, or coreference ("the alliance", "Merkel"). */
  source: 'tagger' | 'knowledge' | 'coreference';
}

export interface PipelineDoc {
  id: string;
  text: string;
  paragraphs: { start: number; end: number }[];
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  actors: Map<string, Actor>;
  claims: Claim[];
  /** Quoted passages, sorted and not overlapping (claims stage; the stance stage reads which words are quoted). */
  quotes: { start: number; end: number }[];
  truncated?: { at: number; reason: string };
  /** Set when the whole text was left unread (it is not English), with the reason. */
  skipped?: string;
}

export function newDoc(id: string, text: string): PipelineDoc {
  return { id, text, paragraphs: [], sentences: [], tokens: [], mentions: [], actors: new Map(), claims: [], quotes: [] };
}
