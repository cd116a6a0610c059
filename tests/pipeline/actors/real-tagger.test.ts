// The actors stage behind the real statistical tagger, on the kinds of sentence news readers meet daily.
import { describe, expect, it } from 'vitest';
import { tokensStage } from '../../../lib/pipeline/01-tokens';
import { actorsStage } from '../../../lib/pipeline/02-actors';
import { newDoc } from '../../../lib/pipeline/document';
import { loadNodeResources } from '../../../lib/pipeline/node-resources';

function actorsOf(text: string): Record<string, string[]> {
  const doc = newDoc('t', text);
  tokensStage(doc);
  actorsStage(doc, loadNodeResources());
  const out: Record<string, string[]> = {};
  for (const a of doc.actors.values()) out[a.id] = a.mentions.map((m) => m.text);
  return out;
}

describe('actors with the real tagger', () => {
  it('knows a leader named by surname alone at the start of a sentence, where the tagger misses it, and no common word', () => {
    expect(Object.keys(actorsOf('Macron met Scholz in Berlin on Monday.')).sort()).toEqual(['person:emmanuel-macron', 'person:olaf-scholz']);
    expect(Object.keys(actorsOf('Erdogan thanked Macron for the aid.')).sort()).toEqual(['person:emmanuel-macron', 'person:recep-tayyip-erdogan']);
    expect(actorsOf('Truss bridges are cheap. Store sales fell in May.')).toEqual({});
  });

  it('knows companies, pollsters and news organisations the tagger never saw', () => {
    const actors = actorsOf('A poll released by Gallup on Tuesday found support falling. A spokesperson for Meta did not respond, and TikTok declined to comment.');
    expect(Object.keys(actors).sort()).toEqual(['organization:gallup', 'organization:meta', 'organization:tiktok']);
  });

  it('knows campaign groups, charities and banks a short item names without context', () => {
    const actors = actorsOf('Greenpeace said the plan would destroy the reef. Oxfam called it a disgrace. Shares in Barclays fell after HSBC warned on profits.');
    expect(Object.keys(actors).sort()).toEqual(['organization:barclays', 'organization:greenpeace', 'organization:hsbc', 'organization:oxfam']);
  });

  it('knows supermarkets, and reads "a spokeswoman for Sainsbury\'s" as the company, not a person', () => {
    const actors = actorsOf("Tesco and Sainsbury's cut prices. A spokeswoman for Sainsbury's said the supermarket would keep them low.");
    expect(Object.keys(actors).sort()).toEqual(['organization:sainsburys', 'organization:tesco']);
    expect(actors['organization:sainsburys']).toContain('the supermarket');
  });

  it('links "the company" and "the carmaker" back to a well-known company', () => {
    const actors = actorsOf('Toyota recalled 50,000 vehicles on Monday. The carmaker said no injuries had been reported, and the company apologised.');
    expect(actors['organization:toyota']).toEqual(['Toyota', 'The carmaker', 'the company']);
  });

  it('reads a lawmaker\'s party and state ("(R-SC)", "D-Calif.") as no organisation', () => {
    const actors = actorsOf('Senator Lindsey Graham (R-SC) said the plan would fail. Rep. Ro Khanna (D-Calif.) disagreed.');
    expect(Object.keys(actors).sort()).toEqual(['person:lindsey-graham', 'person:ro-khanna']);
  });

  it('links a surname to the full name', () => {
    const actors = actorsOf('German Chancellor Angela Merkel met union leaders on Tuesday. Merkel said the talks had been constructive.');
    expect(actors['person:angela-merkel']).toEqual(['Angela Merkel', 'Merkel']);
    expect(actors['country:germany']).toEqual(['German']);
  });

  it('links an acronym and "the bloc" to the European Union', () => {
    const actors = actorsOf('The European Union (EU) imposed new sanctions on Iran. The bloc said the measures would take effect at once.');
    expect(actors['organization:european-union']).toEqual(['European Union', 'EU', 'The bloc']);
  });

  it('separates the title and the demonym from the president', () => {
    const actors = actorsOf('French President Emmanuel Macron called for calm.');
    expect(actors).toEqual({ 'country:france': ['French'], 'person:emmanuel-macron': ['Emmanuel Macron'] });
  });

  it('reads seats of government and agentive demonyms as countries', () => {
    expect(actorsOf('The White House said on Friday that it would veto the bill.')).toEqual({ 'country:united-states': ['White House'] });
    expect(actorsOf('Chinese officials rejected the report, and Beijing summoned the British ambassador.')).toEqual({
      'country:china': ['Chinese', 'Beijing'],
      'country:united-kingdom': ['British'],
    });
  });
});
