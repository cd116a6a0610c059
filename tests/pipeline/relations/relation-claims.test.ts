import { describe, expect, it } from 'vitest';
import { runClaimStages } from '../claims/run-stages';
import { relationCandidates } from '../../../lib/pipeline/relations/relation-candidates';

const actors = [
  { id: 'person:anna-berg', type: 'person' as const, names: ['Anna Berg'] },
  { id: 'person:tom-holt', type: 'person' as const, names: ['Tom Holt'] },
];
const relationOf = (text: string) => {
  const doc = runClaimStages(text, actors);
  return doc.claims.map((c) => ({ speaker: c.speaker?.actorId, polarity: c.stance?.polarity, targets: c.stance?.targetActorIds }));
};

describe('relation claims', () => {
  it('reads an attack as the attacker opposing the attacked', () => {
    expect(relationOf('Anna Berg sharply criticized Tom Holt over his handling of the budget.')).toContainEqual({ speaker: 'person:anna-berg', polarity: 'oppose', targets: ['person:tom-holt'] });
  });

  it('reads praise as support', () => {
    expect(relationOf('Anna Berg praised Tom Holt for his leadership during the crisis.')).toContainEqual({ speaker: 'person:anna-berg', polarity: 'support', targets: ['person:tom-holt'] });
  });

  it('turns a passive around: the one after "by" holds the stance', () => {
    expect(relationOf('Tom Holt was harshly criticized by Anna Berg on Monday.')).toContainEqual({ speaker: 'person:anna-berg', polarity: 'oppose', targets: ['person:tom-holt'] });
  });

  it('does not take an adverb or participle that opens a sentence for a party', () => {
    const doc = runClaimStages('Regardless, Anna Berg criticized Tom Holt. Asked about it, Holt said nothing. Reuters reported it.', actors);
    const texts = relationCandidates(doc).map((m) => m.text);
    expect(texts).not.toContain('Regardless');
    expect(texts).not.toContain('Asked');
    // A capitalised word that opens a sentence can still be a name the tagger missed.
    expect(texts).toContain('Reuters');
  });

  it('adds no second claim where the claim finder already reported the same accusation', () => {
    const places = [
      { id: 'country:china', type: 'country' as const, names: ['Beijing', 'China'] },
      { id: 'country:united-states', type: 'country' as const, names: ['Washington'] },
    ];
    const doc = runClaimStages('Officials in Beijing have accused Washington of stoking tensions in the region.', places);
    expect(doc.claims).toHaveLength(1);
    expect(doc.claims[0].stance).toMatchObject({ polarity: 'oppose', targetActorIds: ['country:united-states'] });
  });

  it('adds nothing when two people merely appear together', () => {
    expect(relationOf('Anna Berg and Tom Holt arrived in the city on Tuesday.')).toEqual([]);
  });
});

describe('relations with no evaluative word', () => {
  it('takes no place for a party that holds a view ("won in Virginia and Tennessee")', () => {
    const places = ['Georgia', 'Virginia', 'Alabama', 'Tennessee', 'Vermont'].map((n) => ({ id: `place:${n.toLowerCase()}`, type: 'place' as const, names: [n] }));
    const text = 'She has also won the Democratic primaries in Georgia, Virginia, Alabama and Tennessee, putting her ahead of her rival, Sen. Bernie Sanders, who has won the race in his home state of Vermont.';
    const doc = runClaimStages(text, [...places, { id: 'person:bernie-sanders', type: 'person', names: ['Bernie Sanders'] }]);
    expect(doc.claims.filter((c) => c.speaker?.actorId?.startsWith('place:'))).toEqual([]);
  });
});
