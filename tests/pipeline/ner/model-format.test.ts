// The binary model survives an encode/decode round trip and refuses bytes that are not a model.
import { describe, expect, it } from 'vitest';
import { TAG_COUNT } from '../../../lib/pipeline/ner/labels';
import { decodeModel, encodeModel } from '../../../lib/pipeline/ner/model-format';
import { createTagger } from '../../../lib/pipeline/ner';

describe('NER model format', () => {
  const model = {
    bucketBits: 21,
    buckets: Uint32Array.from([3, 200, 70_000, 2_000_000]),
    codes: Uint8Array.from({ length: 4 * TAG_COUNT }, (_, i) => (i * 37) % 256),
    codebook: Float32Array.from({ length: 256 }, (_, i) => (i - 128) / 10),
    transitions: Float32Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, (_, i) => i / 4),
    gazetteer: '1 bill clinton\n4 new york\n2 zürich',
  };

  it('round-trips every field', () => {
    const back = decodeModel(encodeModel(model));
    expect(back.bucketBits).toBe(21);
    expect([...back.buckets]).toEqual([...model.buckets]);
    expect([...back.codes]).toEqual([...model.codes]);
    expect([...back.codebook]).toEqual([...model.codebook]);
    expect([...back.transitions]).toEqual([...model.transitions]);
    expect(back.gazetteer).toBe(model.gazetteer);
  });

  it('rejects something that is not a model', () => {
    expect(() => createTagger(new TextEncoder().encode('<html>not a model</html>'))).toThrow(/not a Fact Annotator NER model/);
    expect(() => createTagger(new Uint8Array(3))).toThrow();
  });
});
