// Attributions the way news writes them around quotes and reported speech: quote first, inverted or described speakers,
// second speakers, reported quotations and set phrases; each case a reader would see go wrong before its fix.
import { describe, expect, it } from 'vitest';
import { runClaimStages } from './run-stages';

describe('quotes before their cue', () => {
  it('gives "“…,” X, 58, told AFP" to X, not to the listener', () => {
    const text = '“We were wrong not to confront him from the start,” Ramos, 58, told AFP in an interview.';
    const [c] = runClaimStages(text, [{ id: 'r', type: 'person', names: ['Ramos'] }, { id: 'afp', type: 'organization', names: ['AFP'] }]).claims;
    expect(c.text).toBe('“We were wrong not to confront him from the start,”');
    expect(c.speaker?.actorId).toBe('r');
  });

  it('reads quotes typed with the wrong or mixed marks around "she said" as her claim', () => {
    // A left mark closing the quote ("…,“ she said"): the quote was dropped and nothing was claimed.
    const typo = 'The talks failed again.\n\n“Apparently not,“ she said. “The old habits remain.”';
    expect(runClaimStages(typo).claims.map((c) => [c.cue?.text, c.speaker?.name])).toEqual([['said', 'she']]);
    // A curly opening closed by a straight mark: the whole passage was one quote with the speaker inside, and no speaker.
    const mixed = 'The plan is set.\n\n“We are going to build it," he said. "It will be done by May.”';
    expect(runClaimStages(mixed).claims.map((c) => [c.cue?.text, c.speaker?.name])).toEqual([['said', 'he']]);
  });

  it('reads a lowercase description after "“…,” said" as the inverted speaker', () => {
    const text = '“Anyone who breaks the law puts us at risk,” said constituent Dan Golvach when asked about the senator.';
    const claims = runClaimStages(text, [{ id: 'dg', type: 'person', names: ['Dan Golvach'] }]).claims;
    const c = claims.find((x) => x.text.startsWith('“Anyone'));
    expect(c?.speaker?.actorId).toBe('dg');
    expect(claims.some((x) => x.text.includes('Golvach'))).toBe(false);
  });

  it('gives "“…!” and said that …" the speaker of the quote', () => {
    const text = 'Marta Lind declared “What a night!” and said that her campaign would go on to the next state.';
    const claims = runClaimStages(text, [{ id: 'ml', type: 'person', names: ['Marta Lind'] }]).claims;
    expect(claims.find((x) => x.text.startsWith('that her campaign'))?.speaker?.actorId).toBe('ml');
  });
});

describe('possessives in inverted speakers', () => {
  it('reads "said the company\'s chief executive, Laura Chen" as the speaker of the quote', () => {
    const text = '"We have done nothing wrong," said the company\'s chief executive, Laura Chen.';
    const claims = runClaimStages(text, [{ id: 'lc', type: 'person', names: ['Laura Chen'] }]).claims;
    expect(claims).toHaveLength(1);
    expect(claims[0].text).toBe('"We have done nothing wrong,"');
    expect(claims[0].speaker?.actorId).toBe('lc');
  });
});

describe('inverted speakers with modifiers, and tails after a quote', () => {
  it('reads "says a source involved in the group’s creation" as the speaker of the quote before it', () => {
    const text = '“It’s a way to take part without backing him,” says a source involved in the group’s creation.';
    const claims = runClaimStages(text).claims;
    expect(claims).toHaveLength(1);
    expect(claims[0].text).toBe('“It’s a way to take part without backing him,”');
    expect(claims[0].speaker?.name).toMatch(/^a source involved/);
  });

  it('reads "said the 46-year-old" as the speaker, hyphens and all', () => {
    const claims = runClaimStages('“He has always been an amazing leader,” said the 46-year-old.').claims;
    expect(claims).toHaveLength(1);
    expect(claims[0].speaker?.name).toBe('the 46-year-old');
  });

  it('gives “…!” X said as she turned around. to X, with the quote as content', () => {
    const text = '“But he’s our candidate, and we love him!” Susan Miller said as she turned around.';
    const claims = runClaimStages(text, [{ id: 'sm', type: 'person', names: ['Susan Miller'] }]).claims;
    expect(claims.map((c) => [c.text, c.speaker?.actorId])).toEqual([['“But he’s our candidate, and we love him!”', 'sm']]);
  });
});

