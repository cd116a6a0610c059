// The offline knowledge base: coverage of countries, their names, demonyms and seats, and organisation acronyms.
import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../../../lib/pipeline/knowledge/knowledge-base';

const kb = knowledgeBase();
const idOf = (form: string) => (kb.exact.get(form) ?? kb.folded.get(form.toLowerCase()))?.entity.id;

describe('knowledge base', () => {
  it('lists about two hundred countries, each with a distinct id and ISO code', () => {
    const countries = [...kb.byIso.values()];
    expect(countries.length).toBeGreaterThanOrEqual(195);
    expect(new Set(countries.map((c) => c.id)).size).toBe(countries.length);
  });

  it('maps common names, abbreviations, demonyms and seats to the same country', () => {
    for (const form of ['United States', 'U.S.', 'USA', 'America', 'American', 'Washington', 'White House']) {
      expect(idOf(form), form).toBe('country:united-states');
    }
    for (const form of ['United Kingdom', 'U.K.', 'Britain', 'British', 'Downing Street']) expect(idOf(form), form).toBe('country:united-kingdom');
    for (const form of ['Kyiv', 'Kiev', 'Ukrainian', 'Ukrainians']) expect(idOf(form), form).toBe('country:ukraine');
    expect(idOf('Kremlin')).toBe('country:russia');
  });

  it('maps organisation acronyms and expansions together, with the nouns that refer back to them', () => {
    expect(idOf('North Atlantic Treaty Organization')).toBe(idOf('NATO'));
    expect(idOf('IMF')).toBe('organization:international-monetary-fund');
    expect(kb.descriptors.get('alliance')).toContain('organization:nato');
    expect(kb.descriptors.get('bloc')).toContain('organization:european-union');
  });

  it('matches acronyms only in their exact case, so "us" and "who" stay ordinary words', () => {
    expect(kb.folded.get('us')).toBeUndefined();
    expect(kb.folded.get('who')).toBeUndefined();
    expect(kb.exact.get('WHO')?.entity.id).toBe('organization:world-health-organization');
  });

  it('does not map Brussels to Belgium, since it mostly stands for the EU', () => {
    expect(idOf('Brussels')).toBe('organization:european-union');
  });

  it('marks country names that are also personal names', () => {
    expect(kb.exact.get('Jordan')?.alsoPersonName).toBe(true);
    expect(kb.exact.get('Ukraine')?.alsoPersonName).toBe(false);
  });
});
