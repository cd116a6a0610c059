// What the stages need besides the text: trained models, loaded once and shared by every analysis.
import type { ActorCorrection } from './actors/corrections';
import type { Mention, PipelineDoc } from './document';

/** Marks named-entity spans (PER/ORG/LOC/MISC) over the doc's tokens; linking happens later, in the actors stage. */
export interface EntityTagger {
  tag(doc: PipelineDoc): Mention[];
}

export interface PipelineResources {
  tagger: EntityTagger;
  /** The reader's own fixes to actor linking; they override the model. */
  corrections?: readonly ActorCorrection[];
}

export type Stage = (doc: PipelineDoc, res: PipelineResources) => void;
