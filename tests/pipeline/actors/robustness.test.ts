// The actors stage with the real tagger on hostile input: empty, huge, caseless, all-caps and non-Latin text.
import { describe, expect, it } from 'vitest';
import { tokensStage } from '../../../lib/pipeline/01-tokens';
import { actorsStage } from '../../../lib/pipeline/02-actors';
import { newDoc } from '../../../lib/pipeline/document';
import { loadNodeResources } from '../../../lib/pipeline/node-resources';

function link(text: string) {
  const doc = newDoc('t', text);
  tokensStage(doc);
  actorsStage(doc, loadNodeResources());
  return doc;
}

describe('actors stage on bad input', () => {
  it('handles empty and blank text', () => {
    expect(link('').actors.size).toBe(0);
    expect(link('  \n\n ').actors.size).toBe(0);
  });

  it('finds no actors in text without capitals', () => {
    expect(link('the minister said the alliance would meet in kyiv next week.').actors.size).toBe(0);
  });

  it('does not throw on all-caps headlines or non-Latin scripts', () => {
    expect(() => link('NATO CHIEF WARNS RUSSIA OVER UKRAINE\nЗеленский заявил, что Киев готов. 习近平在北京会见。')).not.toThrow();
  });

  it('stays linear on a 5 MB text', () => {
    const paragraph = 'Mark Rutte said NATO would help Ukraine. Rutte met the Ukrainian foreign ministry in Kyiv on Monday. ';
    const small = link(paragraph.repeat(500));
    const started = performance.now();
    const huge = link(paragraph.repeat(Math.ceil(5_000_000 / paragraph.length)));
    const elapsed = performance.now() - started;
    expect(huge.actors.get('person:mark-rutte')?.mentions.length).toBeGreaterThan(small.actors.get('person:mark-rutte')!.mentions.length);
    expect(elapsed).toBeLessThan(30_000);
  });
});
