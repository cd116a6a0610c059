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
});
