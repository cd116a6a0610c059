// Turns the filled working document into the public output contract (sorted, plain objects).
import type { Analysis } from '../model';
import type { PipelineDoc } from './document';

export function toAnalysis(doc: PipelineDoc): Analysis {
  const actors = [...doc.actors.values()]
    .map((a) => ({ ...a, mentions: [...a.mentions].sort((x, y) => x.start - y.start) }))
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  const claims = [...doc.claims].sort((a, b) => a.start - b.start);
  const out: Analysis = { id: doc.id, actors, claims };
  if (doc.truncated) out.truncated = doc.truncated;
  if (doc.skipped) out.skipped = doc.skipped;
  return out;
}