describe('attributions closing a sentence without quote marks', () => {
  it('reads "…, its leader told the crowd on Sunday." with the clause before as content', () => {
    const claims = runClaimStages('The group wants the law repealed, its leader told the crowd on Sunday.').claims;
    expect(claims.map((c) => [c.text, c.speaker?.name])).toEqual([['The group wants the law repealed', 'its leader']]);
  });


  it('reads "…, said an American official who was briefed on …" as the speaker, not as what was said', () => {
    const text = 'The ships came within 50 yards of each other, said an American official who was briefed on the details of the encounter.';
    const claims = runClaimStages(text).claims;
    expect(claims.map((c) => [c.text, c.speaker?.name])).toEqual([['The ships came within 50 yards of each other', 'an American official']]);
  });

  it('reads "Don" in a name as a name, not as the "don" of "don’t"', () => {
    const text = 'Turnout will be low this year, Don Ytterberg said.';
    const claims = runClaimStages(text, [{ id: 'dy', type: 'person', names: ['Don Ytterberg'] }]).claims;
    expect(claims.map((c) => [c.text, c.speaker?.actorId])).toEqual([['Turnout will be low this year', 'dy']]);
    // The negation it was written for still belongs to the cue.
    expect(runClaimStages('Officials don’t say that the plan failed.').claims.map((c) => c.cue?.text)).toEqual(['don’t say']);
  });

  it('claims nothing when "said" is followed only by when and where ("said Wednesday morning on the radio show “Good Day.”")', () => {
    expect(runClaimStages('Moreno said Wednesday morning on the radio show “Good Day.”').claims).toEqual([]);
  });
});

describe('cues that take an object', () => {
  it('gives "“…,” the nominee told “Fox and Friends” after …" the quote, not the show’s name', () => {
    const text = '“We have to really increase the bombings,” the presumptive nominee told “Fox and Friends” after he was asked about the attack.';
    const claim = runClaimStages(text).claims.find((c) => c.cue?.text === 'told');
    expect(claim?.text).toBe('“We have to really increase the bombings,”');
    expect(claim?.speaker?.name).toBe('the presumptive nominee');
  });

  it('reads "X, the family’s lawyer, called the ruling a travesty" as X calling the ruling a travesty', () => {
    const text = 'Ana Ruiz, the family’s lawyer, called the ruling a travesty.';
    const claims = runClaimStages(text, [{ id: 'ar', type: 'person', names: ['Ana Ruiz'] }]).claims;
    expect(claims.map((c) => [c.text, c.speaker?.actorId])).toEqual([['the ruling a travesty', 'ar']]);
  });
});

describe('acronyms that look like words', () => {
  it('reads "WHO Director-General X told a news conference" after a quote as X speaking the quote', () => {
    const text = '"We are deeply concerned," WHO Director-General Tedros Adhanom Ghebreyesus told a news conference in Geneva.';
    const claims = runClaimStages(text, [{ id: 't', type: 'person', names: ['Tedros Adhanom Ghebreyesus'] }]).claims;
    expect(claims.map((c) => [c.text, c.speaker?.actorId])).toEqual([['"We are deeply concerned,"', 't']]);
  });

  it('reads "The WHO said" with the organisation as the speaker', () => {
    const [c] = runClaimStages('The WHO said on Friday that the outbreak was over.').claims;
    expect(c.speaker?.name).toBe('The WHO');
  });
});

describe('asides after the cue', () => {
  it('leaves ", however," out of the content of "cautioned, however, that …"', () => {
    const c = runClaimStages('The authors cautioned, however, that larger trials were needed.').claims.find((x) => x.cue?.text === 'cautioned');
    expect(c?.text).toBe('that larger trials were needed');
  });
});

