// What the stages need besides the text: trained models, loaded once and shared by every analysis.
import type { ActorCorrection } from './actors/corrections';
import type { Mention, PipelineDoc } from './document';
import type { SyntaxModel } from './syntax';
import type { WordVectors } from './claims/word-vectors';

/** Marks named-entity spans (PER/ORG/LOC/MISC) over the doc's tokens; linking happens later, in the actors stage. */
export interface EntityTagger {
  tag(doc: PipelineDoc): Mention[];
}

export interface PipelineResources {
  tagger: EntityTagger;
  /** The reader's own fixes to actor linking; they override the model. */
  corrections?: readonly ActorCorrection[];
  /** Part-of-speech tags and phrase chunks per token; optional, so stages must work without it. */
  syntax?: SyntaxModel;
  /** Pre-trained word vectors for the cue context model; without them cues are judged by the perceptron alone. */
  wordVectors?: WordVectors;
}

export type Stage = (doc: PipelineDoc, res: PipelineResources) => void;
