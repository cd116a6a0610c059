// Features of a reporting-cue candidate token, shared by the trainer (scripts/derive-cues.ts) and the runtime cue finder.
import type { Token } from '../document';
import { CHUNK_TAGS, POS_TAGS, isFiniteVerb, type SyntaxTags } from '../syntax';
import { AUX_AND_ADVERBS, PRONOUNS, isCapitalised, isQuoteMark, isWordToken } from './words';
import { ENTITY_KIND_NAMES } from './entity-kinds';
import type { FeatureSink } from './hashed-weights';

const shape = (t: Token | undefined): string => {
  if (!t) return 'NONE';
  if (isQuoteMark(t.text)) return 'Q';
  if (!isWordToken(t.text)) return t.text;
  const w = t.text.toLowerCase();
  if (PRONOUNS.has(w)) return 'PRON';
  if (AUX_AND_ADVERBS.has(w)) return 'AUX';
  return isCapitalised(t.text) ? 'Cap' : 'low';
};

/** A crude stem, so that the inflections of a rare verb share weights ("argues", "argued", "arguing" -> "argu"). */
const stem = (w: string): string => (w.length > 4 ? w.replace(/ie[sd]$/, 'y').replace(/(?:ing|ed|es|s)$/, '') : w);

const WH = new Set(['what', 'why', 'how', 'who', 'whom', 'when', 'where', 'which', 'whether', 'if']);

/** What kind of word token k is, for the subject and complement features: a name's type, a pronoun, a word class. */
function kindOf(tokens: readonly Token[], k: number, ents: Uint8Array | undefined, pos: (k: number) => string): string {
  const t = tokens[k];
  if (ents && ents[k]) return ENTITY_KIND_NAMES[ents[k]];
  const w = t.text.toLowerCase();
  if (PRONOUNS.has(w)) return w;
  if (w === 'that' || w === 'to' || WH.has(w)) return w;
  if (isQuoteMark(t.text)) return 'Q';
  if (!isWordToken(t.text)) return t.text;
  return pos(k);
}

/**
 * Describes token i as a possible reporting cue: the word, its neighbours, the nearby punctuation and quote marks.
 * `inQuote` marks tokens inside a quoted passage (a cue inside a quote is usually the quoted person's own words).
 * Features go to `out` as parts of their names ("w,n1=" "said" "," "that"), see hashed-weights.ts.
 */
