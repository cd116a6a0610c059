// Shared test helpers: the shipped syntax model, and tagging plain text through the real tokenizer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokensStage } from '../../../lib/pipeline/01-tokens';
import { newDoc, type PipelineDoc } from '../../../lib/pipeline/document';
import { CHUNK_TAGS, createSyntaxTagger, POS_TAGS, type SyntaxModel, type SyntaxTags } from '../../../lib/pipeline/syntax';

export const MODEL_BYTES = new Uint8Array(readFileSync(join(__dirname, '../../../lib/pipeline/models/syntax.bin')));
export const tagger = createSyntaxTagger(MODEL_BYTES);

export interface Tagged {
  doc: PipelineDoc;
  tags: SyntaxTags;
  /** "word/POS/chunk" per token, for readable failures. */
  rows: string[];
  model: SyntaxModel;
}

export function tagText(text: string, model = tagger): Tagged {
  const doc = newDoc('t', text);
  tokensStage(doc);
  const tags = model.tagDoc(doc);
  const rows = doc.tokens.map((t, i) => `${t.text}/${POS_TAGS[tags.pos[i]]}/${CHUNK_TAGS[tags.chunk[i]]}`);
  return { doc, tags, rows, model };
}

/** Index of the first token with this text (throws if absent, so a test cannot silently check nothing). */
export function tokenIndex(t: Tagged, text: string, from = 0): number {
  const i = t.doc.tokens.findIndex((tok, k) => k >= from && tok.text === text);
  if (i < 0) throw new Error(`no token "${text}" in ${t.rows.join(' ')}`);
  return i;
}
