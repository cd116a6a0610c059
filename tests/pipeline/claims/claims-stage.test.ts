import { describe, expect, it } from 'vitest';
import { runClaimStages } from './run-stages';

const claimsOf = (text: string) => runClaimStages(text).claims;

describe('claims stage: cue, content and source', () => {
  it('finds a direct quote with the cue after it and the speaker between', () => {
    const [c] = claimsOf('“We will not accept this,” Anna Kowalski said on Monday.');
    expect(c.text).toBe('“We will not accept this,”');
    expect(c.kind).toBe('direct');
    expect(c.cue?.text).toBe('said');
    expect(c.speaker?.name).toBe('Anna Kowalski');
  });

  it('handles "said X" inversion and an apposition', () => {
    // The actors stage runs before claims in the pipeline: the tagged name, not the description after it, is the speaker.
    const [c] = runClaimStages('“The talks are over,” said Jorge Castillo, the foreign minister.', [{ id: 'jc', type: 'person', names: ['Jorge Castillo'] }]).claims;
    expect(c.speaker?.name).toContain('Jorge Castillo');
    const [d] = claimsOf('Mei Tanaka, the party spokeswoman, said that the vote would be delayed.');
    expect(d.speaker?.name).toContain('Mei Tanaka');
    expect(d.text).toBe('that the vote would be delayed');
    expect(d.kind).toBe('indirect');
  });

  it('finds indirect speech with the cue before the content and with "according to"', () => {
    const [c] = claimsOf('The governor warned that the budget would run out by March.');
    expect(c.text).toBe('that the budget would run out by March');
    expect(c.speaker?.name).toBe('The governor');
    const [d] = claimsOf('The factory will close next year, according to the union.');
    expect(d.text).toBe('The factory will close next year');
    expect(d.speaker?.name).toBe('the union');
  });

  it('reads an opening "according to" up to its comma as the source, however long', () => {
    const [c] = claimsOf('According to two officials familiar with the talks, the bloc is preparing new sanctions.');
    expect(c.speaker?.name).toBe('two officials familiar with the talks');
    expect(c.text).toBe('the bloc is preparing new sanctions');
  });

  it('keeps a particle with its cue and a listener in the tail of a closing cue', () => {
    const [c] = claimsOf('The ministry did not rule out further talks with its neighbours.');
    expect(c.cue?.text).toBe('did not rule out');
    expect(c.text).toBe('further talks with its neighbours');
    const [d] = claimsOf('The talks could resume next month, the spokesman told reporters.');
    expect(d.text).toBe('The talks could resume next month');
    expect(d.speaker?.name).toBe('the spokesman');
  });

  it('never takes a day or a date after a closing cue for an inverted speaker', () => {
    const [c] = claimsOf('“The veto will be overridden,” Senate Majority Leader Marta Olsen, R-Ky., said Tuesday.');
    expect(c.text).toBe('“The veto will be overridden,”');
    expect(c.speaker?.name).toContain('Marta Olsen');
    const [d] = claimsOf('“We are ready,” the coach said Friday.');
    expect(d.speaker?.name).toBe('the coach');
  });

  it('reads a clause after the cue as the content, not an opening participle phrase before the subject', () => {
    const [c] = claimsOf('Speaking to the BBC, Chancellor Petra Vogel insisted the bloc would not back down.');
    expect(c.text).toBe('the bloc would not back down');
    expect(c.speaker?.name).toContain('Petra Vogel');
  });

  it('leaves a dateline out of the content', () => {
    const [c] = claimsOf('BRUSSELS (Reuters) - European Union leaders agreed to extend the sanctions, diplomats said.');
    expect(c.text).toBe('European Union leaders agreed to extend the sanctions');
    expect(c.speaker?.name).toBe('diplomats');
    const claims = runClaimStages('LONDON — Britain’s opposition Labour Party has accused the government of mishandling the crisis, saying ministers ignored warnings.', [
      { id: 'country:united-kingdom', type: 'country', names: ['Britain'] },
      { id: 'organization:labour-party', type: 'organization', names: ['Labour Party'] },
    ]).claims;
    expect(claims.map((c) => c.speaker?.name)).not.toContain('LONDON');
    expect(claims.map((c) => c.text)).toContain('the government of mishandling the crisis');
    // Both names inside the speaker phrase are one party: the claim has no target in it.
    expect(claims.find((c) => c.text === 'the government of mishandling the crisis')?.stance?.targetActorIds).toEqual([]);
  });

  it('never inverts a stance verb: its object is what it praises or condemns, not its subject', () => {
    const [c] = claimsOf('Democrats, meanwhile, praised the decision.');
    expect(c.text).toBe('the decision');
    expect(c.speaker?.name).toBe('Democrats');
  });

  it('ends content before ", while X said ...", which is a second speaker\'s claim', () => {
    const claims = claimsOf('Rosa Delgado called it “a victory for transparency,” while Representative Tom Becker said the fight was far from over.');
    expect(claims.map((c) => [c.text, c.speaker?.name])).toEqual([
      ['it “a victory for transparency,”', 'Rosa Delgado'],
      ['the fight was far from over', 'Representative Tom Becker'],
    ]);
  });

  it('does not read a stance word used as a noun as a cue ("press secretary", "the attack")', () => {
    const claims = runClaimStages('White House press secretary Josh Earnest condemned the attack. The attack raised fears of a crackdown.', [
      { id: 'organization:white-house', type: 'organization', names: ['White House'] },
      { id: 'person:josh-earnest', type: 'person', names: ['Josh Earnest'] },
    ]).claims;
    expect(claims.map((c) => c.cue?.text)).not.toContain('press');
    expect(claims.map((c) => c.cue?.text)).not.toContain('attack');
    expect(claims.find((c) => c.cue?.text === 'condemned')).toMatchObject({ text: 'the attack', speaker: { actorId: 'person:josh-earnest' } });
  });

  it('keeps "&" inside a source name and skips the listener of "tells"', () => {
    const [c] = claimsOf('Tourism is critical to the economy, according to the World Travel & Tourism Council.');
    expect(c.speaker?.name).toBe('the World Travel & Tourism Council');
    const d = runClaimStages('Obama tells the BBC his failure to pass gun laws is his greatest frustration.', [{ id: 'organization:bbc', type: 'organization', names: ['BBC'] }]).claims[0];
    expect(d.text).toBe('his failure to pass gun laws is his greatest frustration');
  });

  it('keeps a long apposition with an adjective in -ing with its inverted speaker', () => {
    const doc = runClaimStages('“The sea is hurting the whales,” says Parata, a fierce and uncompromising elder of the Ngati tribe of eastern Northland.', [
      { id: 'person:parata', type: 'person', names: ['Parata'] },
      { id: 'place:northland', type: 'place', names: ['Northland'] },
    ]);
    expect(doc.claims[0].speaker?.actorId).toBe('person:parata');
  });

  it('takes the subject before "states:" without the verb', () => {
    const [c] = claimsOf('As the report states: “The birth lottery matters more here than elsewhere.”');
    expect(c.speaker?.name).toBe('the report');
  });

  it('reads "speaking on condition of anonymity" as an aside of the speaker, not a claim, and names the speaker briefly', () => {
    const claims = claimsOf('Two officials, speaking on condition of anonymity because they were not authorized to discuss the talks, said a deal was close.');
    expect(claims.map((c) => [c.text, c.speaker?.name])).toEqual([['a deal was close', 'Two officials']]);
  });

  it('does not read a noun in the title before a name as a cue ("Opposition leader Kemi Badenoch")', () => {
    const claims = runClaimStages('Opposition leader Kemi Badenoch accused the government of weakness.', [{ id: 'person:kemi-badenoch', type: 'person', names: ['Kemi Badenoch'] }]).claims;
    expect(claims.map((c) => c.cue?.text)).toEqual(['accused']);
  });

  it('keeps the apposition of an inverted speaker when a time phrase follows it', () => {
    const [c] = claimsOf('“We will not back down,” said Maria Lopez, a senior official at the agency, on Monday.');
    expect(c.text).toBe('“We will not back down,”');
    expect(c.speaker?.name).toContain('Maria Lopez');
  });

  it('gives a question quote to the speaker of the inverted cue after it', () => {
    const [c] = claimsOf('“Why would we agree to that?” asked the foreign minister.');
    expect(c.text).toBe('“Why would we agree to that?”');
    expect(c.cue?.text).toBe('asked');
    expect(c.speaker?.name).toBe('the foreign minister');
  });

  it('reads an infinitive after the cue as the content even when commas set off the subject', () => {
    const [c] = claimsOf('The secretary-general, Ana Lima, called on Ruritania to show restraint.');
    expect(c.text).toBe('Ruritania to show restraint');
    const [d] = claimsOf('The chancellor, Jan Berg, urged the bloc to act quickly.');
    expect(d.text).toBe('the bloc to act quickly');
  });

  it('reads ", calling it ..." as a second claim of the same subject, not as an inverted speaker', () => {
    const claims = claimsOf('The government has rejected the proposal, calling it dangerous.');
    expect(claims.map((c) => [c.text, c.speaker?.name])).toContainEqual(['it dangerous', 'The government']);
  });

  it('finds indirect speech with the cue after the content', () => {
    const [c] = claimsOf('The economy grew faster than expected last quarter, the minister said.');
    expect(c.text).toBe('The economy grew faster than expected last quarter');
    expect(c.speaker?.name).toBe('the minister');
  });

  it('reads the words after the cue, not an opening time or place phrase, as the content', () => {
    const [c] = claimsOf('In July, the union called for a moratorium on charter schools.');
    expect(c.text).toBe('a moratorium on charter schools');
    expect(c.speaker?.name).toBe('the union');
    const [d] = claimsOf('Through a spokesman, the senator declined to comment.');
    expect(d.text).toBe('to comment');
  });

  it('takes the subject of a passive cue as the content and the "by" phrase as the source', () => {
    const [c] = claimsOf('The proposal has been endorsed by dozens of newspapers.');
    expect(c.text).toBe('The proposal');
    expect(c.speaker?.name).toBe('dozens of newspapers');
  });

  it('marks a partial quote inside reported speech as mixed', () => {
    const [c] = claimsOf('Leila Haddad said the plan was “a disaster for farmers” and must change.');
    expect(c.kind).toBe('mixed');
    expect(c.text).toContain('“a disaster for farmers”');
  });

  it('takes a colon-introduced quote, and joins a quote split by its cue', () => {
    const [c] = claimsOf('The senator declared: “We have the votes.”');
    expect(c.text).toBe('“We have the votes.”');
    const [d] = claimsOf('“Every time you say that,” Tester said, “you help them.”');
    expect(d.text).toBe('“Every time you say that,” Tester said, “you help them.”');
  });

  it('extends a quote split by its cue into the next sentence, as PolNeAR does', () => {
    const text = '“CNN has done an awful job,” Barkley said. “They have followed ratings.”';
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0].end).toBe(text.length);
  });

  it('does not make a claim of a short scare quote without a cue', () => {
    expect(claimsOf('The so-called “reform” passed the house easily.')).toEqual([]);
  });

  it('gives a lone quote paragraph the speaker of the claim before it', () => {
    const claims = claimsOf('Sven Lindqvist said: “We will win this.”\n\n“Nobody can stop the people now, not even the courts.”');
    expect(claims).toHaveLength(2);
    expect(claims[1].cue).toBeNull();
    expect(claims[1].speaker?.name).toBe('Sven Lindqvist');
  });

  it('continues a quote closed by its cue into a quote opening the next paragraph, as PolNeAR counts one attribution', () => {
    const text = '“We will win this,” Sven Lindqvist said.\n\n“Nobody can stop the people now, not even the courts.”\n\nThe campaign declined to comment.';
    const claims = claimsOf(text);
    expect(claims[0].text).toBe('“We will win this,” Sven Lindqvist said.\n\n“Nobody can stop the people now, not even the courts.”');
    expect(claims[0].speaker?.name).toBe('Sven Lindqvist');
    // The next paragraph's cue never reaches back for the quote before it.
    expect(claims.filter((c) => c.text.includes('Nobody'))).toHaveLength(1);
  });

  it('does not run one speaker\'s quote into the next paragraph\'s quote that another named speaker closes', () => {
    const text = '“We will not give up on this city,” Sven Lindqvist wrote.\n\n“This is the worst winter we have seen,” Maria Holm told reporters.';
    const claims = claimsOf(text);
    expect(claims.map((c) => [c.text, c.speaker?.name])).toEqual([
      ['“We will not give up on this city,”', 'Sven Lindqvist'],
      ['“This is the worst winter we have seen,”', 'Maria Holm'],
    ]);
  });

  it('gives no speaker to a quote whose own unread cue names someone else, rather than the speaker before it', () => {
    const text = '“We will not give up on this city,” Sven Lindqvist wrote.\n\n“This is the worst winter we have seen,” a mother of three from Dayton who has been out of work since May told reporters outside the plant.';
    const claims = claimsOf(text);
    const second = claims.find((c) => c.text.startsWith('“This is'));
    expect(claims[0].text).toBe('“We will not give up on this city,”');
    expect(second?.speaker?.name).not.toBe('Sven Lindqvist');
  });

  it('takes the name after a dash as the speaker of a cue-less quote', () => {
    const [c] = claimsOf('“He has woken our communities from their slumber and we will vote.” ― Julie Diaz Martinez');
    expect(c.cue).toBeNull();
    expect(c.speaker?.name).toBe('Julie Diaz Martinez');
  });
});

