import { describe, expect, it } from 'vitest';
import { HashedWeights, NameSink, ScoreSink, encodeWeights, type FeatureSink } from '../../../lib/pipeline/claims/hashed-weights';
import { claimFeatures } from '../../../lib/pipeline/claims/claim-filter';
import { candidateEnds, endFeatures } from '../../../lib/pipeline/claims/content-end';
import { noSourceFeatures, sourceCandidates, sourceFeatures } from '../../../lib/pipeline/claims/source-ranker';
import { claimDrafts } from '../../../lib/pipeline/03-claims';
import { newDoc } from '../../../lib/pipeline/document';
import { tokensStage } from '../../../lib/pipeline/01-tokens';
import { loadNodeResources } from '../../../lib/pipeline/node-resources';
import type { PipelineResources } from '../../../lib/pipeline/resources';

const RES = { syntax: loadNodeResources().syntax, wordVectors: loadNodeResources().wordVectors } as PipelineResources;

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

describe('content-end features by name and by hash', () => {
  it('names each candidate end by the words after it and scores it the same by hash', () => {
    const doc = newDoc('t', 'The senator said the bill was a mistake, adding that she would vote against it.');
    tokensStage(doc);
    const { tokens } = doc;
    const said = tokens.findIndex((t) => t.text === 'said');
    const adding = tokens.findIndex((t) => t.text === 'adding');
    const cueHead = new Uint8Array(tokens.length);
    cueHead[said] = cueHead[adding] = 1;
    const ctx = { tokens, quoteOf: new Int32Array(tokens.length).fill(-1), cueHead };
    const s1 = tokens.length - 1;
    const cands = candidateEnds(ctx, said + 1, s1);
    // The end before ", adding" and the sentence end.
    expect(cands.map((c) => tokens[c.e].text)).toEqual(['mistake', 'it']);
    const before = namesAndHashedScore((out) => endFeatures(out, ctx, said, said + 1, cands[0], s1));
    expect(before.names).toEqual(expect.arrayContaining(['n1=,', 'n1,n2=,,adding', 'soon=2', 'cue=said,last=false', 'that=bare,last=false']));
    expect(before.hashed).toBe(before.expected);
    const atEnd = namesAndHashedScore((out) => endFeatures(out, ctx, said, said + 1, cands[1], s1));
    expect(atEnd.names).toEqual(expect.arrayContaining(['n1=EOS', 'in=1', 'last', 'cue=said,last=true']));
    expect(atEnd.hashed).toBe(atEnd.expected);
  });
});

describe('source-ranker features by name and by hash', () => {
  it('names a pronoun candidate with its word and scores every candidate and "no source" the same by hash', () => {
    const { ctx, drafts } = draftsOf('After the meeting, she told the committee that the budget would pass.');
    const d = drafts.find((x) => x.cue && x.cue.score !== undefined)!;
    const cands = sourceCandidates(ctx, d);
    const texts = cands.map((c) => ctx.tokens.slice(c.first, c.last + 1).map((t) => t.text).join(' '));
    const she = texts.indexOf('she');
    expect(she).toBeGreaterThanOrEqual(0);
    const pron = namesAndHashedScore((out) => sourceFeatures(out, ctx, d, cands[she], cands));
    expect(pron.names).toEqual(expect.arrayContaining(['b', 'first=pron:she', 'side,rank=before,0', 'cue,side=told,before']));
    for (const c of cands) {
      const { hashed, expected } = namesAndHashedScore((out) => sourceFeatures(out, ctx, d, c, cands));
      expect(hashed).toBe(expected);
    }
    const none = namesAndHashedScore((out) => noSourceFeatures(out, ctx, d));
    expect(none.names).toEqual(['none', `none,rule=${!!d.source}`, 'none,cue=told', 'none,contentFirst=false']);
    expect(none.hashed).toBe(none.expected);
  });
});
