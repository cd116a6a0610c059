import { describe, expect, it } from 'vitest';
import { newDoc } from '../../../lib/pipeline/document';
import { tokensStage } from '../../../lib/pipeline/01-tokens';
import { claimDrafts } from '../../../lib/pipeline/03-claims';
import { runClaimStages } from './run-stages';
import { loadNodeResources } from '../../../lib/pipeline/node-resources';
import type { PipelineResources } from '../../../lib/pipeline/resources';

const draftTexts = (text: string): string[] => {
  const doc = newDoc('test', text);
  tokensStage(doc);
  return claimDrafts(doc, { syntax: loadNodeResources().syntax } as PipelineResources).drafts.map((d) => text.slice(d.start, d.end));
};
const claimTexts = (text: string): string[] => runClaimStages(text).claims.map((c) => c.text);

describe('whole-claim filter', () => {
  it('drops a weak cue whose claim reads as an event, not speech', () => {
    const text = 'The ship sank in a storm off the coast, and the crew was rescued.';
    expect(draftTexts(text)).toContain('in a storm off the coast');
    expect(claimTexts(text)).toEqual([]);
  });

  it('reads "Press" in a tagged name as part of the name, not as a stance predicate', () => {
    const text = 'The Associated Press reported that the vote was delayed.';
    const claims = runClaimStages(text, [{ id: 'ap', type: 'organization', names: ['Associated Press'] }]).claims;
    expect(claims.map((c) => c.text)).toEqual(['that the vote was delayed']);
    expect(claims[0].speaker?.name).toBe('Associated Press');
  });

  it('keeps plain reported speech and a stance predicate', () => {
    expect(claimTexts('The minister said the talks had failed.')).toEqual(['the talks had failed']);
    expect(claimTexts('Tehran has pressed for sanctions relief.')).toHaveLength(1);
  });
});
