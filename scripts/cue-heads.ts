// Which token heads a gold PolNeAR cue, as the claim finder would see it; shared by the cue trainer and the diagnosis.
import type { PipelineDoc } from '../lib/pipeline/document';
import { AUX_AND_ADVERBS, isWordToken } from '../lib/pipeline/claims/words';

/**
 * The cue's head token: its first word that is not an auxiliary or adverb ("has made it clear" -> "made"); -1
 * without a cue. The diagnosis reads this; the cue trainer's labels skip leading function words too (trainingHead).
 */
export function cueHead(doc: PipelineDoc, cueStart: number | null, cueEnd: number | null): number {
  if (cueStart == null || cueEnd == null) return -1;
  let first = -1;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (t.start < cueStart || t.end > cueEnd || !isWordToken(t.text)) continue;
    if (first < 0) first = i;
    if (!AUX_AND_ADVERBS.has(t.text.toLowerCase())) return i;
  }
  return first;
}

// Function words a gold cue may open with ("to say", "in a statement", "the claim"): the classifier is never asked
// about them, so it learns such a cue from the word after them.
const LEADING_FUNCTION_WORDS = new Set(['to', 'a', 'an', 'the', 'in', 'on', 'for', 'of', 'about', 'with', 'by', 'at', 'as', 'his', 'her', 'their', 'its', 'our', 'it', 'this', 'that', 'these', 'those', 'no', 'some', 'all', 'both', 'one', 'more', 'so']);

/**
 * The token the cue classifier is taught as the cue: the head, past leading function words ("to say" -> "say").
 * An earlier try in the head itself, with the other words of the cue still taught as non-cues, cost 0.3 dev F1; with those
 * words left out of training (derive-cues.ts) it gained: filter CV 78.8 -> 79.0, dev indirect recall 71.9 -> 73.2%.
 */
export function trainingHead(doc: PipelineDoc, cueStart: number | null, cueEnd: number | null): number {
  let head = cueHead(doc, cueStart, cueEnd);
  if (head < 0) return head;
  const tokens = doc.tokens;
  while (LEADING_FUNCTION_WORDS.has(tokens[head].text.toLowerCase()) && tokens[head + 1] && tokens[head + 1].end <= cueEnd! && isWordToken(tokens[head + 1].text)) head++;
  return head;
}
