// Our tokenizer's forms mapped to the training corpus's Penn forms, one form per token.
import { describe, expect, it } from 'vitest';
import { pennForms } from '../../../lib/pipeline/syntax/normalise';

describe('Penn forms', () => {
  it('moves the n of a split negation onto the clitic, as Penn splits "doesn\'t"', () => {
    expect(pennForms(['doesn', '’t'])).toEqual(['does', "n't"]);
    expect(pennForms(['can', "'t"])).toEqual(['ca', "n't"]);
    expect(pennForms(['WON', '’T'])).toEqual(['WO', "N'T"]);
  });

  it('writes curly quotes, apostrophes and dashes in ASCII', () => {
    expect(pennForms(['“', 'O’Brien', '’s', '—', '”', '…'])).toEqual(['"', "O'Brien", "'s", '--', '"', '...']);
  });

  it('leaves ordinary words alone and keeps the array aligned', () => {
    const words = ['The', 'talks', 'can', 'resume', '.'];
    expect(pennForms(words)).toEqual(words);
  });
});
