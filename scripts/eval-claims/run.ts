// Runs the whole pipeline for the claim evaluation, falling back to tokens+claims stages while the NER model is missing.
import type { Analysis } from '../../lib/model';
import { newDoc } from '../../lib/pipeline/document';
import { tokensStage } from '../../lib/pipeline/01-tokens';
import { actorsStage } from '../../lib/pipeline/02-actors';
import { claimsStage } from '../../lib/pipeline/03-claims';
import { attributionStage } from '../../lib/pipeline/04-attribution';
import { stanceStage } from '../../lib/pipeline/05-stance';
import { toAnalysis } from '../../lib/pipeline/to-analysis';
import { createPipeline, type PipelineResources } from '../../lib/pipeline';

export type Analyse = (text: string, id?: string) => Analysis;

export async function makeAnalyser(): Promise<{ analyse: Analyse; label: string }> {
  try {
    const { loadNodeResources } = await import('../../lib/pipeline/node-resources');
    const pipeline = createPipeline(loadNodeResources());
    return { analyse: (t, id) => pipeline.analyse(t, id), label: 'whole pipeline (actors included)' };
  } catch (e) {
    const none = {} as PipelineResources;
    const stages = [tokensStage, claimsStage, attributionStage, stanceStage];
    void actorsStage;
    return {
      analyse: (text, id = 'doc') => {
        const doc = newDoc(id, text);
        for (const s of stages) s(doc, none);
        return toAnalysis(doc);
      },
      label: `tokens+claims only (NER resources unavailable: ${(e as Error).message.slice(0, 80)})`,
    };
  }
}
