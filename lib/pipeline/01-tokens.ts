// Stage 1: paragraphs, sentences and tokens with string offsets; everything later works on these.
import type { PipelineDoc, Sentence, Token } from './document';
import { looksEnglish } from './english-check';

// Words, numbers with inner punctuation (1,000 / 3.5 / U.S. / e-mail), apostrophe clitics, then any single other symbol.
const TOKEN_RE =
  /(?:[A-Za-z]\.){2,}(?![A-Za-z])|\p{L}[\p{L}\p{M}\p{N}]*(?:[-&][\p{L}\p{M}\p{N}]+|['’](?!(?:s|S|re|ve|ll|d|m|t)\b)[\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:/-]\p{N}+)*|['’](?:s|S|re|ve|ll|d|m|t)\b|[^\s]/gu;

// Abbreviations after which a full stop does not end the sentence.
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof sen rep gov gen lt col maj capt sgt st jr sr inc corp ltd co no vs etc jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'u.s u.k u.n e.u a.m p.m mt ft rev hon pres sec dept univ est approx fig al').split(' '),
);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/** Dotted abbreviations that keep their final full stop inside the token ("U.S.", "D.C.", "p.m."). */
const DOTTED = /^(?:\p{L}\.){2,}$/u;
/**
 * Capitalised function words that cannot go on a name after a dotted abbreviation, so they open the next sentence:
 * "… to enter the U.S. The proposal has …" (but "U.S. President Biden", "Washington, D.C. on Monday" go on).
 */
const SENTENCE_OPENERS = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'But', 'And', 'Yet', 'So', 'In', 'On', 'At', 'For', 'After', 'Before', 'When', 'While', 'If', 'As', 'There', 'Some', 'Many', 'Most', 'Other', 'Others', 'Still', 'However', 'Meanwhile', 'Now', 'Then', 'Both', 'Neither', 'Each', 'Such', 'What', 'Why', 'How', 'Who', 'Where']);

/**
 * Upper bound on analysed text (about 50,000 words, far beyond any news article): a huge page is cut short, with a
 * note, in a few seconds rather than keeping the service worker busy for a minute while later pages wait.
 */
export const MAX_TEXT_LENGTH = 300_000;

export function tokensStage(doc: PipelineDoc): void {
  let text = doc.text;
  if (text.length > MAX_TEXT_LENGTH) {
    doc.truncated = { at: MAX_TEXT_LENGTH, reason: `text longer than ${MAX_TEXT_LENGTH.toLocaleString('en-US')} characters: analysed the first ${MAX_TEXT_LENGTH.toLocaleString('en-US')} only` };
    text = text.slice(0, MAX_TEXT_LENGTH);
  }
  doc.paragraphs = splitParagraphs(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  doc.paragraphs.forEach((para, p) => {
    const slice = text.slice(para.start, para.end);
    const paraTokens: Token[] = [];
    for (const m of slice.matchAll(TOKEN_RE)) {
      const start = para.start + m.index!;
      paraTokens.push({ start, end: start + m[0].length, text: m[0], sentence: -1 });
    }
    let sentStart = 0;
    for (let i = 0; i < paraTokens.length; i++) {
      if (!endsSentence(paraTokens, i) && i !== paraTokens.length - 1 && i - sentStart < 400) continue;
      let end = i;
      // Keep closing quotes and brackets with the sentence they close; a quote after a space opens the next one.
      while (end + 1 < paraTokens.length && CLOSERS.has(paraTokens[end + 1].text) && paraTokens[end + 1].start === paraTokens[end].end) end++;
      const s = sentences.length;
      const tokenStart = tokens.length;
      for (let k = sentStart; k <= end; k++) tokens.push({ ...paraTokens[k], sentence: s });
      sentences.push({ start: paraTokens[sentStart].start, end: paraTokens[end].end, tokenStart, tokenEnd: tokens.length, paragraph: p });
      sentStart = end + 1;
      i = end;
    }
  });
  doc.tokens = tokens;
  doc.sentences = sentences;
  // Names, cues and stances are read with English models: on another language they would be noise, so nothing is read.
  if (!looksEnglish(tokens)) {
    doc.skipped = 'the text does not look like English, the only language Fact Annotator reads';
    doc.paragraphs = [];
    doc.sentences = [];
    doc.tokens = [];
  }
}

function splitParagraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    if (m[0].trim()) out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

function endsSentence(toks: Token[], i: number): boolean {
  const t = toks[i].text;
  // "She declared “What a night!” and said …": a quote's own ? or ! ends no sentence when a lowercase word follows it.
  if (t === '?' || t === '!') return !(CLOSERS.has(toks[i + 1]?.text ?? '') && /^\p{Ll}/u.test(toks[i + 2]?.text ?? ''));
  if (DOTTED.test(t)) return !!toks[i + 1] && toks[i + 1].start > toks[i].end && SENTENCE_OPENERS.has(toks[i + 1].text);
  if (t !== '.') return false;
  const prev = toks[i - 1];
  if (!toks[i + 1]) return true;
  // A letter right after the full stop, with no space, continues an abbreviation ("R-S.C.", "U.S.", "e.g.").
  if (toks[i + 1].start === toks[i].end && /^\p{L}/u.test(toks[i + 1].text)) return false;
  // "… you.” She says": the closing quote or bracket stays with the sentence; the word after it decides.
  let j = i + 1;
  while (j < toks.length && CLOSERS.has(toks[j].text) && toks[j].start === toks[j - 1].end && toks[j].text !== "'") j++;
  const next = toks[j];
  if (!next) return true;
  if (prev && prev.end === toks[i].start) {
    const p = prev.text.toLowerCase();
    // "No. 5" is an abbreviation, "he would vote no. Rep. Khanna …" is not.
    if (ABBREVIATIONS.has(p) && !(p === 'no' && !/^\p{N}/u.test(next.text))) return false;
    // A single capital letter followed by a full stop is an initial ("George W. Bush").
    if (/^\p{Lu}$/u.test(prev.text)) return false;
  }
  // A sentence starts with a capital, a quote, a digit or a bracket.
  return /^[\p{Lu}\p{N}"“‘'(\[«]/u.test(next.text);
}
