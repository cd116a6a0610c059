// Speakers whose names look like other words, or whose descriptions name places and people: who a reader sees quoted.
import { describe, expect, it } from 'vitest';
import { runClaimStages } from './run-stages';
import { createPipeline } from '../../../lib/pipeline';
import { loadNodeResources } from '../../../lib/pipeline/node-resources';

describe('names that are also auxiliaries', () => {
  it('reads "“…,” Will wrote" as George Will writing, not as a modal', () => {
    const text = '“This should hasten the eclipse of the outsiders,” Will wrote. The columnist has long opposed them.';
    const [c] = runClaimStages(text, [{ id: 'gw', type: 'person', names: ['Will'] }]).claims;
    expect(c.text).toBe('“This should hasten the eclipse of the outsiders,”');
    expect(c.speaker?.actorId).toBe('gw');
  });

  it('still reads a lowercase "will" before a bare verb as part of the cue', () => {
    const text = 'The minister will say that the talks failed.';
    const [c] = runClaimStages(text, [{ id: 'm', type: 'person', names: ['The minister'] }]).claims;
    expect(c.text).toBe('that the talks failed');
    expect(c.cue?.text).toBe('will say');
  });
});

describe('long descriptions between a quote and its cue', () => {
  const text =
    '“Very good reporter, very good reporter this guy,” Trump, the front-runner nationally and current polling leader in South Carolina by a wide margin after winning the New Hampshire primary, said when Boyle asked him a question.';

  it('keeps the quote as the content when a time clause follows the cue', () => {
    const claims = runClaimStages(text, [{ id: 'dt', type: 'person', names: ['Trump'] }, { id: 'b', type: 'person', names: ['Boyle'] }]).claims;
    expect(claims.map((c) => c.text)).toEqual(['“Very good reporter, very good reporter this guy,”']);
    expect(claims[0].speaker?.actorId).toBe('dt');
  });

  it('never files the quote under a place named in the description', () => {
    // The name itself was not recognised: better no actor than South Carolina.
    const [c] = runClaimStages(text, [{ id: 'sc', type: 'place', names: ['South Carolina'] }, { id: 'nh', type: 'place', names: ['New Hampshire'] }]).claims;
    expect(c.text).toBe('“Very good reporter, very good reporter this guy,”');
    expect(c.speaker?.name).toBe('Trump');
    expect(c.speaker?.actorId).toBeNull();
  });

  it('does not file voters or a delegate from a state under the state', () => {
    const places = [{ id: 'va', type: 'place' as const, names: ['Virginia'] }, { id: 'tx', type: 'place' as const, names: ['Texas'] }];
    const text = 'Six in 10 Virginia Democratic primary voters said the economy was their top issue. One Texas delegate said he would walk out.';
    const claims = runClaimStages(text, places).claims;
    expect(claims.map((c) => c.text)).toEqual(['the economy was their top issue', 'he would walk out']);
    expect(claims.map((c) => c.speaker?.actorId ?? null)).toEqual([null, null]);
  });
});

describe('relative pronouns as speakers', () => {
  it('files "X, who …" under X when the source reader stops at the comma', () => {
    const text = 'The rally drew thousands, among them Thomas Perez, who said that the party would unite.';
    const claims = runClaimStages(text, [{ id: 'tp', type: 'person', names: ['Thomas Perez'] }]).claims;
    const c = claims.find((x) => x.text === 'that the party would unite');
    expect(c?.speaker?.actorId).toBe('tp');
  });

  it('does not give "voters who say" to the person named earlier', () => {
    const text = 'Sanders won the state. Many are voters who say that the system is rigged.';
    const claims = runClaimStages(text, [{ id: 'bs', type: 'person', names: ['Sanders'] }]).claims;
    const c = claims.find((x) => x.text === 'that the system is rigged');
    expect(c?.speaker?.actorId ?? null).toBeNull();
  });
});

describe('quoted titles inside a speaker phrase', () => {
  it('reads "wrote the authors of the “Growth and Opportunity Project,”" as the speaker of the quote before it', () => {
    const text = '“If we want minority voters to support Republicans, we have to engage them,” wrote the authors of the “Growth and Opportunity Project,” giving the example of the last nominee.';
    const claims = runClaimStages(text).claims;
    expect(claims[0].text).toBe('“If we want minority voters to support Republicans, we have to engage them,”');
    expect(claims[0].speaker?.name).toBe('the authors of the “Growth and Opportunity Project”');
    expect(claims.some((c) => c.text.startsWith('the authors'))).toBe(false);
  });
});

