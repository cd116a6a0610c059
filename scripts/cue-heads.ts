// Which token heads a gold PolNeAR cue, as the claim finder would see it; shared by the cue trainer and the diagnosis.
import type { PipelineDoc } from '../lib/pipeline/document';
import { AUX_AND_ADVERBS, isWordToken } from '../lib/pipeline/claims/words';

/**
 * The cue's head token: its first word that is not an auxiliary or adverb ("has made it clear" -> "made"); -1
 * without a cue. Skipping leading function words too ("to discuss" -> "discuss") was tried: dev content F1 fell 0.3.
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
