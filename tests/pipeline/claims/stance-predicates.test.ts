// Stance words that are no stance (a retreat: "backed away") and the ones that still are.
import { describe, expect, it } from 'vitest';
import { runClaimStages } from './run-stages';

const actors = [
  { id: 'dt', type: 'person' as const, names: ['Trump'] },
];

describe('stance words read as a stance only where they are one', () => {
  it('reads "backed away from the deal" as a retreat, not as support for the deal', () => {
    const claims = runClaimStages('The agreement faltered in May when Trump backed away from the deal with the publisher.', actors).claims;
    expect(claims.filter((c) => c.stance?.polarity === 'support')).toEqual([]);
  });

  it('still reads "Trump backed the plan" as support', () => {
    const [c] = runClaimStages('On Monday Trump backed the plan to cut taxes for small firms.', actors).claims;
    expect(c.speaker?.actorId).toBe('dt');
    expect(c.stance?.polarity).toBe('support');
  });
});
