// Stage 1: sentences and tokens with exact offsets, and the cap that keeps a huge text from freezing the worker.
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, tokensStage } from '../../lib/pipeline/01-tokens';
import { newDoc } from '../../lib/pipeline/document';

function run(text: string) {
  const doc = newDoc('t', text);
  tokensStage(doc);
  return doc;
}

const sentences = (text: string) => {
  const doc = run(text);
  return doc.sentences.map((s) => doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text).join(' '));
};

describe('tokens stage', () => {
  it('keeps every token at its exact offset in the text', () => {
    const text = 'Mr. O’Brien didn’t say “no.” He left at 3:45 p.m. on Jan. 5, paying $1,250.50.';
    for (const t of run(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits possessives like the news corpora do, but keeps names with apostrophes whole', () => {
    const doc = run("Ukraine's allies met O'Neill.");
    expect(doc.tokens.map((t) => t.text)).toEqual(['Ukraine', "'s", 'allies', 'met', "O'Neill", '.']);
  });

  it('does not end sentences at abbreviations or initials, and keeps closing quotes with their sentence', () => {
    expect(sentences('Gen. Smith met George W. Bush in the U.S. capital. "It went well," he said. Then he left.')).toEqual([
      'Gen . Smith met George W . Bush in the U.S. capital .',
      '" It went well , " he said .',
      'Then he left .',
    ]);
  });

  it('ends a sentence at a full stop inside a closing quote when a capital follows', () => {
    expect(sentences('Melania Trump told them that “he loves you.” She says they go on. He said “so.” then left.')).toEqual([
      'Melania Trump told them that “ he loves you . ”',
      'She says they go on .',
      'He said “ so . ” then left .',
    ]);
  });

  it('ends a sentence at "U.S." when a word that cannot go on a name follows ("the U.S. The proposal")', () => {
    expect(sentences('Trump would bar Muslims from the U.S. The proposal drew fire. He met U.S. President Biden in Washington, D.C. on Monday.')).toEqual([
      'Trump would bar Muslims from the U.S.',
      'The proposal drew fire .',
      'He met U.S. President Biden in Washington , D.C. on Monday .',
    ]);
  });

  it('ends a sentence at "no." unless a number follows ("No. 5")', () => {
    expect(sentences('He would vote no. Rep. Khanna disagreed. It was No. 5 on the list.')).toEqual([
      'He would vote no .',
      'Rep . Khanna disagreed .',
      'It was No . 5 on the list .',
    ]);
  });

  it('keeps abbreviations with inner full stops in one sentence ("R-S.C.", "D-N.Y.")', () => {
    expect(sentences('Rep. Trey Gowdy (R-S.C.) said the claim was false. Sen. Ann Lee (D-N.Y.) agreed.')).toEqual([
      'Rep . Trey Gowdy ( R-S . C . ) said the claim was false .',
      'Sen . Ann Lee ( D-N . Y . ) agreed .',
    ]);
  });

  it('treats each line as its own paragraph, so headlines never merge with the body', () => {
    const doc = run('Leaders meet in Paris\nThe talks began on Monday.');
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 1]);
  });

  it('cuts a huge text short with a note instead of analysing it all', () => {
    const doc = run('It was the word of the day. '.repeat(MAX_TEXT_LENGTH / 10));
    expect(doc.truncated?.at).toBe(MAX_TEXT_LENGTH);
    expect(doc.truncated?.reason).toMatch(/analysed the first/);
    expect(doc.tokens.at(-1)!.end).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
  });

  it('bounds sentence length on text without full stops', () => {
    const doc = run('the word '.repeat(2500));
    expect(doc.tokens).toHaveLength(5000);
    expect(Math.max(...doc.sentences.map((s) => s.tokenEnd - s.tokenStart))).toBeLessThanOrEqual(401);
  });
});
