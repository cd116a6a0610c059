// The shipped NER model tags names a reader would expect, keeps offsets exact, and survives odd text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokensStage } from '../../../lib/pipeline/01-tokens';
import { newDoc, type Mention } from '../../../lib/pipeline/document';
import { createTagger } from '../../../lib/pipeline/ner';

const MODEL = join(__dirname, '../../../lib/pipeline/models/ner.bin');
const bytes = new Uint8Array(readFileSync(MODEL));
const tagger = createTagger(bytes);

function tag(text: string): Mention[] {
  const doc = newDoc('t', text);
  tokensStage(doc);
  return tagger.tag(doc);
}

const labelled = (ms: Mention[]) => ms.map((m) => `${m.label}:${m.text}`);

describe('NER tagger', () => {
  it('finds people, organisations and places in an ordinary news sentence', () => {
    const ms = labelled(tag('Chancellor Angela Merkel told reporters in Berlin on Tuesday that the European Union would act.'));
    expect(ms).toContain('PER:Angela Merkel');
    expect(ms).toContain('LOC:Berlin');
    expect(ms).toContain('ORG:European Union');
  });

  it('tags the people of the sample article as PER', () => {
    const text = readFileSync(join(__dirname, '../../../../shared/fixtures/seed-article.txt'), 'utf8');
    const people = new Set(tag(text).filter((m) => m.label === 'PER').map((m) => m.text));
    for (const name of ['Volodymyr Zelensky', 'Mark Rutte', 'Dmitry Peskov', 'Keith Kellogg', 'Trump']) expect(people).toContain(name);
  });

  it('returns mentions whose offsets and token ranges point at their text', () => {
    const text = 'Shares of Microsoft Corp rose in New York .\n\nPrime Minister John Major spoke in London.';
    const doc = newDoc('t', text);
    tokensStage(doc);
    const ms = tagger.tag(doc);
    expect(ms.length).toBeGreaterThan(2);
    for (const m of ms) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(doc.tokens[m.tokenStart].start).toBe(m.start);
      expect(doc.tokens[m.tokenEnd - 1].end).toBe(m.end);
      expect(m.source).toBe('tagger');
      expect(m.actorId).toBeUndefined();
      // A mention never runs across two sentences.
      expect(doc.tokens[m.tokenStart].sentence).toBe(doc.tokens[m.tokenEnd - 1].sentence);
    }
  });

  it('tags an all-caps headline like the same names in the article body', () => {
    const ms = labelled(tag('GERMAN CHANCELLOR MERZ MEETS MACRON IN PARIS\nGerman Chancellor Friedrich Merz met French President Emmanuel Macron in Paris on Friday. Merz said Germany would help.'));
    expect(ms).toEqual(expect.arrayContaining(['PER:MERZ', 'PER:MACRON', 'LOC:PARIS', 'PER:Friedrich Merz', 'PER:Emmanuel Macron', 'PER:Merz']));
  });

  it('still reads all-caps headlines and lower-case text', () => {
    expect(labelled(tag('SOCCER - MANCHESTER UNITED BEAT LIVERPOOL IN LONDON'))).toEqual(expect.arrayContaining([expect.stringMatching(/^(ORG|LOC):/)]));
    expect(() => tag('president obama visited paris and met francois hollande')).not.toThrow();
    expect(tag('')).toEqual([]);
    expect(tag('... !!! 123 %%% ---')).toEqual([]);
  });

  it('tags every repeat of a long page the same way (speed itself is measured by `npm run bench`)', () => {
    const para = 'President Bill Clinton met Boris Yeltsin in Moscow on Monday , the Kremlin said .\n';
    const doc = newDoc('t', para.repeat(600));
    tokensStage(doc);
    const ms = tagger.tag(doc);
    expect(ms.filter((m) => m.text === 'Bill Clinton' && m.label === 'PER')).toHaveLength(600);
    expect(ms.filter((m) => m.text === 'Moscow' && m.label === 'LOC')).toHaveLength(600);
  }, 30_000);
});
