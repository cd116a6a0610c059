// The pipeline's resources for the extension: the model files packaged with it (model-files.ts), read by a loader the caller gives.
import { decodeWordVectors } from './claims/word-vectors';
import { MODEL_FILES, type ModelFile } from './model-files';
import { createTagger } from './ner';
import type { PipelineResources } from './resources';
import { createSyntaxTagger } from './syntax';

/** Reads one packaged model file; the service worker reads its own package, never the network. */
export type ReadModelFile = (file: ModelFile) => Promise<Uint8Array>;

let cached: Promise<PipelineResources> | undefined;

/** Reads the three files together and decodes them once; later calls share the first load (a failed one is retried). */
export function loadBundledResources(read: ReadModelFile): Promise<PipelineResources> {
  if (!cached) {
    cached = Promise.all(MODEL_FILES.map(read)).then(([ner, syntax, vectors]) => ({
      tagger: createTagger(ner),
      syntax: createSyntaxTagger(syntax),
      wordVectors: decodeWordVectors(vectors),
    }));
    cached.catch(() => (cached = undefined));
  }
  return cached;
}
