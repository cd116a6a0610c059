// Features of a reporting-cue candidate token, shared by the trainer (scripts/derive-cues.ts) and the runtime cue finder.
import type { Token } from '../document';
import { CHUNK_TAGS, POS_TAGS, type SyntaxTags } from '../syntax';
import { AUX_AND_ADVERBS, PRONOUNS, isCapitalised, isQuoteMark, isWordToken } from './words';

const shape = (t: Token | undefined): string => {
  if (!t) return 'NONE';
  if (isQuoteMark(t.text)) return 'Q';
  if (!isWordToken(t.text)) return t.text;
  const w = t.text.toLowerCase();
  if (PRONOUNS.has(w)) return 'PRON';
  if (AUX_AND_ADVERBS.has(w)) return 'AUX';
  return isCapitalised(t.text) ? 'Cap' : 'low';
};

/**
 * Describes token i as a possible reporting cue: the word, its neighbours, the nearby punctuation and quote marks.
 * `inQuote` marks tokens inside a quoted passage (a cue inside a quote is usually the quoted person's own words).
 */
export function cueFeatures(tokens: readonly Token[], i: number, inQuote: (i: number) => boolean, tags?: SyntaxTags): string[] {
  const t = tokens[i];
  const s = t.sentence;
  const at = (k: number): Token | undefined => (tokens[k] && tokens[k].sentence === s ? tokens[k] : undefined);
  const low = (k: number): string => at(k)?.text.toLowerCase() ?? (k < i ? 'BOS' : 'EOS');
  const w = t.text.toLowerCase();
  const p1 = low(i - 1);
  const n1 = low(i + 1);
  const n2 = low(i + 2);
  // Each neighbour's shape is read by several templates: compute it once.
  const sp1 = shape(at(i - 1));
  const sn1 = shape(at(i + 1));
  const sp2 = shape(at(i - 2));
  const f = [
    'b',
    `w=${w}`,
    `p1=${p1}`,
    `n1=${n1}`,
    `w,n1=${w},${n1}`,
    `p1,w=${p1},${w}`,
    `w,n1,n2=${w},${n1},${n2}`,
    `sp1=${sp1}`,
    `sn1=${sn1}`,
    `sp2,sp1=${sp2},${sp1}`,
    `w,sp1=${w},${sp1}`,
    `w,sn1=${w},${sn1}`,
    `cap=${isCapitalised(t.text)}`,
  ];
  if (inQuote(i)) f.push('inq', `inq,w=${w}`);
  // Where the candidate sits in its sentence: cues often close a sentence (", he said.") or open its content.
  let fromEnd = 0;
  for (let k = i + 1; at(k) && fromEnd < 4; k++) if (isWordToken(tokens[k].text)) fromEnd++;
  f.push(`end=${fromEnd}`, `w,end=${w},${fromEnd}`);
  let commaBefore = false;
  let quoteBefore = false;
  for (let k = i - 1; k >= i - 5 && at(k); k--) {
    if (tokens[k].text === ',') commaBefore = true;
    if (isQuoteMark(tokens[k].text)) quoteBefore = true;
  }
  let quoteAfter = false;
  let thatAfter = false;
  for (let k = i + 1; k <= i + 4 && at(k); k++) {
    if (isQuoteMark(tokens[k].text) || tokens[k].text === ':') quoteAfter = true;
    if (tokens[k].text.toLowerCase() === 'that') thatAfter = true;
  }
  if (commaBefore) f.push('commaBefore', `w,commaBefore=${w}`);
  if (quoteBefore) f.push('quoteBefore', `w,quoteBefore=${w}`);
  if (quoteAfter) f.push('quoteAfter', `w,quoteAfter=${w}`);
  if (thatAfter) f.push('thatAfter', `w,thatAfter=${w}`);
  if (!at(i - 1)) f.push('first');
  // A name or pronoun just before (the subject) and the word two back help tell "he said" from "the said".
  let subjectBefore = false;
  for (let k = i - 1; k >= i - 3 && at(k); k--) {
    const sh = shape(tokens[k]);
    if (sh === 'Cap' || sh === 'PRON') subjectBefore = true;
  }
  f.push(`subj=${subjectBefore}`, `w,subj=${w},${subjectBefore}`, `p2=${low(i - 2)}`, `w,sp1,sn1=${w},${sp1},${sn1}`);
  if (tags) {
    // Parts of speech and phrase chunks tell "the said agreement" and "a call" from "she said" and "called for".
    const pos = (k: number): string => (at(k) ? POS_TAGS[tags.pos[k]] : 'X');
    const chunk = CHUNK_TAGS[tags.chunk[i]];
    f.push(`pos=${pos(i)}`, `w,pos=${w},${pos(i)}`, `pos-1,pos=${pos(i - 1)},${pos(i)}`, `pos,pos+1=${pos(i)},${pos(i + 1)}`, `chunk=${chunk}`, `w,chunk=${w},${chunk}`, `pos-2,pos-1,pos=${pos(i - 2)},${pos(i - 1)},${pos(i)}`);
  }
  return f;
}
