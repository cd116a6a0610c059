// Loads the pipeline's resources from disk for Node (CLI, scripts, unit tests); the extension bundles them instead.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTagger } from './ner';
import type { PipelineResources } from './resources';
import { createSyntaxTagger } from './syntax';
import { decodeWordVectors } from './claims/word-vectors';

const MODEL_PATH = fileURLToPath(new URL('./models/ner.bin', import.meta.url));
const SYNTAX_PATH = fileURLToPath(new URL('./models/syntax.bin', import.meta.url));
const VECTORS_PATH = fileURLToPath(new URL('./models/word-vectors.bin', import.meta.url));

let cached: PipelineResources | undefined;

export function loadNodeResources(): PipelineResources {
  cached ??= {
    tagger: createTagger(new Uint8Array(readFileSync(MODEL_PATH))),
    syntax: existsSync(SYNTAX_PATH) ? createSyntaxTagger(new Uint8Array(readFileSync(SYNTAX_PATH))) : undefined,
    wordVectors: existsSync(VECTORS_PATH) ? decodeWordVectors(new Uint8Array(readFileSync(VECTORS_PATH))) : undefined,
  };
  return cached;
}
