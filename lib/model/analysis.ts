// Domain types of one analysed text: the pipeline's output contract, shared by the CLI, the service worker, the db and the page.

export type ActorType = 'person' | 'organization' | 'country' | 'place' | 'other';
export type ClaimKind = 'direct' | 'mixed' | 'indirect';
export type Polarity = 'support' | 'oppose' | 'neutral';

/** A span of the analysed text; offsets are JavaScript string offsets (UTF-16 code units). */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface Actor {
  /** Stable across pages: `${type}:${slug of canonical name}`, so the same actor groups together everywhere. */
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  mentions: TextSpan[];
  /** Id of the actor this one belongs to (a ministry to its country, an administration to its country). */
  partOfId?: string;
}

export interface Speaker {
  actorId: string | null;
  name: string;
  start: number | null;
  end: number | null;
  /** The organisation or country a spokesperson speaks for ("White House spokeswoman Karine Jean-Pierre"), when named with them. */
  organizationId?: string;
}

export interface Stance {
  polarity: Polarity;
  /** The phrase the stance is about, as written in the text. */
  target: string;
  targetActorIds: string[];
  /** Normalised key that groups the same issue across pages, e.g. "membership:nato:ukraine". */
  topic: string;
}

export interface Claim {
  start: number;
  end: number;
  text: string;
  kind: ClaimKind;
  cue: TextSpan | null;
  speaker: Speaker | null;
  stance: Stance | null;
}

export interface Analysis {
  id: string;
  actors: Actor[];
  claims: Claim[];
  /** Set when the input was cut short or skipped, with the reason, so callers can tell the reader. */
  truncated?: { at: number; reason: string };
  /** Set when nothing was analysed because the text is not English, with the reason for the reader. */
  skipped?: string;
}