describe('anonymous sources described with a preposition', () => {
  it('reads ", two people familiar with the matter said." as the speakers of the sentence before', () => {
    const text = 'The European Commission is expected to propose new rules next week, two people familiar with the matter said.';
    const claims = runClaimStages(text).claims;
    expect(claims.map((c) => [c.text, c.speaker?.name])).toEqual([['The European Commission is expected to propose new rules next week', 'two people familiar with the matter']]);
  });
});

describe('second speakers and relative clauses', () => {
  it('ends a claim before ", and <named group> urged …", which is a claim of its own', () => {
    const text = 'Amnesty International said the law “will have a chilling effect on free speech,” and Human Rights Watch urged lawmakers to reject it.';
    const actors = [{ id: 'ai', type: 'organization' as const, names: ['Amnesty International'] }, { id: 'hrw', type: 'organization' as const, names: ['Human Rights Watch'] }];
    const claims = runClaimStages(text, actors).claims;
    expect(claims.map((c) => [c.text, c.speaker?.actorId])).toEqual([
      ['the law “will have a chilling effect on free speech,”', 'ai'],
      ['lawmakers to reject it', 'hrw'],
    ]);
  });

  it('makes no claim of a stance verb closing a relative clause (", a claim most economists reject.")', () => {
    const claims = runClaimStages('Republicans have argued that the tax cuts will pay for themselves, a claim most economists reject.').claims;
    expect(claims.map((c) => [c.text, c.speaker?.name])).toEqual([['that the tax cuts will pay for themselves', 'Republicans']]);
  });
});

describe('quotes after "X said,"', () => {
  it('takes the quote after "Asked whether …, Ryan said," as the content, not the question', () => {
    const text = 'Asked whether the comments had rattled them as well, Ryan said, “Sure. I get that, too. Everybody pays attention to our politics.”';
    const claims = runClaimStages(text, [{ id: 'r', type: 'person', names: ['Ryan'] }]).claims;
    const c = claims.find((x) => x.cue?.text === 'said');
    expect(c?.text).toBe('“Sure. I get that, too. Everybody pays attention to our politics.”');
    expect(c?.speaker?.actorId).toBe('r');
  });

  it('reads the name after "“…,” said" as the speaker even where the tagger calls a word in it a verb', () => {
    const text = '“The founders would agree,” said Cruz constituent Dan Golvach.';
    const [c] = runClaimStages(text, [{ id: 'dg', type: 'person', names: ['Dan Golvach'] }]).claims;
    expect(c.text).toBe('“The founders would agree,”');
    expect(c.speaker?.actorId).toBe('dg');
  });
});

describe('a cue opening the sentence after a quote', () => {
  it('gives "He added, “…”" the quote after it, not the quote before', () => {
    const text = 'Trump spoke for an hour. “It’s so important.” He added, “What I don’t understand is why Ted Cruz is doing well.”';
    const c = runClaimStages(text).claims.find((x) => x.cue?.text === 'added');
    expect(c?.text).toBe('“What I don’t understand is why Ted Cruz is doing well.”');
  });
});

describe('reported quotations', () => {
  it('gives "X was quoted by Reuters as saying that …" to X, with what follows "saying" as content', () => {
    const text = 'Kovacs was quoted by Reuters as saying that the deal was dead.';
    const claims = runClaimStages(text, [{ id: 'k', type: 'person', names: ['Kovacs'] }, { id: 'r', type: 'organization', names: ['Reuters'] }]).claims;
    expect(claims.map((c) => [c.text, c.speaker?.actorId])).toEqual([['that the deal was dead', 'k']]);
  });

  it('gives "“…,” according to a statement from the ministry." the statement as its source', () => {
    const [c] = runClaimStages('“We will not be intimidated,” according to a statement from the ministry.').claims;
    expect(c.text).toBe('“We will not be intimidated,”');
    expect(c.speaker?.name).toBe('a statement from the ministry');
  });
});

