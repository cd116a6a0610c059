// Institutions built from patterns: a country's ministries and governments, a leader's administration.
import { describe, expect, it } from 'vitest';
import { linkMarked, mentionsByActor } from './marked-tagger';

describe('institutions', () => {
  it('makes "the <demonym> foreign ministry" an organisation of that country', () => {
    const doc = linkMarked('The [MISC French] foreign ministry said it was concerned.');
    const ministry = doc.actors.get('organization:french-foreign-ministry');
    expect(ministry).toMatchObject({ name: 'French foreign ministry', type: 'organization', partOfId: 'country:france' });
    expect(ministry?.mentions.map((m) => m.text)).toEqual(['French foreign ministry']);
  });

  it('gives "<country>\'s Foreign Ministry" the same id as the demonym form', () => {
    const doc = linkMarked("[LOC Poland]'s [ORG Foreign Ministry] summoned the envoy.");
    expect(doc.actors.get('organization:polish-foreign-ministry')?.partOfId).toBe('country:poland');
  });

  it('reads a tagged "<demonym> Defence Ministry" span as the institution', () => {
    const doc = linkMarked('The [ORG British Defence Ministry] declined to comment.');
    expect(doc.actors.get('organization:british-defence-ministry')?.partOfId).toBe('country:united-kingdom');
  });

  it('makes "the <leader> administration" an organisation of the leader\'s country', () => {
    const doc = linkMarked('Officials in the [PER Obama] administration disagreed.');
    expect(doc.actors.get('organization:obama-administration')).toMatchObject({ partOfId: 'country:united-states' });
    expect([...doc.actors.keys()]).toEqual(['organization:obama-administration']);
  });

  it('keeps an unknown person\'s administration without inventing a country', () => {
    const doc = linkMarked('The [PER Okonkwo] administration resigned.');
    expect(doc.actors.get('organization:okonkwo-administration')?.partOfId).toBeUndefined();
  });

  it('does not make "military" an institution when it qualifies a noun', () => {
    const doc = linkMarked('[LOC U.S.] military aid arrived, and the [MISC Russian] military said nothing.');
    expect(Object.keys(mentionsByActor(doc))).toEqual(['country:united-states', 'organization:russian-military']);
  });
});
