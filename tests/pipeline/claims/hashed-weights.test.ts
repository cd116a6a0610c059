import { describe, expect, it } from 'vitest';
import { HashedWeights, NameSink, ScoreSink, encodeWeights, featureKey } from '../../../lib/pipeline/claims/hashed-weights';
import { cueFeatures } from '../../../lib/pipeline/claims/cue-features';
import { newDoc } from '../../../lib/pipeline/document';
import { tokensStage } from '../../../lib/pipeline/01-tokens';

describe('hashed feature weights', () => {
  const weights = new Map([['b', -7.8], ['w=said', 5.37], ['w,n1=said,that', 2.5], ['n1=“', -0.01], ['w=说', 1.25]]);
  const table = HashedWeights.decode(encodeWeights(weights));

  it('scores features emitted in parts as the sum of their weights, without joining the parts', () => {
    const sink = new ScoreSink(table);
    sink.emit('b');
    sink.emit('w=', 'said');
    sink.emit('w,n1=', 'said', ',', 'that');
    sink.emit('w=', 'told');
    expect(sink.sum).toBeCloseTo(-7.8 + 5.37 + 2.5, 5);
    sink.reset().emit('n1=', '“');
    sink.emit('w=', '说');
    expect(sink.sum).toBeCloseTo(-0.01 + 1.25, 5);
  });

  it('looks up every stored name by its key and gives 0 for names it never stored', () => {
    for (const [name, w] of weights) expect(table.get(featureKey(name))).toBeCloseTo(w, 5);
    expect(table.get(featureKey('w=unknown'))).toBe(0);
  });

  it('sums weights in double precision, as the trainers do, so a score at a threshold stays on its side', () => {
    // -4.99 + -3.51 is exactly -8.5 in doubles; summed from single-precision values it came out just above it.
    const table = encodeWeights(new Map([['a', -4.99], ['b', -3.51]]));
    const sink = new ScoreSink(HashedWeights.decode(table));
    sink.emit('a');
    sink.emit('b');
    expect(sink.sum).toBe(-4.99 + -3.51);
    expect(sink.sum > -8.5).toBe(false);
  });

  it('keeps the stronger weight when two feature names share a 32-bit key', () => {
    // A real pair met while training the cue model: FNV-1a folds both names to one key.
    expect(featureKey('ss,cmp=d,NN')).toBe(featureKey('w,pos=compiling,VBG'));
    const table = HashedWeights.decode(encodeWeights(new Map([['ss,cmp=d,NN', 0.4], ['w,pos=compiling,VBG', -2.5], ['b', 1]])));
    const sink = new ScoreSink(table);
    sink.emit('ss,cmp=', 'd', ',', 'NN');
    expect(sink.sum).toBeCloseTo(-2.5, 5);
    sink.reset().emit('b');
    expect(sink.sum).toBeCloseTo(1, 5);
  });

  it('refuses weights it cannot store exactly enough', () => {
    expect(() => encodeWeights(new Map([['w=x', 400]]))).toThrow(/out of range/);
  });

  it('gives the trainer the same features, by name, that the runtime scores by hash', () => {
    const doc = newDoc('t', 'The minister said on Monday that the talks had failed.');
    tokensStage(doc);
    const said = doc.tokens.findIndex((t) => t.text === 'said');
    const names = new NameSink();
    cueFeatures(names, doc.tokens, said, () => false);
    expect(names.names).toContain('w=said');
    expect(names.names).toContain('w,n1=said,on');
    // Weigh each name by its position, then score the same candidate through the hashed path.
    const byName = new Map(names.names.map((n, i) => [n, (i + 1) / 10]));
    const sink = new ScoreSink(HashedWeights.decode(encodeWeights(byName)));
    cueFeatures(sink, doc.tokens, said, () => false);
    expect(sink.sum).toBeCloseTo([...byName.values()].reduce((a, b) => a + b, 0), 4);
  });
});
