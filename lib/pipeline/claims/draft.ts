// The claim finder's working record: a content span in characters plus the token ranges of its cue and source.
import type { Cue } from './cues';
import type { TokenRange } from './source-span';

export interface ClaimDraft {
  start: number;
  end: number;
  cue: Cue | null;
  source: TokenRange | null;
  /** For a quote with no cue of its own that continues an earlier claim's speech: that claim's source. */
  inheritedSource?: TokenRange | null;
  /** Set where the rules are sure of the source and the ranker, which rarely saw the construction in train, is not asked. */
  sureSource?: boolean;
  /** A participle describing a noun ("a merger proposed by two chains"): its agent is not the sentence's subject. */
  describing?: boolean;
}
