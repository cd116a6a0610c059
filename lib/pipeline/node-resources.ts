// Loads the pipeline's resources from disk for Node (CLI, scripts, unit tests); the extension bundles them instead.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTagger } from './ner';
import type { PipelineResources } from './resources';

const MODEL_PATH = fileURLToPath(new URL('./models/ner.bin', import.meta.url));

let cached: PipelineResources | undefined;

export function loadNodeResources(): PipelineResources {
  cached ??= { tagger: createTagger(new Uint8Array(readFileSync(MODEL_PATH))) };
  return cached;
}
