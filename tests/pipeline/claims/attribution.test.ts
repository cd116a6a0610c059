import { describe, expect, it } from 'vitest';
import { runClaimStages } from './run-stages';

describe('attribution stage', () => {
  it('links the speaker span to the person named inside it, not to their organisation', () => {
    const doc = runClaimStages('Kremlin spokesman Dmitry Peskov said the plan was unacceptable.', [
      { id: 'country:russia', type: 'country', names: ['Kremlin'] },
      { id: 'person:dmitry-peskov', type: 'person', names: ['Dmitry Peskov'] },
    ]);
    expect(doc.claims[0].speaker).toMatchObject({ actorId: 'person:dmitry-peskov', name: 'Dmitry Peskov' });
  });

  it('gives "he" to the subject of a recent sentence rather than to a man named after it as an object', () => {
    const doc = runClaimStages('Donald Trump returned the compliment to Sheldon Adelson on Monday. On the subject of Israel, he added that the two agreed.', [
      { id: 'person:donald-trump', type: 'person', names: ['Donald Trump'] },
      { id: 'person:sheldon-adelson', type: 'person', names: ['Sheldon Adelson'] },
    ]);
    expect(doc.claims.find((c) => c.cue?.text === 'added')?.speaker).toMatchObject({ actorId: 'person:donald-trump' });
  });

  it('gives "it" to the organisation that was the subject, not to one named after it', () => {
    const doc = runClaimStages('Acme Corp sued Globex Industries on Monday. It said the contract had been broken.', [
      { id: 'organization:acme', type: 'organization', names: ['Acme Corp'] },
      { id: 'organization:globex', type: 'organization', names: ['Globex Industries'] },
    ]);
    expect(doc.claims.find((c) => c.cue?.text === 'said')?.speaker).toMatchObject({ actorId: 'organization:acme' });
  });

  it('does not give "he" to a man named inside the quote he speaks', () => {
    const doc = runClaimStages('Donald Trump spoke on Sunday. “Obama does not get along with Putin,” he said.', [
      { id: 'person:donald-trump', type: 'person', names: ['Donald Trump'] },
      { id: 'person:barack-obama', type: 'person', names: ['Obama'] },
      { id: 'person:vladimir-putin', type: 'person', names: ['Putin'] },
    ]);
    expect(doc.claims[0].speaker).toMatchObject({ actorId: 'person:donald-trump' });
  });

  it('reads "they" as the group described just before, not the organisation named last', () => {
    const doc = runClaimStages('The regulator blocked the merger. Consumer groups welcomed the ruling, which they said protected families from rising prices.', [
      { id: 'organization:cma', type: 'organization', names: ['The regulator'] },
    ]);
    const c = doc.claims.find((x) => x.speaker?.start !== null && doc.text.slice(x.speaker!.start!, x.speaker!.end!) === 'they');
    expect(c?.speaker).toMatchObject({ actorId: null, name: 'Consumer groups' });
  });

  it('gives the claim to the person an apposition describes, not to the person named inside the description', () => {
    const actors = [
      { id: 'person:ed-rendell', type: 'person' as const, names: ['Ed Rendell'] },
      { id: 'person:maria-novak-lund', type: 'person' as const, names: ['Maria Novak-Lund'] },
    ];
    // The longer name is inside the description: length alone would pick it.
    const doc = runClaimStages('Ed Rendell, a longtime Maria Novak-Lund ally, said the illness was common during campaigns.', actors);
    expect(doc.claims[0].speaker).toMatchObject({ actorId: 'person:ed-rendell' });
  });

  it('links the organisation a spokesperson speaks for, and none for a person speaking alone', () => {
    const actors = [
      { id: 'organization:acme', type: 'organization' as const, names: ['Acme'] },
      { id: 'person:lena-fox', type: 'person' as const, names: ['Lena Fox'] },
    ];
    const spokes = runClaimStages('Acme spokeswoman Lena Fox said the plant would stay open.', actors);
    expect(spokes.claims[0].speaker).toMatchObject({ actorId: 'person:lena-fox', organizationId: 'organization:acme' });
    const alone = runClaimStages('Lena Fox said the plant would stay open.', actors);
    expect(alone.claims[0].speaker?.organizationId).toBeUndefined();
  });

  it('resolves "he" to the nearest earlier person and "the ministry" to the nearest organisation', () => {
    const text = 'Ivan Novak met the Finance Ministry on Monday. Later he said that taxes would rise. The ministry said the talks went well.';
    const doc = runClaimStages(text, [
      { id: 'person:ivan-novak', type: 'person', names: ['Ivan Novak'] },
      { id: 'organization:finance-ministry', type: 'organization', names: ['Finance Ministry'] },
    ]);
    const bySpeakerText = doc.claims.map((c) => [text.slice(c.speaker!.start!, c.speaker!.end!), c.speaker!.actorId]);
    expect(bySpeakerText).toContainEqual(['he', 'person:ivan-novak']);
    expect(bySpeakerText).toContainEqual(['The ministry', 'organization:finance-ministry']);
  });

  it('resolves "the spokeswoman" to the person the text called a spokeswoman, even when another was named since', () => {
    const actors = [
      { id: 'person:lena-fox', type: 'person' as const, names: ['Lena Fox'] },
      { id: 'person:ana-novak', type: 'person' as const, names: ['Ana Novak'] },
    ];
    const text = 'Acme spokeswoman Lena Fox met Senator Ana Novak. The spokeswoman said the plant would stay open. The senator said she agreed.';
    const doc = runClaimStages(text, actors);
    const bySpeakerText = doc.claims.map((c) => [text.slice(c.speaker!.start!, c.speaker!.end!), c.speaker!.actorId]);
    expect(bySpeakerText).toContainEqual(['The spokeswoman', 'person:lena-fox']);
    expect(bySpeakerText).toContainEqual(['The senator', 'person:ana-novak']);
  });

  it('keeps the description after an inverted speaker with her, and links the organisation she speaks for', () => {
    const doc = runClaimStages('“The talks will continue,” said Lena Fox, a spokeswoman for Acme.', [
      { id: 'organization:acme', type: 'organization', names: ['Acme'] },
      { id: 'person:lena-fox', type: 'person', names: ['Lena Fox'] },
    ]);
    expect(doc.claims[0].speaker).toMatchObject({ actorId: 'person:lena-fox', organizationId: 'organization:acme' });
  });

  it('leaves "the president" unlinked when nobody was introduced as president', () => {
    const actors = [
      { id: 'person:tomas-varga', type: 'person' as const, names: ['Tomas Varga'] },
      { id: 'person:laura-chen', type: 'person' as const, names: ['Laura Chen'] },
    ];
    const doc = runClaimStages('Tomas Varga met the company\'s chief executive, Laura Chen, on Friday. The president said the deal was dead.', actors);
    expect(doc.claims.find((c) => c.text === 'the deal was dead')?.speaker).toMatchObject({ name: 'The president', actorId: null });
    const introduced = runClaimStages('President Tomas Varga met chief executive Laura Chen on Friday. The president said the deal was dead.', actors);
    expect(introduced.claims.find((c) => c.text === 'the deal was dead')?.speaker?.actorId).toBe('person:tomas-varga');
  });

  it('never resolves "he" to a woman or "she" to a man', () => {
    const actors = [
      { id: 'person:laura-chen', type: 'person' as const, names: ['Laura Chen'] },
      { id: 'person:tomas-varga', type: 'person' as const, names: ['Tomas Varga'] },
    ];
    const text = 'Mr. Tomas Varga left early. Laura Chen denied any wrongdoing, and she said the firm had complied. Later he said he would appeal.';
    const doc = runClaimStages(text, actors);
    const bySpeakerText = doc.claims.map((c) => [text.slice(c.speaker!.start!, c.speaker!.end!), c.speaker!.actorId]);
    expect(bySpeakerText).toContainEqual(['she', 'person:laura-chen']);
    expect(bySpeakerText).toContainEqual(['he', 'person:tomas-varga']);
  });

  it('knows a person named by a first name alone ("Anita") is a woman, so "He said" is someone else', () => {
    const actors = [{ id: 'tv', type: 'person' as const, names: ['Tomas Varga'] }, { id: 'an', type: 'person' as const, names: ['Anita'] }];
    const text = 'Tomas Varga spoke at the rally on Monday. Anita was in the crowd that day. “It was a big deal, right?” He said.';
    expect(runClaimStages(text, actors).claims.map((c) => c.speaker?.actorId)).toEqual(['tv']);
  });

  it('gives a "he" opening the sentence after a claim to that claim\'s speaker, not to the person it talked about', () => {
    const actors = [
      { id: 'person:chris-cox', type: 'person' as const, names: ['Chris Cox'] },
      { id: 'person:tomas-varga', type: 'person' as const, names: ['Tomas Varga'] },
    ];
    const text = 'Chris Cox says Tomas Varga is trying to distract from his record. He says voters do not need more lectures.';
    const doc = runClaimStages(text, actors);
    expect(doc.claims.find((c) => c.text.startsWith('voters'))?.speaker).toMatchObject({ actorId: 'person:chris-cox' });
    // With a sentence between that is no claim, "he" is again the nearest person.
    const later = runClaimStages('Chris Cox says the plan failed. Tomas Varga went home early. He says he is tired.', actors);
    expect(later.claims.find((c) => c.text.startsWith('he is'))?.speaker).toMatchObject({ actorId: 'person:tomas-varga' });
  });

  it('with no sign in the article, takes a first name the news gives to men or women as one', () => {
    const actors = [
      { id: 'person:angela-novak', type: 'person' as const, names: ['Angela Novak'] },
      { id: 'person:john-varga', type: 'person' as const, names: ['John Varga'] },
    ];
    const text = 'Angela Novak met John Varga in Vienna. Later she said the talks had gone well.';
    const doc = runClaimStages(text, actors);
    expect(doc.claims.find((c) => c.text.startsWith('the talks'))?.speaker).toMatchObject({ actorId: 'person:angela-novak' });
  });

  it('gives a "he" right after an unnamed "the president" to the president, not to someone named earlier', () => {
    const doc = runClaimStages('Tomas Varga ran the poll. “It is a witch hunt,” the president wrote. He said he would fight.', [
      { id: 'person:tomas-varga', type: 'person', names: ['Tomas Varga'] },
    ]);
    expect(doc.claims.find((c) => c.text === 'he would fight')?.speaker).toMatchObject({ name: 'the president', actorId: null });
  });

  it('reads a description up to its comma, not to the end of a relative clause', () => {
    const doc = runClaimStages('Senator Ana Novak spoke on Tuesday. The senator, who has long opposed the bill, said she would vote against it.', [
      { id: 'person:ana-novak', type: 'person', names: ['Ana Novak'] },
    ]);
    expect(doc.claims.find((c) => c.text === 'she would vote against it')?.speaker?.actorId).toBe('person:ana-novak');
  });

  it('does not take "her spokesman" for her', () => {
    const doc = runClaimStages('Ana Novak resigned on Friday. Her spokesman said the decision was final.', [{ id: 'person:ana-novak', type: 'person', names: ['Ana Novak'] }]);
    expect(doc.claims[0].speaker).toMatchObject({ name: 'Her spokesman', actorId: null });
  });

  it('does not take "the company" for the country named last', () => {
    const doc = runClaimStages('Ruritania raised its tariffs. The company said profits had fallen.', [{ id: 'country:ruritania', type: 'country', names: ['Ruritania'] }]);
    expect(doc.claims.find((c) => c.speaker?.name === 'The company')?.speaker?.actorId).toBeNull();
  });

  it('gives "Ruritania\'s president" to the person introduced as its president, and the country as the party', () => {
    const actors = [
      { id: 'country:ruritania', type: 'country' as const, names: ['Ruritania'] },
      { id: 'person:ana-novak', type: 'person' as const, names: ['Ana Novak'] },
      { id: 'person:tomas-varga', type: 'person' as const, names: ['Tomas Varga'] },
    ];
    const text = 'Ruritania elected President Ana Novak in May. Tomas Varga, the American president, visited. Ruritania\'s president said the troops would stay.';
    const doc = runClaimStages(text, actors);
    const claim = doc.claims.find((c) => c.text === 'the troops would stay');
    expect(claim?.speaker).toMatchObject({ actorId: 'person:ana-novak', organizationId: 'country:ruritania' });
  });

  it('leaves "Ruritania\'s president" to the country when no person was introduced as its president', () => {
    const actors = [
      { id: 'country:ruritania', type: 'country' as const, names: ['Ruritania'] },
      { id: 'person:tomas-varga', type: 'person' as const, names: ['Tomas Varga'] },
    ];
    const doc = runClaimStages('President Tomas Varga spoke first. Ruritania\'s president said the troops would stay.', actors);
    expect(doc.claims.find((c) => c.text === 'the troops would stay')?.speaker?.actorId).toBe('country:ruritania');
  });

  it('files "Chicago residents" under no one, not under the city', () => {
    const doc = runClaimStages('Chicago residents have accused the mayor of covering up the shooting.', [{ id: 'place:chicago', type: 'place', names: ['Chicago'] }]);
    expect(doc.claims[0].speaker).toMatchObject({ name: 'Chicago residents', actorId: null });
  });

  it('reads "Many in Fort Pierce said …" as people of the town speaking, not the town', () => {
    const doc = runClaimStages('The town has grown fast. Many in Fort Pierce said the last time anyone paid this much attention was in 1985.', [{ id: 'place:fort-pierce', type: 'place', names: ['Fort Pierce'] }]);
    expect(doc.claims[0].speaker).toMatchObject({ name: 'Many in Fort Pierce', actorId: null });
  });

  it('gives "Earnest said" to Josh Earnest, though the tagger read the surname as a common word', () => {
    const text = 'White House press secretary Josh Earnest spoke on Monday. Earnest said that the talks would go on.';
    const doc = runClaimStages(text, [{ id: 'person:josh-earnest', type: 'person', names: ['Josh Earnest'] }]);
    expect(doc.claims.find((c) => c.text.includes('talks'))?.speaker?.actorId).toBe('person:josh-earnest');
  });

  it('gives "the Texas senator" to the person introduced as "Texas Sen."', () => {
    const actors = [
      { id: 'place:texas', type: 'place' as const, names: ['Texas'] },
      { id: 'person:ted-cruz', type: 'person' as const, names: ['Ted Cruz'] },
    ];
    const doc = runClaimStages('Texas Sen. Ted Cruz campaigned in Iowa on Monday.\n\n“We need to respect the voters,” the Texas senator said.', actors);
    expect(doc.claims.find((c) => c.kind === 'direct')?.speaker?.actorId).toBe('person:ted-cruz');
  });

  it('gives "he" to the governor who spoke since, not to an unnamed senator before him', () => {
    const actors = [
      { id: 'person:ted-cruz', type: 'person' as const, names: ['Ted Cruz'] },
      { id: 'person:john-kasich', type: 'person' as const, names: ['John Kasich'] },
      { id: 'place:ohio', type: 'place' as const, names: ['Ohio'] },
    ];
    const text = 'Ted Cruz campaigned in Iowa, and Gov. John Kasich of Ohio stayed home.\n\n“We need to respect the voters,” the Texas senator said.\n\n' +
      'Later, the Ohio governor told reporters that he would stay in the race. He said the polls were wrong.';
    const doc = runClaimStages(text, actors);
    expect(doc.claims.find((c) => c.text.includes('stay in the race'))?.speaker?.actorId).toBe('person:john-kasich');
    expect(doc.claims.find((c) => c.text.includes('polls'))?.speaker?.actorId).toBe('person:john-kasich');
  });

  it('gives "the French president" to the French leader the article named, with France as the party', () => {
    const actors = [
      { id: 'person:emmanuel-macron', type: 'person' as const, names: ['Emmanuel Macron'] },
      { id: 'person:olaf-scholz', type: 'person' as const, names: ['Olaf Scholz'] },
      { id: 'country:france', type: 'country' as const, names: ['French'] },
    ];
    const doc = runClaimStages('Emmanuel Macron met Olaf Scholz in Berlin. The French president said Europe must stand together.', actors);
    expect(doc.claims.find((c) => c.text === 'Europe must stand together')?.speaker).toMatchObject({ actorId: 'person:emmanuel-macron', organizationId: 'country:france' });
    // Without a French leader in the article, the country speaks.
    const alone = runClaimStages('Olaf Scholz met the French foreign minister. The French president said nothing would change.', actors.slice(1));
    expect(alone.claims.find((c) => c.text === 'nothing would change')?.speaker?.actorId).toBe('country:france');
  });

  it('gives "a French president who …" to the leader too: the relative pronoun the span runs on to is no title', () => {
    const actors = [
      { id: 'person:emmanuel-macron', type: 'person' as const, names: ['Emmanuel Macron'] },
      { id: 'country:france', type: 'country' as const, names: ['French'] },
    ];
    const doc = runClaimStages('Emmanuel Macron won again. The result keeps in place a French president who has declared his intention to resist the plan.', actors);
    expect(doc.claims.find((c) => c.cue?.text === 'has declared')?.speaker?.actorId).toBe('person:emmanuel-macron');
  });

  it('gives "its foreign minister" to the country or organisation "its" stands for', () => {
    const doc = runClaimStages('Ruritania closed the border. Its foreign minister said the talks had failed.', [{ id: 'country:ruritania', type: 'country', names: ['Ruritania'] }]);
    expect(doc.claims.find((c) => c.text === 'the talks had failed')?.speaker?.actorId).toBe('country:ruritania');
  });

  it('follows "X, who said" back to X', () => {
    const doc = runClaimStages('Voters like Tomas Varga, who has promised to cut taxes.', [{ id: 'person:tomas-varga', type: 'person', names: ['Tomas Varga'] }]);
    expect(doc.claims[0].speaker?.actorId).toBe('person:tomas-varga');
    // An unnamed speaker is shown without the relative pronoun its span runs to.
    const officials = runClaimStages('The officials, who asked not to be named, added that the talks would resume.');
    expect(officials.claims[0].speaker?.name).toBe('The officials');
  });

  it('steps over a stretch of time between the speaker and the verb ("who has in the past described")', () => {
    const actors = [{ id: 'person:tomas-varga', type: 'person' as const, names: ['Tomas Varga'] }];
    const past = runClaimStages('Tomas Varga, who has in the past described the tax as theft, spoke on Monday.', actors);
    expect(past.claims[0].speaker?.actorId).toBe('person:tomas-varga');
    const years = runClaimStages('Tomas Varga has over the past two years argued that the tax should go.', actors);
    expect(years.claims[0].speaker?.actorId).toBe('person:tomas-varga');
  });

  it('gives figures "released by" an organisation to that organisation, and leaves figures with no one behind them unlinked', () => {
    const eurostat = [{ id: 'organization:eurostat', type: 'organization' as const, names: ['Eurostat'] }];
    const doc = runClaimStages('Inflation fell to 2.1 percent in October, according to figures released on Thursday by Eurostat.', eurostat);
    expect(doc.claims[0]).toMatchObject({ text: 'Inflation fell to 2.1 percent in October', speaker: { actorId: 'organization:eurostat', name: 'Eurostat' } });
    const count = runClaimStages('Clinton leads by 271 delegates, according to a count by The Associated Press.', [
      { id: 'organization:ap', type: 'organization', names: ['The Associated Press'] },
    ]);
    expect(count.claims[0].speaker?.actorId).toBe('organization:ap');
    const plain = runClaimStages('Inflation fell to 2.1 percent, according to figures released on Thursday.', eurostat);
    expect(plain.claims[0].speaker).toMatchObject({ actorId: null });
  });

  it('files "Many Tunisians" under themselves, and "the Russians" and "Tunisian officials" under the country', () => {
    // The helper's first name is the actor's; every occurrence of each name is a mention.
    const tunisia = (form: string) => [{ id: 'country:tunisia', type: 'country' as const, names: ['Tunisia', form] }];
    const many = runClaimStages('Many Tunisians accuse the government of failing them.', tunisia('Tunisians')).claims[0].speaker;
    expect(many).toMatchObject({ actorId: null, name: 'Many Tunisians' });
    const officials = runClaimStages('Tunisian officials said the border would stay closed.', tunisia('Tunisian')).claims[0].speaker;
    expect(officials?.actorId).toBe('country:tunisia');
    const russians = runClaimStages('The Russians said the talks were over.', [{ id: 'country:russia', type: 'country', names: ['Russia', 'Russians'] }]).claims[0].speaker;
    expect(russians?.actorId).toBe('country:russia');
  });

  it('reads "…, the source, who said …, told Reuters." as the source closing the sentence, not the words before it', () => {
    const doc = runClaimStages(
      "The ministers fled to the compound after their homes were attacked by troops in Tuesday night's coup, the source, who said he had spoken to people inside the compound, told Reuters.",
    );
    const told = doc.claims.find((c) => c.cue?.text === 'told');
    expect(told?.text.startsWith('The ministers fled to the compound')).toBe(true);
    expect(told?.speaker?.name).toBe('the source');
    const official = runClaimStages('The ministers fled to the compound, the official, who asked not to be named, told reporters.').claims;
    expect(official.map((c) => [c.text, c.speaker?.name])).toEqual([['The ministers fled to the compound', 'the official']]);
  });

  it('follows "who" back over a dash or a bracket, and hangs "those who said" on "those"', () => {
    const graham = [{ id: 'person:lindsey-graham', type: 'person' as const, names: ['Lindsey Graham', 'Graham'] }];
    const dash = runClaimStages('On Monday, Graham—who had previously endorsed Jeb Bush for president—spoke in Iowa.', graham);
    expect(dash.claims.find((c) => c.cue?.text === 'had previously endorsed')?.speaker?.actorId).toBe('person:lindsey-graham');
    const bracket = runClaimStages('The kids held up a photo of Lindsey Graham (who enthusiastically endorses the plan).', graham);
    expect(bracket.claims.find((c) => c.cue?.text.endsWith('endorses'))?.speaker?.actorId).toBe('person:lindsey-graham');
    const those = runClaimStages('Among those who said the economy was their top issue, most backed the senator.');
    expect(those.claims.find((c) => c.cue?.text === 'said')?.speaker?.name).toBe('those');
  });

  it('leaves an unknown source unlinked rather than guessing', () => {
    const doc = runClaimStages('A source said the deal was close.', [{ id: 'person:x-y', type: 'person', names: ['Xavier Yu'] }]);
    expect(doc.claims[0].speaker?.actorId).toBeNull();
    expect(doc.claims[0].speaker?.name).toBe('A source');
  });
});

describe('first names as gender evidence', () => {
  it('never gives "she" to a man known only by a first name the article gives no pronoun for', () => {
    const text = 'Jens Stoltenberg met the delegation on Monday. “I don’t know,” she said when asked about the vote.';
    const doc = runClaimStages(text, [{ id: 'person:jens-stoltenberg', type: 'person', names: ['Jens Stoltenberg'] }]);
    expect(doc.claims.filter((c) => c.speaker?.actorId === 'person:jens-stoltenberg')).toEqual([]);
  });
});
