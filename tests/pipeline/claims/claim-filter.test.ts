import { describe, expect, it } from 'vitest';
import { runClaimStages } from './run-stages';

const claimTexts = (text: string): string[] => runClaimStages(text).claims.map((c) => c.text);

describe('whole-claim filter', () => {
  it('makes no claims of sentences that report events, not speech or belief', () => {
    // Each of these verbs is asked about (the cue classifier sees every verb); the classifier and the filter turn them down.
    for (const text of [
      'The ship sank in a storm off the coast, and the crew was rescued.',
      'The team played in a late-night game and lost by ten points.',
      'Police arrested two men after the match, and the stadium was closed.',
      'The army moved troops to the border overnight.',
      'Prices climbed for a third month, and sales fell.',
      // "Shares" is also a reporting verb ("she shares his view"); here it heads the subject.
      'Shares of the company fell 2 percent after the announcement.',
    ]) expect(claimTexts(text), text).toEqual([]);
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
