// The syntax model file round-trips, and damaged or foreign files are refused rather than mis-read.
import { describe, expect, it } from 'vitest';
import { createSyntaxTagger } from '../../../lib/pipeline/syntax';
import { decodeSyntaxModel, encodeSyntaxModel } from '../../../lib/pipeline/syntax/model-format';
import { MODEL_BYTES } from './helpers';

describe('syntax model file', () => {
  it('decodes the shipped model and encodes it back byte for byte', () => {
    const model = decodeSyntaxModel(MODEL_BYTES);
    expect(model.pos.buckets.length).toBeGreaterThan(1000);
    // Buffer.equals: a deep toEqual over a megabyte of bytes is needlessly slow.
    expect(Buffer.from(encodeSyntaxModel(model)).equals(Buffer.from(MODEL_BYTES))).toBe(true);
  });

  it('stays under the 1 MB size budget', () => {
    expect(MODEL_BYTES.length).toBeLessThan(1024 * 1024);
  });

  it('refuses a truncated file and a file of another kind', () => {
    expect(() => decodeSyntaxModel(MODEL_BYTES.subarray(0, MODEL_BYTES.length - 10))).toThrow(/corrupt|truncated/);
    expect(() => decodeSyntaxModel(new Uint8Array(64))).toThrow(/not a Fact Annotator syntax model/);
    // The tagger decodes lazily; the damage shows on its first call instead of as wrong tags.
    expect(() => createSyntaxTagger(MODEL_BYTES.subarray(0, 1000)).tagWords(['Hello'], [0])).toThrow(/corrupt|truncated/);
  });
});
