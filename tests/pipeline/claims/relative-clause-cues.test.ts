// A cue inside a relative clause: what the people said ends where the sentence's own predicate begins.
import { describe, expect, it } from 'vitest';
import { runClaimStages } from './run-stages';

const contentOf = (text: string, cue: string) => runClaimStages(text).claims.find((c) => c.cue?.text === cue)?.text;

describe('content of a cue in a relative clause', () => {
  it('stops before the main verb: the unions said the plan was unlawful, not that they filed a lawsuit', () => {
    expect(contentOf('Unions that said the plan was unlawful filed a lawsuit on Friday.', 'said')).toBe('the plan was unlawful');
  });

  it('stops before the main verb after a modal clause', () => {
    expect(contentOf('Critics who argued that prices would rise were proved right in the spring.', 'argued')).toBe('that prices would rise');
  });

  it('keeps a clause with its own subject inside the content', () => {
    expect(contentOf('Residents who said the voters have spoken were pleased with the count.', 'said')).toBe('the voters have spoken');
  });

  it('stops at the comma that closes a clause set off by commas, before the main verb', () => {
    expect(contentOf("O'Donnell, who said in an interview that he did not sign an agreement, recalled that the book was late.", 'said')).toBe('that he did not sign an agreement');
    expect(contentOf('The mayor, who said the city would recover, visited the flooded streets on Monday.', 'said')).toBe('the city would recover');
  });

  it('keeps a list of predicates inside a clause set off by commas', () => {
    expect(contentOf('The mayor, who said the city would recover, rebuild and grow, visited the flooded streets.', 'said')).toBe('the city would recover, rebuild and grow');
  });
});
