// The binary model survives an encode/decode round trip and refuses bytes that are not a model.
import { describe, expect, it } from 'vitest';
import { TAG_COUNT } from '../../../lib/pipeline/ner/labels';
import { decodeModel, encodeModel } from '../../../lib/pipeline/ner/model-format';
import { createTagger } from '../../../lib/pipeline/ner';

describe('NER model format', () => {
  const table = (rows: number[], bits: number) => ({
    bucketBits: bits,
    buckets: Uint32Array.from(rows),
    codes: Uint8Array.from({ length: rows.length * TAG_COUNT }, (_, i) => (i * 37 + bits) % 256),
    codebook: Float32Array.from({ length: 256 }, (_, i) => (i - 128) / 10),
    transitions: Float32Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, (_, i) => i / 4 - bits),
  });
  const model = {
    gazetteer: { nameKeys: Uint32Array.from([5, 99, 2 ** 30 - 1]), nameMasks: Uint32Array.from([1, 4, 2]), prefixKeys: Uint32Array.from([7]) },
    lexicon: { nameKeys: Uint32Array.from([12]), nameMasks: Uint32Array.from([0x40]), prefixKeys: new Uint32Array(0) },
    passes: [table([3, 200, 70_000, 2_000_000], 21), table([0, 1, 300_000_000], 29)],
  };

  it('round-trips every field of both passes', () => {
    const back = decodeModel(encodeModel(model));
    expect(back.gazetteer).toEqual(model.gazetteer);
    expect(back.lexicon).toEqual(model.lexicon);
    expect(back.passes).toHaveLength(2);
    back.passes.forEach((t, k) => {
      const want = model.passes[k];
      expect(t.bucketBits).toBe(want.bucketBits);
      expect([...t.buckets]).toEqual([...want.buckets]);
      expect([...t.codes]).toEqual([...want.codes]);
      expect([...t.codebook]).toEqual([...want.codebook]);
      expect([...t.transitions]).toEqual([...want.transitions]);
    });
  });

  it('refuses a model cut short', () => {
    const bytes = encodeModel(model);
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 5))).toThrow(/corrupt/);
  });

  it('rejects something that is not a model', () => {
    expect(() => createTagger(new TextEncoder().encode('<html>not a model</html>'))).toThrow(/not a Fact Annotator NER model/);
    expect(() => createTagger(new Uint8Array(3))).toThrow();
  });
});
