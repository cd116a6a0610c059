// The relation model's file format: feature names and int16 tenths survive encoding, and a mismatched file is refused.
import { describe, expect, it } from 'vitest';
import { decodeRelationWeights, encodeRelationWeights } from '../../../lib/pipeline/relations/relation-model';

describe('relation weights format', () => {
  it('keeps each feature with its five weights, to a tenth', () => {
    const { features, weights } = encodeRelationWeights([['a12="_"', [-1.2, -0.3, -0.1, 0.2, 1.4]], ["a12='s_attempt", [-2.4, -1, -0.9, 14.3, 0]]]);
    const { rows, table } = decodeRelationWeights(features, weights);
    expect(rows["a12='s_attempt"]).toBe(1);
    expect(rows.missing).toBeUndefined();
    expect(Array.from(table.subarray(5, 10))).toEqual([-24, -10, -9, 143, 0]);
  });

  it('refuses names and weights of different lengths', () => {
    const { weights } = encodeRelationWeights([['x', [1, 2, 3, 4, 5]]]);
    expect(() => decodeRelationWeights('x\ny', weights)).toThrow('2 features but 5 weights');
  });
});
