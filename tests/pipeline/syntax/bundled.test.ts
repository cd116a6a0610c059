// The extension's inlined resources carry the syntax model, so the service worker can tag without any fetch.
import { describe, expect, it } from 'vitest';
import { bundledResources } from '../../../lib/pipeline/bundled-resources';
import { POS_TAGS } from '../../../lib/pipeline/syntax';

describe('bundled syntax model', () => {
  it('is decoded with the other resources and tags a sentence', () => {
    const syntax = bundledResources().syntax;
    expect(syntax).toBeDefined();
    const { pos } = syntax!.tagWords(['Officials', 'said', 'on', 'Friday', '.'], [0]);
    expect(POS_TAGS[pos[1]]).toBe('VBD');
  });
});
