// Attributions set off by commas inside or after the sentence they report: where the reported words start and end.
import { describe, expect, it } from 'vitest';
import { runClaimStages } from './run-stages';

describe('parenthetical cues', () => {
  it('reads "The plan, the BDI argued in a letter to lawmakers, would …" as the BDI claiming the whole sentence', () => {
    const text = 'The plan, the BDI federation argued in a letter to lawmakers, would push manufacturers abroad.';
    const [c] = runClaimStages(text, [{ id: 'bdi', type: 'organization', names: ['BDI'] }]).claims;
    expect(c.text).toBe('The plan, the BDI federation argued in a letter to lawmakers, would push manufacturers abroad');
    expect(c.speaker?.actorId).toBe('bdi');
  });

  it('keeps a setting with a verb in it as what follows the cue', () => {
    const text = 'The minister argued in a letter that was sent to lawmakers, and the plan stalled.';
    const claims = runClaimStages(text, [{ id: 'm', type: 'person', names: ['The minister'] }]).claims;
    expect(claims.every((c) => !c.text.startsWith('The minister'))).toBe(true);
  });
});

describe('a closing "according to"', () => {
  it('keeps ", according to a filing" out of what the company said', () => {
    const text = 'Apple said Thursday it would cut 600 jobs in California, according to a filing with the state.';
    const claims = runClaimStages(text, [{ id: 'apple', type: 'organization', names: ['Apple'] }]).claims;
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.text).not.toContain('according to');
  });
});

describe('a claim followed by ", adding that …"', () => {
  it('gives two claims by the same speaker, the first ending before the participle', () => {
    const text = 'Smith said the plan was flawed, adding that it would cost jobs.';
    const claims = runClaimStages(text, [{ id: 'smith', type: 'person', names: ['Smith'] }]).claims;
    expect(claims.map((c) => c.text)).toEqual(['the plan was flawed', 'that it would cost jobs']);
    expect(claims.every((c) => c.speaker?.actorId === 'smith')).toBe(true);
  });

  it('keeps a participle that reports nothing inside the claim', () => {
    const text = 'Smith said the company grew quickly, cementing its lead in the market.';
    const claims = runClaimStages(text, [{ id: 'smith', type: 'person', names: ['Smith'] }]).claims;
    expect(claims[0].text).toBe('the company grew quickly, cementing its lead in the market');
  });
});

describe('a participle aside after the content\'s subject', () => {
  it('reads "said its investigation, launched in March, had found that …" as one claim to the sentence end', () => {
    const text = 'The regulator said its investigation, launched in March, had found that the merged company would control half the market.';
    const claims = runClaimStages(text, [{ id: 'cma', type: 'organization', names: ['The regulator'] }]).claims;
    expect(claims.map((c) => c.text)).toEqual(['its investigation, launched in March, had found that the merged company would control half the market']);
  });
});