describe('verb particles', () => {
  it('keeps "out" with the cue in "laid out her vision", so the content is what was laid out', () => {
    const claims = runClaimStages('Clinton laid out her vision for the economy on Monday.', [{ id: 'c', type: 'person', names: ['Clinton'] }]).claims;
    const c = claims.find((x) => x.cue?.text.startsWith('laid'));
    expect(c?.cue?.text).toBe('laid out');
    expect(c?.text.startsWith('her vision')).toBe(true);
  });

  it('keeps the particle before the colon or comma that opens what was said ("points out:", "shot back,")', () => {
    const out = runClaimStages('Trump points out: the deficit is rising.').claims[0];
    expect(out).toMatchObject({ text: 'the deficit is rising', cue: { text: 'points out' } });
    const back = runClaimStages('Sanders shot back, “I stood up against the banks.”').claims[0];
    expect(back).toMatchObject({ text: '“I stood up against the banks.”', cue: { text: 'shot back' } });
  });
});

describe('content that says nothing', () => {
  it('makes no claim of a lone preposition left after a cue ("tweeted | about")', () => {
    expect(runClaimStages('He tweeted about\n\n"a rigged system" on Friday.').claims.map((c) => c.text)).not.toContain('about');
  });

  it('makes no claim of a byline\'s date and time ("CNNMoney (New York) First published February 1, 2016: 1:28 AM ET")', () => {
    const text = 'The report was released on Monday, officials said.\nCNNMoney (New York) First published February 1, 2016: 1:28 AM ET';
    const claims = runClaimStages(text, [{ id: 'organization:cnnmoney', type: 'organization', names: ['CNNMoney'] }]).claims;
    expect(claims.map((c) => c.text)).toEqual(['The report was released on Monday']);
  });

  it('makes no claim of only whom something was told ("told reporters.", "told the Post."), but keeps what was told ("told a joke")', () => {
    expect(runClaimStages('The company declined to comment. Its chief executive told reporters.').claims.map((c) => c.text)).not.toContain('reporters');
    expect(runClaimStages('Ryan later spoke about the plan. He told the Post.').claims.map((c) => c.text)).not.toContain('the Post');
    expect(runClaimStages('At the rally, Johnson told a joke.').claims.map((c) => c.text)).toContain('a joke');
  });

  it('makes no claim of a page\'s button or caption ("View Photos"), and keeps the report below it', () => {
    const claims = runClaimStages('View Photos\n\nGunmen attacked the museum on Wednesday, officials said.').claims;
    expect(claims.map((c) => c.text)).toEqual(['Gunmen attacked the museum on Wednesday']);
  });
});

describe('"that" after the cue\'s object', () => {
  it('reads "blocked a state law that would have …" as a relative clause on the law, and "in a 114-page ruling that" as a setting', () => {
    const blocked = claimsOf('A federal judge on Friday blocked a state law that would have allowed police to arrest migrants.').find((c) => c.cue?.text === 'blocked');
    expect(blocked?.text.startsWith('a state law that')).toBe(true);
    const wrote = claimsOf('Judge David Ezra wrote in a 114-page ruling that the law likely violated the Constitution.').find((c) => c.cue?.text === 'wrote');
    expect(wrote?.text).toBe('that the law likely violated the Constitution');
  });

  it('still starts at "that" after a listener or a noun that takes a clause ("warned lawmakers that", "expressed concern that")', () => {
    expect(claimsOf('She warned lawmakers that the bill would fail.')[0].text).toBe('that the bill would fail');
    expect(claimsOf('The senator expressed concern that the deal would collapse.')[0].text).toBe('that the deal would collapse');
  });
});
