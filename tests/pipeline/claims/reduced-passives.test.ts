// A participle after a noun with its agent ("Assad, opposed by the United States, …"): the agent takes the side, the noun is what it is about.
import { describe, expect, it } from 'vitest';
import { runClaimStages } from './run-stages';

describe('reduced passives', () => {
  it('reads "X, opposed by the United States," as the United States opposing X', () => {
    const text = 'The Assad regime, opposed by the United States, held on to power for another decade.';
    const claims = runClaimStages(text, [{ id: 'us', type: 'country', names: ['United States'] }]).claims;
    const c = claims.find((x) => x.cue?.text === 'opposed');
    expect(c?.text).toBe('The Assad regime');
    expect(c?.speaker?.actorId).toBe('us');
  });

  it('reads "a plan endorsed by Senate Democrats" as their support for the plan', () => {
    const text = 'A compromise plan endorsed by Senate Democrats failed on Tuesday.';
    const claims = runClaimStages(text, [{ id: 'dems', type: 'organization', names: ['Senate Democrats'] }]).claims;
    const c = claims.find((x) => x.cue?.text === 'endorsed');
    expect(c?.text).toBe('A compromise plan');
    expect(c?.speaker?.actorId).toBe('dems');
  });

  it('ends the agent before a setting ("criticized by advocates for months")', () => {
    const text = 'The White House, criticized by immigrant advocates for months, declined to comment.';
    const c = runClaimStages(text).claims.find((x) => x.cue?.text === 'criticized');
    expect(c?.text).toBe('The White House');
    expect(c?.speaker?.name).toBe('immigrant advocates');
  });

  it('leaves ", saying …" to the sentence\'s subject, not to the agent of a participle before it', () => {
    const text = 'The regulator blocked a merger proposed by two supermarket chains, saying the deal would raise prices.';
    const claims = runClaimStages(text, [{ id: 'cma', type: 'organization', names: ['The regulator'] }]).claims;
    expect(claims.find((x) => x.cue?.text === 'saying')?.speaker?.actorId).toBe('cma');
  });

  it('leaves a share of voters and a feeling alone', () => {
    const text = 'Johnson, supported by 13 percent of voters, trails. German officials alarmed by the increase in attacks called for new rules.';
    const claims = runClaimStages(text, [{ id: 'j', type: 'person', names: ['Johnson'] }]).claims;
    expect(claims.some((c) => c.text === 'Johnson' || c.text === 'German officials')).toBe(false);
  });
});