describe('requests for anonymity', () => {
  it('reads "who declined to be named" as no claim, and keeps the claim around it', () => {
    const claims = runClaimStages('Officials at the Pentagon, who declined to be named, said the strike had killed at least 12 militants.').claims;
    expect(claims.map((c) => c.text)).toEqual(['the strike had killed at least 12 militants']);
  });
});

describe('"according to" in mid-sentence', () => {
  it('reads "… according to a count by X" without a comma as a claim, but not "according to plan"', () => {
    const claims = runClaimStages('Clinton leads Sanders by 271 pledged delegates according to a count by The Associated Press. The launch went according to plan.').claims;
    expect(claims.map((c) => c.text)).toEqual(['Clinton leads Sanders by 271 pledged delegates']);
  });
});

describe('clauses after a comma-set cue', () => {
  it('keeps "X is vital, he said after meeting aides, because …" as the words before the cue', () => {
    const text = 'Outright victory is vital, he said after meeting Thursday with campaign aides, because party leaders appear determined to block his path.';
    const c = runClaimStages(text).claims.find((x) => x.cue?.text === 'said');
    expect(c?.text).toBe('Outright victory is vital');
  });

  it('reads "X, who …, says she identifies as …" as X speaking, not as an inverted "she"', () => {
    const text = 'Paradis, who has been active in politics since the age of 25, says she identifies as an independent.';
    const c = runClaimStages(text, [{ id: 'p', type: 'person', names: ['Paradis'] }]).claims.find((x) => x.cue?.text === 'says');
    expect(c?.text.startsWith('she identifies as an independent')).toBe(true);
    expect(c?.speaker?.actorId).toBe('p');
  });
});

describe('paragraph bounds', () => {
  it('never gives a cue opening a paragraph the quote that closed the paragraph before', () => {
    const text = 'Carson said: “We will win.”\n\n“Even in the best cases, our information is under constant attack.”\n\nThe campaign did not comment.';
    const claims = runClaimStages(text).claims;
    expect(claims.filter((c) => c.cue && c.text.includes('constant attack'))).toEqual([]);
  });
});

describe('particles', () => {
  it('keeps "out" in the cue of "called out his rival for …"', () => {
    const c = runClaimStages('Lindsey Graham called out his rival Donald Trump for alienating Hispanics.').claims.find((x) => x.cue?.text.startsWith('called'));
    expect(c?.cue?.text).toBe('called out');
    expect(c?.text).toBe('his rival Donald Trump for alienating Hispanics');
  });
});

describe('non-breaking spaces', () => {
  it('continues a quote closed by its cue into the next quote when a non-breaking space separates them', () => {
    const text = '“We will win this,” Sven Lindqvist said.\u00a0“Nobody can stop the people now, not even the courts.”';
    const claims = runClaimStages(text).claims;
    expect(claims).toHaveLength(1);
    expect(claims[0].text).toBe(text);
  });

  it('reads the name signing a quote after a non-breaking space and a dash', () => {
    const [c] = runClaimStages('“He has woken our communities from their slumber and we will vote.”\u00a0― Julie Diaz Martinez').claims;
    expect(c.speaker?.name).toBe('Julie Diaz Martinez');
  });
});

