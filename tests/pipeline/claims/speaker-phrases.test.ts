import { describe, expect, it } from 'vitest';
import { runClaimStages } from './run-stages';
import { createPipeline } from '../../../lib/pipeline';
import { loadNodeResources } from '../../../lib/pipeline/node-resources';

describe('speaker phrases', () => {
  it('keeps the name of an inversion right after a quote, not a noun phrase of the aside after it', () => {
    const text = '“The cause of the fire has not been determined,” said Halvorsen, on what was his first day in the job.';
    const [c] = runClaimStages(text, [{ id: 'h', type: 'person', names: ['Halvorsen'] }]).claims;
    expect(c.speaker?.name).toBe('Halvorsen');
    expect(c.speaker?.actorId).toBe('h');
  });

  it('never names an adverb as the speaker ("which together vowed")', () => {
    const text = 'Much of the push for the deal came from Norland and Vestria, which together vowed to halve their emissions by 2030.';
    const c = runClaimStages(text, [{ id: 'v', type: 'country', names: ['Vestria'] }]).claims.find((x) => x.text.startsWith('to halve'));
    expect(c?.speaker?.name).not.toBe('together');
    expect(c?.speaker?.actorId).toBe('v');
  });

  it('never names an opening phrase such as "For instance" as the speaker', () => {
    const text = 'For instance, calls to reform the pension system were rejected by the assembly in 2019.';
    const names = runClaimStages(text).claims.map((c) => c.speaker?.name);
    expect(names).not.toContain('For instance');
  });

  it('keeps the name after "including" as the speaker', () => {
    const text = 'Several groups, including the Farmers Union, which said the subsidy cuts would ruin small farms, joined the protest.';
    const c = runClaimStages(text).claims.find((x) => x.cue?.text === 'said');
    expect(c?.speaker?.name).toBe('the Farmers Union');
  });
});

describe('set phrases on speech verbs', () => {
  it('reads "Having said that," as no claim, and still finds the claim after it', () => {
    const claims = runClaimStages('Having said that, there are economists who argue that the tax should be abolished.').claims;
    expect(claims.map((c) => c.cue?.text)).toEqual(['argue']);
    expect(claims[0].text).toBe('that the tax should be abolished');
  });

  it('reads "let’s say" and an imperative addressed to the reader as no claims', () => {
    expect(runClaimStages('First, let’s say what the sale is not.').claims).toEqual([]);
    expect(runClaimStages('Tell us what you think.').claims).toEqual([]);
  });

  it('reads "That said," and "needless to say" as no claims', () => {
    expect(runClaimStages('That said, the plan remains risky for the government.').claims).toEqual([]);
    expect(runClaimStages('Needless to say, the vote in the assembly was close.').claims).toEqual([]);
  });

  it('makes no claim whose content is only a time', () => {
    expect(runClaimStages('Poll after poll has been released this week.').claims).toEqual([]);
  });
});

describe('clauses around an inverted or closing cue', () => {
  it('reads "said a mother of three, who asked not to be named" as her quote, and the request as no claim', () => {
    const text = '“Nobody tells us anything,” said a mother of three in the town, who asked not to be named for fear of reprisals.';
    const claims = runClaimStages(text).claims;
    expect(claims).toHaveLength(1);
    expect(claims[0].text).toBe('“Nobody tells us anything,”');
    expect(claims[0].speaker?.name).toBe('a mother of three');
  });

  it('ends a closing cue before ", while": the contrast clause is a claim of its own', () => {
    const text = 'Norland pledged ten million in aid, the foreign ministry said, while Vestria promised to send medical teams.';
    const claims = runClaimStages(text, [{ id: 'v', type: 'country', names: ['Vestria'] }]).claims;
    const said = claims.find((c) => c.cue?.text === 'said');
    expect(said?.text).toBe('Norland pledged ten million in aid');
    expect(claims.find((c) => c.cue?.text === 'promised')?.speaker?.actorId).toBe('v');
  });
});