describe('participles after the main cue', () => {
  it('gives ", saying …" the subject of the sentence\'s main cue, not a noun phrase between them', () => {
    const text = "Ukraine's foreign minister accused Russia on Wednesday of deliberately targeting power stations, saying the strikes amounted to war crimes.";
    const claims = runClaimStages(text, [{ id: 'ua', type: 'country', names: ['Ukraine'] }, { id: 'ru', type: 'country', names: ['Russia'] }]).claims;
    const saying = claims.find((c) => c.text === 'the strikes amounted to war crimes');
    const accused = claims.find((c) => c.cue?.text === 'accused');
    expect(saying?.speaker?.start).toBe(accused?.speaker?.start);
    expect(saying?.speaker?.actorId).toBe('ua');
  });

  it('keeps a closing ", according to X" as X\'s own attribution', () => {
    const text = 'Obama praised the families, according to a White House pool report.';
    const claims = runClaimStages(text, [{ id: 'bo', type: 'person', names: ['Obama'] }]).claims;
    const according = claims.find((c) => c.cue?.text === 'according to');
    expect(according?.speaker?.name).toBe('a White House pool report');
  });
});

describe('datelines', () => {
  it('reads the subject after "KYIV, Ukraine (AP) —" as the speaker, as without the dateline', () => {
    const body = "Ukraine's foreign minister accused Russia on Wednesday of deliberately targeting power stations.";
    const actors = [{ id: 'ua', type: 'country' as const, names: ['Ukraine'] }, { id: 'ru', type: 'country' as const, names: ['Russia'] }];
    const plain = runClaimStages(body, actors).claims.find((c) => c.cue?.text === 'accused');
    const filed = runClaimStages(`KYIV, Ukraine (AP) — ${body}`, actors).claims.find((c) => c.cue?.text === 'accused');
    const spoken = (c: typeof plain, text: string) => c?.speaker?.start != null && text.slice(c.speaker.start, c.speaker.end!);
    expect(spoken(plain, body)).toBe("Ukraine's foreign minister");
    expect(spoken(filed, `KYIV, Ukraine (AP) — ${body}`)).toBe("Ukraine's foreign minister");
  });
});

describe('a relative clause on a name that ends in a bracket or a full stop', () => {
  it('gives "Sen. Claire McCaskill (D-Mo.), who …, said" to McCaskill, not to "who"', () => {
    const text = 'Speaking later on the same show, Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said Sanders has run a negative campaign.';
    const claims = runClaimStages(text, [{ id: 'cm', type: 'person', names: ['Claire McCaskill'] }, { id: 'hc', type: 'person', names: ['Clinton'] }, { id: 'bs', type: 'person', names: ['Sanders'] }]).claims;
    const said = claims.find((c) => c.text.startsWith('Sanders has run'));
    expect(said?.speaker?.actorId).toBe('cm');
    expect(claims.map((c) => c.speaker?.name.toLowerCase())).not.toContain('who');
  });

  it('gives "Donald Trump Jr., who suggested …" to Donald Trump Jr. with the whole pipeline, whose tagger stops the name before the full stop', () => {
    const text = 'That suggestion prompted a harsh response from Donald Trump Jr., who suggested in a CBS interview that the campaign had been wronged.';
    const analysis = createPipeline(loadNodeResources()).analyse(text, 'test');
    const c = analysis.claims.find((x) => x.text === 'that the campaign had been wronged');
    // The side panel shows the phrase, so it must be the name, not the pronoun.
    expect(c?.speaker?.name).toMatch(/^Donald Trump Jr\.?$/);
    expect(analysis.actors.find((a) => a.id === c?.speaker?.actorId)?.name).toMatch(/^Donald Trump Jr/);
  });
});

describe('times are never speakers', () => {
  it('gives "Aer Lingus, the Irish carrier …, yesterday said" to Aer Lingus, not to "yesterday"', () => {
    const text = 'Aer Lingus, the Irish carrier being bid for by British Airways’ owner IAG, yesterday said it is hopeful talks between its suitor and the Irish government will conclude soon.';
    const [c] = createPipeline(loadNodeResources()).analyse(text, 'test').claims;
    expect(c.text.startsWith('it is hopeful talks')).toBe(true);
    expect(c.speaker?.name).toMatch(/^Aer Lingus/);
  });
});

describe('titles with a full stop', () => {
  it('keeps "Mr." with the name in a subject shared by a second predicate', () => {
    const claims = runClaimStages('Mr. McConnell, who has both endorsed Mr. Trump and criticized his campaign, offered a restrained embrace.').claims;
    expect(claims.map((c) => [c.cue?.text, c.text])).toEqual([['endorsed', 'Mr. Trump'], ['criticized', 'his campaign']]);
    expect(claims[1].speaker?.name).toBe('Mr. McConnell');
  });
});