describe('speakers with several asides between the quote and the cue', () => {
  const quote = '“I just don’t think she’s been completely truthful with this whole thing with her emails,”';
  const actors = [{ id: 'p', type: 'person' as const, names: ['Cecelia Purner'] }, { id: 'a', type: 'place' as const, names: ['Allentown'] }];

  it('gives the quote, not the words after the cue, to the person named right after it', () => {
    const text = `${quote} Cecelia Purner, 67, a retired customer service representative in Allentown, Pa., said in a follow-up interview.`;
    const claims = runClaimStages(text, actors).claims;
    expect(claims.map((c) => c.text)).toEqual([quote]);
    expect(claims[0].speaker?.actorId).toBe('p');
  });

  it('keeps a relative clause and a conjoined participle inside the speaker’s asides', () => {
    const harry = [{ id: 'h', type: 'person' as const, names: ['Harry Bond'] }, { id: 'r', type: 'place' as const, names: ['Raleigh'] }];
    const text = `${quote} Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in a follow-up interview.`;
    expect(runClaimStages(text, harry).claims.map((c) => [c.text, c.speaker?.actorId])).toEqual([[quote, 'h']]);
    const daniloff = [{ id: 'd', type: 'person' as const, names: ['Mr. Daniloff'] }, { id: 'c', type: 'place' as const, names: ['Cambridge'] }];
    const text2 = `${quote} Mr. Daniloff, now 81 and retired in Cambridge, Mass., said by telephone this week.`;
    expect(runClaimStages(text2, daniloff).claims.map((c) => [c.text, c.speaker?.actorId])).toEqual([[quote, 'd']]);
  });

  it('leaves a clause with a tensed verb between quote and cue to the usual reading', () => {
    const text = `${quote} Purner added, and her neighbour, a retired nurse in Allentown, Pa., said she agreed.`;
    const claims = runClaimStages(text, actors).claims;
    expect(claims.some((c) => c.text === 'she agreed')).toBe(true);
  });
});

describe('inverted speakers with a long tail', () => {
  it('reads "“…,” noted a report by the nonprofit E3G." as the report speaking the quote', () => {
    const quote = '“Utilities will instead get paid for keeping their oldest plants on standby,”';
    const claims = runClaimStages(`${quote} noted a report for Oxfam by the environmental nonprofit E3G.`).claims;
    expect(claims.map((c) => c.text)).toEqual([quote]);
    expect(claims[0].speaker?.name).toMatch(/^a report/);
  });
});

describe('statements that say something', () => {
  const trump = [{ id: 't', type: 'person' as const, names: ['Mr. Trump'] }];

  it('reads "issued a statement Tuesday saying, “…”" with the quote as content', () => {
    const quote = '“I do not feel that one’s heritage makes them incapable of being impartial.”';
    const claims = runClaimStages(`Mr. Trump issued a statement Tuesday saying, ${quote}`, trump).claims;
    expect(claims.map((c) => c.text)).toEqual([quote]);
    expect(claims[0].speaker?.actorId).toBe('t');
  });

  it('never reads the statement after "…, issued" as an inverted speaker', () => {
    const text = 'Mr. Trump, who said last week that the judge was biased, issued a statement saying the judge was fair.';
    const claims = runClaimStages(text, trump).claims;
    expect(claims.map((c) => c.text)).toEqual(['that the judge was biased', 'the judge was fair']);
    expect(claims.every((c) => c.speaker?.actorId === 't')).toBe(true);
  });
});

describe('quotes a colon introduces in the next paragraph', () => {
  it('gives the quote to the source of the cue in the sentence the colon closes', () => {
    const text = 'Of course, as Joel Pollak of Breitbart California observed, the biggest victor was the stage itself:\n\n“The clear winner of the debate was the network, which hosted a substantive debate.”';
    const claims = runClaimStages(text, [{ id: 'jp', type: 'person', names: ['Joel Pollak'] }]).claims;
    const quote = claims.find((c) => c.text.startsWith('“The clear winner'));
    expect(quote?.speaker?.actorId).toBe('jp');
  });

  it('gives a headline quote to the name before the colon, not to a word the headline quotes', () => {
    const text = '‘Neutral’ Snopes Fact-Checker David Emery: ‘Are There Any Un-Angry Trump Supporters?’';
    const claims = runClaimStages(text, [{ id: 'de', type: 'person', names: ['David Emery'] }]).claims;
    expect(claims.map((c) => c.speaker?.actorId)).toEqual(['de']);
  });

  it('takes the quote below as the content of "said that given …:"', () => {
    const text = 'Parker Eaton, a retired teacher, said that given the crop of candidates on both sides:\n\n“There is only one: Trump. He is not beholden to anyone.”';
    const claims = runClaimStages(text, [{ id: 'pe', type: 'person', names: ['Parker Eaton'] }]).claims;
    expect(claims.map((c) => [c.text, c.cue?.text, c.speaker?.actorId])).toEqual([['“There is only one: Trump. He is not beholden to anyone.”', 'said', 'pe']]);
  });
});

