// Linking names to actors on short sentences a news reader would meet: types, ids, canonical names, metonyms.
import { describe, expect, it } from 'vitest';
import { linkMarked, mentionsByActor } from './marked-tagger';

describe('actor linking', () => {
  it('links a person, strips the title before the name and splits off the demonym', () => {
    const doc = linkMarked('[PER French President Emmanuel Macron] met reporters in Paris.');
    const byActor = mentionsByActor(doc);
    expect(byActor['person:emmanuel-macron']).toEqual(['Emmanuel Macron']);
    expect(byActor['country:france']).toEqual(['French']);
    expect([...doc.actors.keys()]).not.toContain('place:paris');
  });

  it('reads the White House and the Kremlin as their countries', () => {
    const doc = linkMarked('[ORG The White House] said on Friday that [ORG the Kremlin] had not replied.');
    expect(mentionsByActor(doc)).toEqual({ 'country:united-states': ['White House'], 'country:russia': ['Kremlin'] });
  });

  it('treats a capital as its country when it acts, and as a mere venue otherwise', () => {
    const doc = linkMarked('[LOC Moscow] rejected the plan. Ministers met in [LOC Brussels] and later in [LOC Moscow].');
    expect(mentionsByActor(doc)).toEqual({ 'country:russia': ['Moscow', 'Moscow'] });
    expect(doc.mentions.find((m) => m.text === 'Brussels')?.actorId).toBeUndefined();
  });

  it('links demonyms that qualify an agent, and not those that qualify a product', () => {
    const doc = linkMarked('[MISC Chinese] officials praised the [MISC Israeli-made] radar and the [MISC German] cars.');
    expect(Object.keys(mentionsByActor(doc))).toEqual(['country:china']);
  });

  it('links a demonym to a country the article names anyway', () => {
    const doc = linkMarked('[LOC Japan] hosted the summit. The [MISC Japanese] delegation left early; [MISC Japanese] cars sold well.');
    expect(mentionsByActor(doc)['country:japan']).toEqual(['Japan', 'Japanese', 'Japanese']);
  });

  it('finds countries and organisations the tagger missed', () => {
    const doc = linkMarked('Talks between the U.S. and the EU stalled, and Kremlin aides said Russian troops would stay.');
    expect(mentionsByActor(doc)).toEqual({
      'country:united-states': ['U.S.'],
      'organization:european-union': ['EU'],
      'country:russia': ['Kremlin', 'Russian'],
    });
  });

  it('does not take ordinary words for acronyms', () => {
    const doc = linkMarked('Let us ask who said what to whom in the us-versus-them debate.');
    expect(doc.actors.size).toBe(0);
  });

  it('keeps an unknown organisation and an unknown place with their own ids', () => {
    const doc = linkMarked('[ORG Acme Widgets] opened a plant in [LOC Springfield].');
    expect(Object.keys(mentionsByActor(doc))).toEqual(['organization:acme-widgets', 'place:springfield']);
  });

  it('drops the possessive from a country mention', () => {
    const doc = linkMarked("[LOC Ukraine]'s allies met.");
    expect(mentionsByActor(doc)['country:ukraine']).toEqual(['Ukraine']);
  });

  it('splits two known names the tagger joined with "&" or "and"', () => {
    const doc = linkMarked('News from the [LOC US & Canada] desk: [LOC Britain and France] agreed, said [ORG Procter and Gamble].');
    expect(Object.keys(mentionsByActor(doc))).toEqual([
      'country:united-states', 'country:canada', 'country:united-kingdom', 'country:france', 'organization:procter-and-gamble',
    ]);
  });

  it('extends a span the tagger cut short to the known name', () => {
    const doc = linkMarked('[MISC European] Council President [PER Charles Michel] arrived.');
    expect(Object.keys(mentionsByActor(doc))).toEqual(['organization:european-council', 'person:charles-michel']);
  });

  it('splits a span the tagger ran across a title into the name before it and the person after it', () => {
    const doc = linkMarked('[ORG U.S. Senator Elizabeth Warren] wrote to [ORG JPMorgan Chase & Co Chief] Executive [PER Jamie Dimon].');
    expect(Object.keys(mentionsByActor(doc))).toEqual([
      'country:united-states', 'person:elizabeth-warren', 'organization:jpmorgan-chase-co', 'person:jamie-dimon',
    ]);
  });

  it('keeps titles that belong to an organisation name', () => {
    const doc = linkMarked('The [ORG Office of the President] and the [ORG National Security Council] met.');
    expect(Object.keys(mentionsByActor(doc))).toEqual(['organization:office-of-the-president', 'organization:national-security-council']);
  });

  it('reads Georgia as the country only when the text confirms it', () => {
    expect(Object.keys(mentionsByActor(linkMarked('Voters in [LOC Georgia] went to the polls in [LOC Atlanta].')))).toEqual([
      'place:georgia', 'place:atlanta',
    ]);
    expect(mentionsByActor(linkMarked('[LOC Georgia] protested, and [MISC Georgian] officials summoned the envoy.'))).toEqual({
      'country:georgia': ['Georgia', 'Georgian'],
    });
  });
});
