// Stage 03: placeholder, filled in by its owner.
import type { PipelineDoc } from './document';
import type { PipelineResources } from './resources';

export function claimsStage(doc: PipelineDoc, res: PipelineResources): void {
  void doc;
  void res;
}
