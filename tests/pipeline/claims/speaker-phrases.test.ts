// Speaker phrases that name nobody, set phrases on speech verbs, and the clause bounds of content around a cue.
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

  it('never names a sentence connective as the speaker ("Anyway, amending …")', () => {
    const claims = runClaimStages('Anyway, amending the Bill to exempt journalists could be done quickly.').claims;
    expect(claims.map((c) => c.speaker?.name ?? null)).not.toContain('Anyway');
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

  it('never names a verb and its object as the speaker ("running a new ad this week")', () => {
    const text = 'The campaign is running a new ad this week, which claims the governor raised taxes.';
    const c = runClaimStages(text).claims.find((x) => x.cue?.text === 'claims');
    expect(c?.text).toBe('the governor raised taxes');
    expect(c?.speaker?.name ?? '').not.toMatch(/^running/);
  });

  it('keeps a descriptor the tagger reads as a verb ("according to whale rescue group Ocean Watch")', () => {
    const text = 'The season started with a surge in strandings, according to whale rescue group Ocean Watch, with 40 whales dying on the coast.';
    const c = runClaimStages(text).claims.find((x) => x.cue?.text === 'according to');
    expect(c?.speaker?.name).toBe('whale rescue group Ocean Watch');
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

  it('reads page furniture (telling the reader to go on, a newspaper imprint line) as no claims', () => {
    expect(runClaimStages('Continue reading the main story').claims).toEqual([]);
    expect(runClaimStages('Read the full transcript of his interview.').claims).toEqual([]);
    expect(runClaimStages('Share this story about the vote').claims).toEqual([]);
    expect(runClaimStages('A version of this article appears in print on , on Page A1 of the New York edition with the headline: What May Soon Exceed Cost of U.S. Military?').claims).toEqual([]);
    // A cue later in such a sentence still speaks: "Watch: the senator says the bill is dead."
    expect(runClaimStages('Watch: the senator says the bill is dead.').claims.map((c) => c.cue?.text)).toEqual(['says']);
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

  it('never makes a time and an adverb the speaker ("A federal judge on Friday temporarily blocked …")', () => {
    const text = 'A federal judge in Texas on Friday temporarily blocked a state law that would have allowed police to arrest migrants suspected of crossing the border illegally.';
    const c = createPipeline(loadNodeResources()).analyse(text).claims.find((x) => x.cue?.text.includes('blocked'));
    expect(c?.speaker?.name).toBe('A federal judge');
    expect(c?.stance?.polarity).toBe('oppose');
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
    // A hand-listed stance predicate after an auxiliary, so the cue does not hang on the classifier's weights.
    const text = 'Most nations that have rejected the plan signed the pact.';
    const c = runClaimStages(text).claims.find((x) => x.cue?.text === 'have rejected');
    expect(c?.speaker?.name).toBe('Most nations');
  });
});

describe('adverbs after the speaker', () => {
  it('leaves "happily" out of the name of an unnamed speaker, and keeps "family"', () => {
    expect(runClaimStages('The senator’s aides happily noted that the plan had passed.').claims[0].speaker?.name).toBe('The senator’s aides');
    expect(runClaimStages('The Smith family said it would appeal.').claims[0].speaker?.name).toBe('The Smith family');
    expect(runClaimStages('Shareholders either decide whether to tender into the offer or not.').claims[0].speaker?.name).toBe('Shareholders');
  });
});

/** The speaker of the claim with cue `cue`, when the text knows one person, `name`. */
const speakerWith = (text: string, name: string, cue: string) =>
  runClaimStages(text, [{ id: 'p', type: 'person', names: [name] }]).claims.find((x) => x.cue?.text === cue)?.speaker;

describe('titles before a name', () => {
  it('keeps the name after a title the chunker split off ("Governor Mary Fallin")', () => {
    const text = 'Governor Mary Fallin spoke on Sunday, commenting on the racial divide in America.';
    expect(speakerWith(text, 'Mary Fallin', 'commenting')?.actorId).toBe('p');
  });
});

describe('relative clauses on the subject', () => {
  it('gives the subject, not the relative clause\'s predicate ("a student who took … pills bought online")', () => {
    const text = 'The mother of a student who took suspected diet pills bought online has described how her daughter was burning up.';
    expect(runClaimStages(text).claims[0].speaker?.name).toBe('The mother');
  });
});

describe('passives of speaking', () => {
  it('never makes the one spoken of or to the speaker ("has been hailed", "was asked")', () => {
    const hailed = runClaimStages('Despite this, the country has been hailed as a model of democratic transition.').claims;
    expect(hailed.map((c) => [c.cue?.text, c.speaker])).toEqual([['has been hailed', null]]);
    const asked = runClaimStages('Clinton was asked whether she would release the transcripts.').claims;
    expect(asked.map((c) => [c.cue?.text, c.speaker])).toEqual([['was asked', null]]);
  });

  it('keeps the subject of a feeling as whose view it is', () => {
    expect(runClaimStages('Some Democrats are worried that the tactics could backfire.').claims[0].speaker?.name).toBe('Some Democrats');
  });
});

describe('verbs contracted onto a pronoun', () => {
  it('resolves "He’s predicting …" to the person, not to an unlinked "He’s"', () => {
    const text = 'Jeb Bush spoke in Iowa on Monday. He’s predicting he will do very well in the next primary.';
    expect(speakerWith(text, 'Jeb Bush', 'predicting')).toMatchObject({ actorId: 'p', name: 'Jeb Bush' });
  });
});

describe('content that is only a stretch of time', () => {
  it('claims nothing for "was criticized just hours after …"', () => {
    const claims = runClaimStages('The plan was criticized just hours after he stoked the notion of personnel changes.').claims;
    expect(claims.map((c) => c.text)).toEqual(['the notion of personnel changes']);
  });
});
