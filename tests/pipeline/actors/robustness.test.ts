// The actors stage with the real tagger on hostile input: empty, huge, caseless, all-caps and non-Latin text.
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, tokensStage } from '../../../lib/pipeline/01-tokens';
import { actorsStage } from '../../../lib/pipeline/02-actors';
import { newDoc } from '../../../lib/pipeline/document';
import { loadNodeResources } from '../../../lib/pipeline/node-resources';
import { capitalisedTagger } from './capitalised-tagger';

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

  it('links a 5 MB text in bounded time, linear in its size', () => {
    const paragraph = 'Mark Rutte said NATO would help Ukraine. Rutte met the Ukrainian foreign ministry in Kyiv on Monday.\n';
    const timeFor = (chars: number) => {
      const doc = newDoc('t', paragraph.repeat(Math.ceil(chars / paragraph.length)));
      tokensStage(doc);
      // CPU time of this process, so other work on a shared machine cannot fail the test; only the growth rate matters.
      const started = process.cpuUsage();
      actorsStage(doc, { tagger: capitalisedTagger });
      const used = process.cpuUsage(started);
      return { doc, ms: (used.user + used.system) / 1000 };
    };
    timeFor(50_000); // warm-up
    const small = timeFor(MAX_TEXT_LENGTH / 5);
    const huge = timeFor(5_000_000);
    expect(huge.doc.truncated).toBeDefined();
    expect(huge.doc.actors.get('person:mark-rutte')!.mentions.length).toBeGreaterThan(small.doc.actors.get('person:mark-rutte')!.mentions.length * 4);
    // The analysed part is five times the small text; allow generous slack for a busy machine, but not quadratic growth.
    expect(huge.ms).toBeLessThan(Math.max(small.ms * 15, 3000));
  }, 60_000);
});
