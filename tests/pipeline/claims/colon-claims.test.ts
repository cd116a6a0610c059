import { describe, expect, it } from 'vitest';
import { runClaimStages } from './run-stages';

const claimsOf = (text: string, actors: Parameters<typeof runClaimStages>[1] = []) => runClaimStages(text, actors).claims;

describe('claims opened by a name and a colon', () => {
  it('reads a headline "Name: what they said" as that name\'s claim', () => {
    const [c] = claimsOf('Sanders: Clinton needs to get away from the personality stuff\n\nThe senator spoke in Ohio.', [
      { id: 'sanders', type: 'person', names: ['Sanders'] },
    ]);
    expect(c.text).toBe('Clinton needs to get away from the personality stuff');
    expect(c.speaker?.name).toBe('Sanders');
    expect(c.cue?.text).toBe(':');
  });

  it('reads a transcript line in capitals as the speaker\'s turn, to the end of the paragraph', () => {
    const text = 'WALLACE: Let us start with the debate. Will she be there tomorrow night?\n\nPENCE: She will not be attending, as far as I know.';
    const claims = claimsOf(text);
    expect(claims.map((c) => [c.speaker?.name, c.text])).toContainEqual(['WALLACE', 'Let us start with the debate. Will she be there tomorrow night?']);
    expect(claims.map((c) => c.speaker?.name)).toContain('PENCE');
  });

  it('leaves labels and places before a colon alone', () => {
    expect(claimsOf('Photo: Reuters staff at the scene of the fire.')).toEqual([]);
    expect(claimsOf('Syria: fifty people died in the fighting on Monday.', [{ id: 'syria', type: 'country', names: ['Syria'] }])).toEqual([]);
  });

  it('does not take a section heading that merely contains a name for a speaker', () => {
    const text = 'Limited Tools to Fight Terrorism: The United Nations was set up at a time when conflicts erupted among nations.\n\nCLARIFICATION: The first sentence has been changed to reflect the facts.';
    const claims = claimsOf(text, [{ id: 'tools', type: 'organization', names: ['Limited Tools'] }]);
    expect(claims.map((c) => c.speaker?.name)).not.toContain('Limited Tools to Fight Terrorism');
    expect(claims.map((c) => c.speaker?.name)).not.toContain('CLARIFICATION');
  });
});
