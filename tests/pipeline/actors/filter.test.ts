// Names that are not actors: page furniture, calendar words, weapon systems, lowercase tagger slips.
import { describe, expect, it } from 'vitest';
import { linkMarked, mentionsByActor } from './marked-tagger';

describe('non-actors', () => {
  it('drops a page label alone on its line', () => {
    const doc = linkMarked('[PER Jane Okafor] said yes.\n[ORG Comments]\n[ORG Related Stories]');
    expect(Object.keys(mentionsByActor(doc))).toEqual(['person:jane-okafor']);
  });

  it('drops a title-case headline read as one long name, and keeps names with "of" and "With"', () => {
    // (Five capitalised words in a row are already dropped as a menu; a lowercase "to" hides this one from that rule.)
    const doc = linkMarked('[ORG Program Your Mind to Stop Buying Crap] and [ORG Jobs With Justice] met the [ORG Bank of Lagos].');
    expect(Object.keys(mentionsByActor(doc))).toEqual(['organization:jobs-with-justice', 'organization:bank-of-lagos']);
  });

  it('drops weekday and month names', () => {
    const doc = linkMarked('On [ORG Monday] in [MISC March], [ORG Acme Corp] reported.');
    expect(Object.keys(mentionsByActor(doc))).toEqual(['organization:acme-corp']);
  });

  it('drops weapon systems, keeping the countries named before them', () => {
    const doc = linkMarked(
      '[LOC Poland] wants the [ORG American Patriot] and [MISC Korean-made K2] tanks, and more [ORG HIMARS] launchers.',
    );
    expect(mentionsByActor(doc)).toEqual({ 'country:poland': ['Poland'] });
    const linked = linkMarked('[LOC U.S.] envoys discussed the [ORG American Patriot] air defense systems.');
    expect(mentionsByActor(linked)).toEqual({ 'country:united-states': ['U.S.', 'American'] });
  });

  it('does not mistake a person followed by a weapon for a weapon', () => {
    const doc = linkMarked("[PER Jane Okafor]'s request for more missiles was denied.");
    expect(Object.keys(mentionsByActor(doc))).toEqual(['person:jane-okafor']);
  });

  it('drops a lowercase tagger slip and keeps non-actor MISC as unlinked mentions', () => {
    const doc = linkMarked('The [PER minister] attended the [MISC Olympic Games].');
    expect(doc.actors.size).toBe(0);
    expect(doc.mentions.map((m) => [m.text, m.actorId])).toEqual([['Olympic Games', undefined]]);
  });
});