describe('a cue set off by commas inside its content', () => {
  it('takes the side that is a clause: "X is to blame too, scientists think, with warmer seas ..."', () => {
    const text = 'Overfishing is to blame too, scientists think, with warmer seas pushing the fish closer to the shore.';
    const c = runClaimStages(text).claims.find((x) => x.cue?.text === 'think');
    expect(c?.text).toBe('Overfishing is to blame too');
    expect(c?.speaker?.name).toBe('scientists');
  });

  it('still takes the words after the cue when only they form a clause', () => {
    const text = 'During his years in office, the mayor said, the number of buses in the city doubled.';
    const c = runClaimStages(text).claims.find((x) => x.cue?.text === 'said');
    expect(c?.text).toBe('the number of buses in the city doubled');
  });

  it('makes no claim whose content is a lone adverb', () => {
    expect(runClaimStages('Overfishing is to blame too.').claims).toEqual([]);
    expect(runClaimStages('The weather is partly to blame as well.').claims).toEqual([]);
  });
});

describe('subjects and second predicates', () => {
  it('reads a noun before a tensed verb as its subject, not as a cue ("Boeing shares fell")', () => {
    // The whole pipeline: the company's name, found by the actors stage, is what made "shares" look like a cue.
    const text = 'Boeing shares fell 6 percent on Monday after the Federal Aviation Administration said it would keep the 737 Max grounded until at least March.';
    const claims = createPipeline(loadNodeResources()).analyse(text).claims;
    expect(claims.map((c) => c.cue?.text)).toEqual(['said']);
    expect(claims[0].text).toBe('it would keep the 737 Max grounded until at least March');
  });

  it('gives a second predicate the speaker of the first ("X said … and warned that …")', () => {
    const text = 'Southwind, the largest operator of the jet, said it had removed the plane from its schedule through June and warned that the cancellations would cost it $800 million.';
    const claims = runClaimStages(text, [{ id: 'sw', type: 'organization', names: ['Southwind'] }]).claims;
    const warned = claims.find((c) => c.cue?.text === 'warned');
    expect(warned?.speaker?.actorId).toBe('sw');
  });
});

describe('datelines and listeners', () => {
  it('never takes a dateline with a region ("KYIV, Ukraine —") into the content', () => {
    const text = 'KYIV, Ukraine — Norland launched more than 100 missiles overnight, the air force said on Thursday.';
    const c = runClaimStages(text).claims.find((x) => x.cue?.text === 'said');
    expect(c?.text).toBe('Norland launched more than 100 missiles overnight');
  });

  it('starts the content of ", telling reporters that …" at "that"', () => {
    const text = 'The spokesman declined to comment, telling reporters that questions should be addressed to the ministry.';
    const c = runClaimStages(text).claims.find((x) => x.cue?.text === 'telling');
    expect(c?.text).toBe('that questions should be addressed to the ministry');
  });
});

describe('titles and colon introductions', () => {
  it('reads a lowercase title after an inverted cue as the start of the speaker ("says president David Weisbrot")', () => {
    const text = '“These concerns cannot be addressed short of exempting journalists,” says president Daniel Weiss.';
    const [c] = runClaimStages(text, [{ id: 'dw', type: 'person', names: ['Daniel Weiss'] }]).claims;
    expect(c.speaker?.actorId).toBe('dw');
  });

  it('takes the quote after "said in a letter to X last month:" as the content, and no title word as a cue', () => {
    const text = 'Opposition Leader Bill Shorten said in a letter to the prime minister last month: “Press freedom concerns must be addressed in this bill.”';
    const claims = runClaimStages(text, [{ id: 'bs', type: 'person', names: ['Bill Shorten'] }]).claims;
    expect(claims).toHaveLength(1);
    expect(claims[0].text).toBe('“Press freedom concerns must be addressed in this bill.”');
    expect(claims[0].speaker?.actorId).toBe('bs');
  });
});

describe('relative clauses', () => {
  it('gives a cue after a relative "that" the phrase before it as speaker', () => {
    const text = 'Most nations that oppose radical ideology signed the pact.';
    const c = runClaimStages(text).claims.find((x) => x.cue?.text === 'oppose');
    expect(c?.speaker?.name).toBe('Most nations');
  });
});

describe('quotes before their cue', () => {
  it('gives "“…,” X, 58, told AFP" to X, not to the listener', () => {
    const text = '“We were wrong not to confront him from the start,” Ramos, 58, told AFP in an interview.';
    const [c] = runClaimStages(text, [{ id: 'r', type: 'person', names: ['Ramos'] }, { id: 'afp', type: 'organization', names: ['AFP'] }]).claims;
    expect(c.text).toBe('“We were wrong not to confront him from the start,”');
    expect(c.speaker?.actorId).toBe('r');
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

describe('cues that take an object', () => {
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
