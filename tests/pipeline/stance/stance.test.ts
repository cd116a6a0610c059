import { describe, expect, it } from 'vitest';
import { runClaimStages } from '../claims/run-stages';
import { lemma, topicKey } from '../../../lib/pipeline/stance/topic';

const polarityOf = (text: string) => runClaimStages(text).claims[0]?.stance?.polarity;

describe('stance stage', () => {
  it('reads support and opposition from cue and content', () => {
    expect(polarityOf('The senator said the reform was unacceptable.')).toBe('oppose');
    expect(polarityOf('The union strongly backed the new wage deal.')).toBe('support');
    expect(polarityOf('Paris remains staunchly opposed to the merger.')).toBe('oppose');
    expect(polarityOf('Officials remain hesitant to commit to the project.')).toBe('oppose');
    // Evaluative words take a side too, without a stance verb.
    expect(polarityOf('The union said the sentence was excessive.')).toBe('oppose');
    expect(polarityOf('Ruiz, the family’s lawyer, called the ruling a travesty.')).toBe('oppose');
    expect(polarityOf('The mayor said the vote was a historic victory.')).toBe('support');
    // Defending something is standing up for it.
    expect(polarityOf('The mayor on Tuesday defended her plan to move people off the streets.')).toBe('support');
  });

  it('reads a reporting verb as how something was said, not as a side taken', () => {
    // Corpus weights leant on "arguing" and "claims" by chance; the content decides.
    expect(polarityOf('Democrats are arguing that the agency needs the money to chase tax cheats.')).toBe('support');
    expect(polarityOf('The company claims that its new chip is the fastest on the market.')).toBe('neutral');
    expect(polarityOf('The minister acknowledged that the figures were correct.')).toBe('neutral');
  });

  it('reads "critical to" as essential, and "critical of" as criticism', () => {
    expect(polarityOf('Tourism is critical to the economy, the council said.')).toBe('support');
    expect(polarityOf('The council said it was critical of the new tax.')).toBe('oppose');
  });

  it('does not count a stance the content ascribes to someone else ("a bill backed by the president")', () => {
    expect(polarityOf('The Senate rejected a border security bill backed by the president.')).toBe('oppose');
  });

  it('turns polarity around under negation', () => {
    expect(polarityOf('The minister said she would support the plan.')).toBe('support');
    expect(polarityOf('The minister said she would not support the plan.')).toBe('oppose');
    expect(polarityOf('The president said he did not rule out a deal.')).toBe('support');
  });

  it('is neutral when nothing takes a side', () => {
    expect(polarityOf('The spokesman said the meeting would take place on Tuesday.')).toBe('neutral');
    // An adverb capitalised only because it opens a quote is no party the speaker takes a side on.
    expect(runClaimStages('Asked whether he would resign, Harlow said: "Absolutely not."', [{ id: 'person:harlow', type: 'person', names: ['Harlow'] }]).claims.find((c) => c.kind === 'direct')?.stance?.polarity).toBe('neutral');
  });

  it('lists actors in the content as targets, never the speaker', () => {
    const doc = runClaimStages('Mark Lee said Ruritania must leave the Union.', [
      { id: 'person:mark-lee', type: 'person', names: ['Mark Lee'] },
      { id: 'country:ruritania', type: 'country', names: ['Ruritania'] },
    ]);
    expect(doc.claims[0].stance?.targetActorIds).toEqual(['country:ruritania']);
  });

  it('groups the same issue under one topic key whatever the wording', () => {
    expect(lemma('weapons')).toBe('weapon');
    const a = topicKey('ruritania joining the alliance as a full membership'.split(' '), ['country:ruritania', 'organization:alliance']);
    const b = topicKey('membership of the alliance for ruritania'.split(' '), ['organization:alliance', 'country:ruritania']);
    expect(a.startsWith('membership')).toBe(true);
    expect(a.endsWith('alliance:ruritania')).toBe(true);
    expect(b).toBe('membership:alliance:ruritania');
  });

  it('keys a topic by what is at issue, not by the stance verb or the names the actor ids already give', () => {
    const doc = runClaimStages('Mark Lee said Ruritania remains staunchly opposed to Union expansion.', [
      { id: 'person:mark-lee', type: 'person', names: ['Mark Lee'] },
      { id: 'country:ruritania', type: 'country', names: ['Ruritania'] },
      { id: 'organization:union', type: 'organization', names: ['Union'] },
    ]);
    expect(doc.claims[0].stance?.topic).toBe('expansion:ruritania:union');
  });

  it('does not count names in the attribution inside an interrupted quote as targets', () => {
    const doc = runClaimStages('“This is not the time for half measures,” Ms. Kallas told the Union. “We need to act now.”', [
      { id: 'person:kaja-kallas', type: 'person', names: ['Kallas'] },
      { id: 'organization:union', type: 'organization', names: ['Union'] },
    ]);
    const quote = doc.claims.find((c) => c.kind === 'direct')!;
    expect(quote.text).toContain('act now');
    expect(quote.stance?.targetActorIds).toEqual([]);
  });
});

describe('non-answers', () => {
  it('gives "did not respond to a request for comment" no side', () => {
    const claims = runClaimStages('Ms. Rivera did not respond to a request for comment. Smith did not respond to emailed questions about the deal.').claims;
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.stance?.polarity)).toEqual(claims.map(() => 'neutral'));
  });
});

describe('questions', () => {
  it('gives a question no side ("pressed the minister on whether …", "Pressed on whether he would resign")', () => {
    const claims = runClaimStages('Reporters pressed the minister on whether he would support the plan.').claims;
    expect(claims.find((c) => c.text.includes('whether'))?.stance?.polarity).toBe('neutral');
    // An opening question: the whole-claim filter may keep it or not (it scores near the threshold); kept, it takes no side.
    const opening = runClaimStages('Pressed on whether he would resign, the minister replied: “Absolutely not.”').claims;
    for (const c of opening.filter((x) => x.text.includes('resign'))) expect(c.stance?.polarity).toBe('neutral');
  });
});
