// The extraction pipeline: runs the numbered stages in a fixed order over one text and returns the output contract.
import type { Analysis } from '../model';
import { newDoc } from './document';
import type { PipelineResources, Stage } from './resources';
import { tokensStage } from './01-tokens';
import { actorsStage } from './02-actors';
import { claimsStage } from './03-claims';
import { attributionStage } from './04-attribution';
import { stanceStage } from './05-stance';
import { toAnalysis } from './to-analysis';

// Order matters: actors need tokens; claims need tokens (cues, quote marks) and actors (to stop content at a name);
// attribution ties each claim's source span to an actor; stance needs the speaker to decide whose stance it is.
export const STAGES: readonly { name: string; run: Stage }[] = [
  { name: 'tokens', run: tokensStage },
  { name: 'actors', run: actorsStage },
  { name: 'claims', run: claimsStage },
  { name: 'attribution', run: attributionStage },
  { name: 'stance', run: stanceStage },
];

export interface Pipeline {
  analyse(text: string, id?: string): Analysis;
}

export function createPipeline(resources: PipelineResources): Pipeline {
  return {
    analyse(text, id = 'doc') {
      const doc = newDoc(id, text);
      for (const stage of STAGES) stage.run(doc, resources);
      return toAnalysis(doc);
    },
  };
}

export type { PipelineResources } from './resources';
