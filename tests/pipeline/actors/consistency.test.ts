// Document-level consistency: one reading per name, head nouns over tagger labels, datelines, group words.
import { describe, expect, it } from 'vitest';
import { linkMarked, mentionsByActor } from './marked-tagger';

describe('document-level consistency', () => {
  it('gives a name tagged differently across sentences its most frequent reading', () => {
    const doc = linkMarked('[ORG Ennahda] won. Leaders of [PER Ennahda] met. [ORG Ennahda] said no.');
    expect(mentionsByActor(doc)).toEqual({ 'organization:ennahda': ['Ennahda', 'Ennahda', 'Ennahda'] });
  });

  it('reads a lone surname as the person named in full, however the tagger labels it alone', () => {
    // Tagged once each way, the majority vote alone left "Bolden" no reading at all.
    const doc = linkMarked('[PER Marcus Bolden] spoke. [MISC Bolden] has left. [ORG Bolden] said no. [PER Bolden] won.');
    expect(mentionsByActor(doc)).toEqual({ 'person:marcus-bolden': ['Marcus Bolden', 'Bolden', 'Bolden', 'Bolden'] });
    // A group word the tagger never reads as a person alone is not someone's surname ("Orlando Republican").
    const group = linkMarked('[PER Orlando Republican] Sam Fox spoke. [MISC Republican] voters cheered.');
    expect(mentionsByActor(group)).toEqual({ 'person:orlando-republican': ['Orlando Republican'] });
  });

  it('never gives a name half a bracket the tagger ran across', () => {
    const doc = linkMarked('Kauri ([PER Te Kaurinui Robert) Parata], watched by his father, spoke.');
    expect(Object.keys(mentionsByActor(doc))).toEqual(['person:te-kaurinui-robert']);
    const open = linkMarked('[PER Mele Tupou (Queen] of the isles) spoke.');
    expect(Object.keys(mentionsByActor(open))).toEqual(['person:mele-tupou']);
  });

  it('lets the head noun of a name decide its type', () => {
    const doc = linkMarked('The [PER Muslim Brotherhood] marched to [PER Tahrir Square].');
    expect(Object.keys(mentionsByActor(doc))).toEqual(['organization:muslim-brotherhood', 'place:tahrir-square']);
  });

  it('reads a dateline city as where the report was filed, not as its country acting', () => {
    const doc = linkMarked('[LOC LONDON] — The [ORG Acme Group] said profits rose.');
    expect(Object.keys(mentionsByActor(doc))).toEqual(['organization:acme-group']);
    const wire = linkMarked('[LOC WASHINGTON] ([ORG Reuters]) - Officials met.');
    expect(Object.keys(mentionsByActor(wire))).toEqual(['organization:reuters']);
  });

  it('keeps religious and regional group words as names without an actor', () => {
    const doc = linkMarked('[MISC Muslim] leaders and [MISC Western] diplomats met [PER Jane Okafor].');
    expect(Object.keys(mentionsByActor(doc))).toEqual(['person:jane-okafor']);
    expect(doc.mentions.filter((m) => !m.actorId).map((m) => m.text)).toEqual(['Muslim', 'Western']);
  });

  it('resolves a surname written without its Arabic particle, and a multi-word short name', () => {
    const doc = linkMarked('[PER Omar Hassan al-Bashir] ruled. [PER Bashir] fled. [PER Osama bin Laden] hid; [PER Bin Laden] died.');
    expect(mentionsByActor(doc)).toEqual({
      'person:omar-hassan-al-bashir': ['Omar Hassan al-Bashir', 'Bashir'],
      'person:osama-bin-laden': ['Osama bin Laden', 'Bin Laden'],
    });
  });

  it('drops a sentence-initial capitalised word the text also uses in lowercase', () => {
    const doc = linkMarked('[PER Tourism] fell sharply. Officials said tourism would recover, [PER Jane Okafor] said.');
    expect(Object.keys(mentionsByActor(doc))).toEqual(['person:jane-okafor']);
  });

  it('drops page labels made of furniture words wherever they stand', () => {
    const doc = linkMarked('See our [ORG Privacy Policy] and [PER Related Newsletter] or [ORG All Comments] now.');
    expect(doc.actors.size).toBe(0);
  });

  it('drops a navigation menu read as one long name, but keeps a long name with connectors', () => {
    const doc = linkMarked('[ORG Business Tech Science Opinion Sport] [ORG Bagnoud Center for Health and Human Rights] said so.');
    expect(Object.keys(mentionsByActor(doc))).toEqual(['organization:bagnoud-center-for-health-and-human-rights']);
  });
});
