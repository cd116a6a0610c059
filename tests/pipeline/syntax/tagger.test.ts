// The shipped syntax model tags what a reader would expect: reporting verbs as verbs, names with titles as one noun
// phrase, modal verb groups as one verb phrase, our curly-quote tokens as Penn would, and the same way every time.
import { describe, expect, it } from 'vitest';
import { chunkSpans, isNoun, isVerb, npChunks, POS_TAGS } from '../../../lib/pipeline/syntax';
import { tagger, tagText, tokenIndex } from './helpers';

const posOf = (t: ReturnType<typeof tagText>, word: string) => POS_TAGS[t.tags.pos[tokenIndex(t, word)]];
const npTexts = (t: ReturnType<typeof tagText>) => npChunks(t.tags.chunk).map(([a, b]) => t.doc.tokens.slice(a, b + 1).map((x) => x.text).join(' '));

describe('syntax tagger', () => {
  it('tags reporting verbs as verbs and their subjects as nouns', () => {
    const t = tagText('The minister said the plan was dead. Officials believe the talks will fail.');
    expect(posOf(t, 'said')).toBe('VBD');
    expect(isVerb(t.tags.pos[tokenIndex(t, 'believe')])).toBe(true);
    expect(isNoun(t.tags.pos[tokenIndex(t, 'minister')])).toBe(true);
    expect(isNoun(t.tags.pos[tokenIndex(t, 'Officials')])).toBe(true);
  });

  it('keeps a title and a full name together as one noun phrase', () => {
    const t = tagText('Kremlin spokesman Dmitry Peskov told reporters on Monday that no meeting was planned.');
    expect(npTexts(t)).toContain('Kremlin spokesman Dmitry Peskov');
    expect(npTexts(t)).toContain('reporters');
  });

  it('groups a modal and its verb into one verb phrase, with the preposition after it starting a PP', () => {
    const t = tagText('She said she would vote for the bill.');
    const would = tokenIndex(t, 'would');
    const vp = chunkSpans(t.tags.chunk).find((s) => s.first <= would && would <= s.last);
    expect(vp).toMatchObject({ type: 'VP', first: would, last: would + 1 });
    expect(chunkSpans(t.tags.chunk).find((s) => s.first === would + 2)?.type).toBe('PP');
    expect(npTexts(t)).toContain('the bill');
  });

  it('reads curly apostrophes and quotes as the training corpus wrote them', () => {
    const t = tagText('“We don’t accept it,” the company’s chief said.');
    expect(posOf(t, 'don')).toBe('VBP');
    expect(posOf(t, '’t')).toBe('RB');
    expect(posOf(t, '’s')).toBe('POS');
    expect(posOf(t, '“')).toBe('"');
    expect(posOf(t, 'said')).toBe('VBD');
  });

  it('gives the same tags for the same text, whatever it tagged before', () => {
    const text = 'Parliament rejected the proposal on Tuesday, and the opposition said it would appeal.';
    const first = tagText(text).rows;
    // Many distinct words in between: the word cache fills, starts afresh and must not change any answer.
    tagText(Array.from({ length: 6000 }, (_, i) => `word${i}`).join(' ') + '.');
    tagText('An unrelated sentence about football scores in Madrid.');
    expect(tagText(text).rows).toEqual(first);
  });

  it('tags nothing for empty input and copes with a sentence of one token', () => {
    expect(tagger.tagWords([], [])).toEqual({ pos: new Uint8Array(0), chunk: new Uint8Array(0) });
    expect(tagText('').rows).toEqual([]);
    const one = tagger.tagWords(['Hello'], [0]);
    expect(one.pos.length).toBe(1);
    expect(one.chunk.length).toBe(1);
  });

  it('never lets a phrase run across a sentence boundary', () => {
    const t = tagText('The United Nations Security Council met. The council members voted. Nothing happened.');
    for (const span of chunkSpans(t.tags.chunk)) {
      expect(t.doc.tokens[span.first].sentence).toBe(t.doc.tokens[span.last].sentence);
    }
  });
});
