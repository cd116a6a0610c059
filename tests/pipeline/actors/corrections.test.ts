// A reader's corrections override the model: relink a name, mark one as not an actor, add one the tagger missed.
import { describe, expect, it } from 'vitest';
import { linkMarked, mentionsByActor } from './marked-tagger';

describe('reader corrections', () => {
  it('marks a name as not an actor', () => {
    const doc = linkMarked('[ORG Acme Widgets] sued [PER Jane Okafor].', [{ match: { text: 'acme widgets' }, actor: null }]);
    expect(Object.keys(mentionsByActor(doc))).toEqual(['person:jane-okafor']);
  });

  it('relinks every mention of a model actor to the actor the reader names', () => {
    const doc = linkMarked('[PER Biden] spoke. Later [PER Biden] left.', [
      { match: { actorId: 'person:joe-biden' }, actor: { name: 'Jill Biden', type: 'person' } },
    ]);
    expect(mentionsByActor(doc)).toEqual({ 'person:jill-biden': ['Biden', 'Biden'] });
  });

  it('adds a name the tagger missed', () => {
    const doc = linkMarked('The acme consortium bid again.', [
      { match: { text: 'acme consortium' }, actor: { name: 'Acme Consortium', type: 'organization' } },
    ]);
    expect(mentionsByActor(doc)).toEqual({ 'organization:acme-consortium': ['acme consortium'] });
  });
});