describe('passive cues', () => {
  it('finds the agent of "was criticized on Monday by X" past the time phrase', () => {
    const claims = runClaimStages('The plan was criticized on Monday by the European Commission.', [{ id: 'ec', type: 'organization', names: ['European Commission'] }]).claims;
    expect(claims.map((c) => [c.text, c.speaker?.actorId])).toEqual([['The plan', 'ec']]);
  });

  it('does not take the maker of the remarks for the agent of "was attacked for remarks made by X"', () => {
    const claims = runClaimStages('The senator was attacked for remarks made by her aide.').claims;
    expect(claims.some((c) => c.speaker?.name === 'her aide')).toBe(false);
  });

  it('reads a progressive "is disavowing remarks made by X" as active, with its subject speaking', () => {
    const claims = runClaimStages('Bernie Sanders is disavowing remarks made by a campaign surrogate.', [{ id: 'bs', type: 'person', names: ['Bernie Sanders'] }]).claims;
    expect(claims.find((c) => c.cue?.text.endsWith('disavowing'))?.speaker?.actorId).toBe('bs');
  });
});

describe('objects after a cue', () => {
  it('reads "In a call last week, X acknowledged the agency’s limitation" with the object as content', () => {
    const text = 'In a conference call last week, Treasury Secretary Jacob Lew acknowledged the agency’s limitation in ending inversions.';
    const claims = runClaimStages(text, [{ id: 'jl', type: 'person', names: ['Jacob Lew'] }]).claims;
    expect(claims.map((c) => [c.text, c.speaker?.actorId])).toEqual([['the agency’s limitation in ending inversions', 'jl']]);
  });

  it('still reads "said the day before" as a time after the cue', () => {
    const claims = runClaimStages('The talks will resume in March, Anna Berg said the day before.', [{ id: 'ab', type: 'person', names: ['Anna Berg'] }]).claims;
    expect(claims.map((c) => c.text)).toEqual(['The talks will resume in March']);
  });
});

describe('opening "as" clauses', () => {
  it('reads "As the Post reported last week, …" as the Post reporting the main clause', () => {
    const claims = runClaimStages('As the Post reported last week, the company is preparing to cut 2,000 jobs.', [{ id: 'wp', type: 'organization', names: ['Post'] }]).claims;
    expect(claims.map((c) => [c.text, c.speaker?.actorId])).toEqual([['the company is preparing to cut 2,000 jobs', 'wp']]);
  });

  it('skips a short aside after the "as" clause', () => {
    const [c] = runClaimStages('As Breitbart News reported, even on Friday morning, the White House was refusing to call it terrorism.').claims;
    expect(c.text).toBe('the White House was refusing to call it terrorism');
    expect(c.speaker?.name).toBe('Breitbart News');
  });

  it('does not give the main clause to the subject of a time clause ("As Trump spoke, …")', () => {
    const claims = runClaimStages('As Trump spoke, protesters chanted slogans outside the hall.', [{ id: 't', type: 'person', names: ['Trump'] }]).claims;
    expect(claims.filter((c) => c.speaker?.actorId === 't')).toEqual([]);
  });
});

describe('inverted speakers with a lowercase title', () => {
  it('reads "…, said senior economist Maria Lopez of the central bank." as Lopez speaking', () => {
    const claims = runClaimStages('The economy will recover next year, said senior economist Maria Lopez of the central bank.', [{ id: 'ml', type: 'person', names: ['Maria Lopez'] }]).claims;
    expect(claims.map((c) => [c.text, c.speaker?.actorId])).toEqual([['The economy will recover next year', 'ml']]);
  });
});

