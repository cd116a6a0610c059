import { describe, expect, it } from 'vitest';
import { HashedWeights, NameSink, ScoreSink, encodeWeights, type FeatureSink } from '../../../lib/pipeline/claims/hashed-weights';
import { claimFeatures } from '../../../lib/pipeline/claims/claim-filter';
import { claimDrafts } from '../../../lib/pipeline/03-claims';
import { newDoc } from '../../../lib/pipeline/document';
import { tokensStage } from '../../../lib/pipeline/01-tokens';
import { loadNodeResources } from '../../../lib/pipeline/node-resources';
import type { PipelineResources } from '../../../lib/pipeline/resources';

const RES = { syntax: loadNodeResources().syntax } as PipelineResources;

function draftsOf(text: string) {
  const doc = newDoc('t', text);
  tokensStage(doc);
  return claimDrafts(doc, RES);
}

/** The names the trainer sees, and whether the runtime's hashed score of the same example is their weights' sum. */
function namesAndHashedScore(emit: (out: FeatureSink) => void): { names: string[]; hashed: number; expected: number } {
  const names = new NameSink();
  emit(names);
  // Each distinct name weighs by its first position; a name emitted twice counts twice in both paths.
  const byName = new Map<string, number>();
  names.names.forEach((n, i) => byName.has(n) || byName.set(n, Math.round((i + 1) * 7.3) / 100));
  const sink = new ScoreSink(HashedWeights.decode(encodeWeights(byName)));
  emit(sink);
  return { names: names.names, hashed: sink.sum, expected: names.names.reduce((s, n) => s + byName.get(n)!, 0) };
}

describe('claim filter features by name and by hash', () => {
  it('names a pronoun source with its word for the source and as "pron" with the cue', () => {
    const { ctx, drafts } = draftsOf('He said that the talks had failed.');
    const d = drafts.find((x) => x.cue)!;
    const { names, hashed, expected } = namesAndHashedScore((out) => claimFeatures(out, ctx, d));
    expect(names).toEqual(expect.arrayContaining(['b', 'src=pron:he', 'cue=said', 'cue,src=said,pron', 'first=that', 'quote=false,false']));
    expect(hashed).toBe(expected);
  });

  it('scores a quoted claim after its cue the same by hash as by name', () => {
    const { ctx, drafts } = draftsOf('The minister told reporters: “We will not sign this deal.”');
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) {
      const { names, hashed, expected } = namesAndHashedScore((out) => claimFeatures(out, ctx, d));
      expect(names[0]).toBe('b');
      expect(hashed).toBe(expected);
    }
  });
});