export function cueFeatures(out: FeatureSink, tokens: readonly Token[], i: number, inQuote: (i: number) => boolean, tags?: SyntaxTags, ents?: Uint8Array): void {
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
  out.emit('b');
  out.emit('w=', w);
  out.emit('p1=', p1);
  out.emit('n1=', n1);
  out.emit('w,n1=', w, ',', n1);
  out.emit('p1,w=', p1, ',', w);
  out.emit('w,n1,n2=', w, ',', n1, ',', n2);
  out.emit('sp1=', sp1);
  out.emit('sn1=', sn1);
  out.emit('sp2,sp1=', sp2, ',', sp1);
  out.emit('w,sp1=', w, ',', sp1);
  out.emit('w,sn1=', w, ',', sn1);
  out.emit(isCapitalised(t.text) ? 'cap=true' : 'cap=false');
  if (inQuote(i)) {
    out.emit('inq');
    out.emit('inq,w=', w);
  }
  // Where the candidate sits in its sentence: cues often close a sentence (", he said.") or open its content.
  let fromEnd = 0;
  for (let k = i + 1; at(k) && fromEnd < 4; k++) if (isWordToken(tokens[k].text)) fromEnd++;
  const end = DIGITS[fromEnd];
  out.emit('end=', end);
  out.emit('w,end=', w, ',', end);
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
  if (commaBefore) flag(out, 'commaBefore', w);
  if (quoteBefore) flag(out, 'quoteBefore', w);
  if (quoteAfter) flag(out, 'quoteAfter', w);
  if (thatAfter) flag(out, 'thatAfter', w);
  if (!at(i - 1)) out.emit('first');
  // A name or pronoun just before (the subject) and the word two back help tell "he said" from "the said".
  let subjectBefore = false;
  for (let k = i - 1; k >= i - 3 && at(k); k--) {
    const sh = shape(tokens[k]);
    if (sh === 'Cap' || sh === 'PRON') subjectBefore = true;
  }
  const sb = subjectBefore ? 'true' : 'false';
  out.emit('subj=', sb);
  out.emit('w,subj=', w, ',', sb);
  out.emit('p2=', low(i - 2));
  out.emit('w,sp1,sn1=', w, ',', sp1, ',', sn1);
  const pos = (k: number): string => (at(k) ? (tags ? POS_TAGS[tags.pos[k]] : shape(tokens[k])) : 'X');
  // Who is said to act, and what follows: speech and belief have people and organisations as subjects and take
  // clauses ("that", "to", a quote) as complements. The stem carries this over to verbs rare in train.
  let sk = i - 1;
  while (at(sk) && sk > i - 5 && (AUX_AND_ADVERBS.has(tokens[sk].text.toLowerCase()) || /ly$/.test(tokens[sk].text))) sk--;
  const subj = at(sk) ? kindOf(tokens, sk, ents, pos) : 'BOS';
  const cmp = at(i + 1) ? kindOf(tokens, i + 1, ents, pos) : 'EOS';
  const st = stem(w);
  out.emit('st=', st);
  out.emit('sk=', subj);
  out.emit('cmp=', cmp);
  out.emit('st,sk=', st, ',', subj);
  out.emit('st,cmp=', st, ',', cmp);
  out.emit('sk,cmp=', subj, ',', cmp);
  const cmp2 = at(i + 2) ? kindOf(tokens, i + 2, ents, pos) : 'EOS';
  out.emit('st,cmp,cmp2=', st, ',', cmp, ',', cmp2);
  out.emit('cmp,cmp2=', cmp, ',', cmp2);
  if (tags) {
    // Parts of speech and phrase chunks tell "the said agreement" and "a call" from "she said" and "called for".
    const chunk = CHUNK_TAGS[tags.chunk[i]];
    const p = pos(i);
    out.emit('pos=', p);
    out.emit('w,pos=', w, ',', p);
    out.emit('pos-1,pos=', pos(i - 1), ',', p);
    out.emit('pos,pos+1=', p, ',', pos(i + 1));
    out.emit('chunk=', chunk);
    out.emit('w,chunk=', w, ',', chunk);
    out.emit('pos-2,pos-1,pos=', pos(i - 2), ',', pos(i - 1), ',', p);
    // Reported speech takes a clause: a tensed verb soon after the cue ("said the talks had failed"), and a cue
    // that is itself the sentence's first tensed verb is more often the main predicate than a word in the content.
    let after = 'none';
    for (let k = i + 1; k <= i + 8 && at(k); k++) {
      if (isQuoteMark(tokens[k].text)) break;
      if (isFiniteVerb(tags.pos[k])) {
        after = k - i <= 3 ? 'near' : 'far';
        break;
      }
    }
    let before = 'none';
    let comma = false;
    for (let k = i - 1; k >= i - 12 && at(k); k--) {
      if (isFiniteVerb(tags.pos[k])) {
        before = comma ? 'comma' : 'plain';
        break;
      }
      if (tokens[k].text === ',') comma = true;
    }
    out.emit('fin>=', after);
    out.emit('st,fin>=', st, ',', after);
    out.emit('fin<=', before);
    out.emit('st,fin<=', st, ',', before);
    out.emit('fin<,fin>=', before, ',', after);
  }
}

const DIGITS = ['0', '1', '2', '3', '4'];

/** A yes/no context feature, alone and with the word. */
function flag(out: FeatureSink, name: string, w: string): void {
  out.emit(name);
  out.emit('w,', name, '=', w);
}