describe('times after the cue', () => {
  it('starts the content of "said on Friday it had no information" after the time', () => {
    const [c] = runClaimStages('The Kremlin said on Friday it had no information about the incident.').claims;
    expect(c.text).toBe('it had no information about the incident');
  });

  it('keeps a time that is all the cue takes ("said on Friday.") out of any claim', () => {
    expect(runClaimStages('The talks will resume, the minister said on Friday.').claims.map((c) => c.text)).toEqual(['The talks will resume']);
  });
});

describe('how and where a source spoke', () => {
  it('reads "The senator, speaking on CNN, said the deal was dead" as one claim with the senator speaking', () => {
    const claims = runClaimStages('The senator, speaking on CNN’s “State of the Union,” said the deal was dead.').claims;
    expect(claims.map((c) => [c.text, c.speaker?.name])).toEqual([['the deal was dead', 'The senator']]);
  });

  it('keeps "familiar with the plans" in the source after "according to"', () => {
    const [c] = runClaimStages('The minister will announce the measures on Thursday, according to two people familiar with the plans.').claims;
    expect(c.speaker?.name).toBe('two people familiar with the plans');
  });
});

describe('anonymous sources close to someone', () => {
  it('never files "said a person close to the Clintons" under the Clintons', () => {
    const text = '“It is a serious problem,” said a person close to the Clintons.';
    const [c] = runClaimStages(text, [{ id: 'c', type: 'person', names: ['Clintons'] }]).claims;
    expect(c.speaker?.name).toBe('a person close to the Clintons');
    expect(c.speaker?.actorId).toBeNull();
  });
});

describe('photo captions between quotes', () => {
  it('lets a lone quote after a caption keep the speaker of the quote before the caption', () => {
    const text = '“Man’s greed in the ocean is hurting the whales,” says Parata, an elder of the tribe.\n\nHori Parata at his farm, the place where he was born\n\n“We’re having to put up with a lot of stuff today. The public want to hug the whales.”';
    const claims = runClaimStages(text, [{ id: 'p', type: 'person', names: ['Parata'] }]).claims;
    expect(claims.find((c) => c.text.startsWith('“We’re having'))?.speaker?.actorId).toBe('p');
  });
});

describe('a second speaker’s quote inside reported speech', () => {
  it('ends the officials’ claim before a quote that Mr. McHugh’s cue closes', () => {
    const text = 'To alleviate the threat, the officials said, the utility switched its manhole covers to vented ones, “so they cannot form a combustible amount,” Mr. McHugh said.';
    const claims = runClaimStages(text).claims;
    expect(claims.map((c) => [c.text, c.speaker?.name])).toEqual([
      ['the utility switched its manhole covers to vented ones', 'the officials'],
      ['“so they cannot form a combustible amount,”', 'Mr. McHugh'],
    ]);
  });
});

describe('descriptions before "who"', () => {
  it('files "Senator James Lankford, an Oklahoma Republican who warned …" under Lankford, not Oklahoma', () => {
    const text = 'Senator James Lankford, an Oklahoma Republican who warned of the deficit’s dangers, played down that threat.';
    const claims = runClaimStages(text, [{ id: 'jl', type: 'person', names: ['James Lankford'] }, { id: 'ok', type: 'place', names: ['Oklahoma'] }]).claims;
    expect(claims.find((c) => c.cue?.text === 'warned')?.speaker?.actorId).toBe('jl');
  });
});

describe('parenthetical cues after a bare subject', () => {
  it('takes the whole sentence as the content of "Loyalty, he noted, has long been a core tenet …"', () => {
    const [c] = runClaimStages('Loyalty, he noted, has long been a core tenet of the party.').claims;
    expect(c.text).toBe('Loyalty, he noted, has long been a core tenet of the party');
  });

  it('reads "The combination, say economists, marks …" with economists speaking the whole sentence', () => {
    const [c] = runClaimStages('The combination, say economists, marks a journey into uncharted territory.').claims;
    expect([c.text, c.speaker?.name]).toEqual(['The combination, say economists, marks a journey into uncharted territory', 'economists']);
  });

  it('never reads the object of "also expressed concern" as an inverted speaker', () => {
    const claims = runClaimStages('Debbie Wasserman Schultz, the party chairwoman, also expressed concern.', [{ id: 'd', type: 'person', names: ['Debbie Wasserman Schultz'] }]).claims;
    expect(claims.every((c) => c.speaker?.name !== 'concern')).toBe(true);
  });
});

