// Claims a name and a colon open: headlines ("Sanders: Clinton must ...") and transcripts ("WALLACE: Let's start ...").
import type { ClaimContext } from './cue-claims';
import type { ClaimDraft } from './draft';
import { holdsVerb } from './shared-subject';
import { countWords, isQuoteMark, isWordToken } from './words';

/** Longest name before the colon, in tokens ("Former Gov. Jeb Bush"). */
const MAX_NAME_TOKENS = 5;
/** Shortest content worth a claim, in words; "Smith: Yes." says too little to stand alone. */
const MIN_CONTENT_WORDS = 3;
// Words in the name position that label the line rather than name a speaker.
export const PAGE_LABELS = new Set(['photo', 'photos', 'video', 'image', 'related', 'update', 'updated', 'note', 'source', 'sources', 'credit', 'watch', 'read', 'listen', 'correction', 'clarification', 'editor', 'caption', 'subscribe', 'follow', 'contact', 'email', 'tags', 'topics', 'advertisement']);

/**
 * A paragraph opening with a name (a tagged person or organisation, or a name in capitals) and a colon reports what
 * that name said: the rest of the paragraph is the content and the name the source. The colon stands as the cue.
 * A verb before the colon ("Cruz continued:") is left to the cue finder. Needs names (`ctx.ents`) and the tagger.
 */
export function addColonDrafts(ctx: ClaimContext, drafts: ClaimDraft[]): ClaimDraft[] {
  const { doc, ents } = ctx;
  if (!ents || !ctx.tags) return drafts;
  const { tokens } = doc;
  const out = [...drafts];
  let t = 0;
  for (const para of doc.paragraphs) {
    while (t < tokens.length && tokens[t].start < para.start) t++;
    let first = t;
    if (first < tokens.length && isQuoteMark(tokens[first].text)) first++;
    let colon = first;
    while (colon < tokens.length && colon - first < MAX_NAME_TOKENS && tokens[colon].end <= para.end && isWordToken(tokens[colon].text)) colon++;
    if (colon === first || colon >= tokens.length || tokens[colon].text !== ':' || tokens[colon].end > para.end) continue;
    const name = { first, last: colon - 1 };
    if (!isSpeakerName(ctx, name.first, name.last) || holdsVerb(ctx, name)) continue;
    let start = colon + 1;
    while (start < tokens.length && tokens[start].start < para.end && !isWordToken(tokens[start].text) && !isQuoteMark(tokens[start].text)) start++;
    if (start >= tokens.length || tokens[start].start >= para.end) continue;
    const end = para.end;
    if (countWords(doc.text, tokens[start].start, end) < MIN_CONTENT_WORDS) continue;
    // Claims the cue finder made inside this turn are nested in it and give way to it (03-claims dropNested).
    out.push({ start: tokens[start].start, end, cue: { head: colon, first: colon, last: colon }, source: name });
  }
  return out;
}

/**
 * The words before the colon name a speaker when they end with a person's or organisation's name, or are a name in
 * capitals. A section heading in title case ("Limited Tools to Fight Terrorism:", "The Gap Goes On:") may hold words
 * the tagger takes for a name, but it does not end with one.
 */
function isSpeakerName(ctx: ClaimContext, first: number, last: number): boolean {
  const { tokens } = ctx.doc;
  for (let k = first; k <= last; k++) if (PAGE_LABELS.has(tokens[k].text.toLowerCase())) return false;
  const text = tokens[last].text;
  return ctx.ents![last] === 1 || ctx.ents![last] === 2 || (text.length >= 3 && text === text.toUpperCase() && /\p{Lu}/u.test(text));
}
