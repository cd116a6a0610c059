import { describe, expect, it } from 'vitest';
import { runClaimStages } from './run-stages';

const claimsOf = (text: string) => runClaimStages(text).claims;

describe('content end: reported content stops where the next claim begins', () => {
  it('splits "said A, adding that B" into two claims', () => {
    const claims = claimsOf('The senator said the bill was a mistake, adding that she would vote against it in March.');
    expect(claims.map((c) => c.text)).toEqual(['the bill was a mistake', 'that she would vote against it in March']);
  });

  it('keeps a claim running to the sentence end when nothing else is reported', () => {
    const [c] = claimsOf('The minister said that the new tax, which starts in June, would raise four billion a year.');
    expect(c.text).toBe('that the new tax, which starts in June, would raise four billion a year');
  });

  it('never cuts inside a quote', () => {
    const [c] = claimsOf('He said the plan was “bold, costly and, frankly, late” and left the room.');
    expect(c.text.startsWith('the plan was “bold, costly and, frankly, late”')).toBe(true);
  });
});