describe('groups led by someone', () => {
  it('never files "Republicans, led by Mitch McConnell, have argued" under McConnell', () => {
    const claims = runClaimStages('Republicans, led by Senate Minority Leader Mitch McConnell, have argued that the bill is too large.', [{ id: 'm', type: 'person', names: ['Mitch McConnell'] }]).claims;
    expect(claims.map((c) => c.speaker?.actorId)).toEqual([null]);
  });
});

describe('stances received', () => {
  it('reads "The bill drew sharp criticism from Democrats" as Democrats opposing the bill', () => {
    const claims = runClaimStages('The bill drew sharp criticism from Democrats.', [{ id: 'd', type: 'organization', names: ['Democrats'] }]).claims;
    expect(claims.map((c) => [c.text, c.speaker?.actorId, c.stance?.polarity])).toEqual([['The bill', 'd', 'oppose']]);
  });

  it('reads "won overwhelming support from Republicans" as support', () => {
    const [c] = runClaimStages('The measure won overwhelming support from Republicans in the House.').claims;
    expect([c.text, c.speaker?.name, c.stance?.polarity]).toEqual(['The measure', 'Republicans', 'support']);
  });
});

describe('"according to" set off by commas', () => {
  it('takes the clause after an opening phrase ("In addition, according to the department, …")', () => {
    const [c] = runClaimStages('In addition, according to the department, nine million more workers will be protected.').claims;
    expect([c.text, c.speaker?.name]).toEqual(['nine million more workers will be protected', 'the department']);
  });

  it('takes the whole sentence after a bare subject ("The company, according to two people familiar with the matter, is …")', () => {
    const [c] = runClaimStages('The company, according to two people familiar with the matter, is preparing to cut jobs.').claims;
    expect(c.text).toBe('The company, according to two people familiar with the matter, is preparing to cut jobs');
  });

  it('makes no claim of "That’s according to …", whose content is the sentence before', () => {
    expect(runClaimStages('That’s according to early results of exit polls conducted for the Associated Press.').claims).toEqual([]);
  });
});

describe('subjects joined by "and" after a comma', () => {
  it('reads "…, teachers and union officials told POLITICO." with the clause before as content', () => {
    const [c] = runClaimStages('Support is strong among the most progressive members, teachers and union officials told POLITICO.').claims;
    expect([c.text, c.speaker?.name]).toEqual(['Support is strong among the most progressive members', 'teachers and union officials']);
  });
});

describe('a cue after a quote with a clause of its own', () => {
  it('gives "told POLITICO that …" its clause, not the quote before the speaker', () => {
    const claims = runClaimStages('Citing “obligations in Tennessee,” the spokeswoman told POLITICO that Gore plans to skip the festival.').claims;
    expect(claims.find((c) => c.cue?.text === 'told')?.text).toBe('that Gore plans to skip the festival');
    const [quoted] = runClaimStages('“We will win,” the senator told reporters on Monday.').claims;
    expect(quoted.text).toBe('“We will win,”');
  });
});

describe('a quote continued after its cue', () => {
  it('joins “…,” he said on ABC’s “This Week.” “…” into one claim, the show’s title ending the cue’s sentence', () => {
    const text = 'Mr. Smith spoke on Sunday. “We do not get along,” he said on ABC’s “This Week.” “It is causing us difficulty.”';
    const claims = runClaimStages(text).claims;
    expect(claims.map((c) => c.text)).toEqual(['“We do not get along,” he said on ABC’s “This Week.” “It is causing us difficulty.”']);
  });
});
