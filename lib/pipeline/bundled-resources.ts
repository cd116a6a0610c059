// The pipeline's resources for the extension: the model is inlined into the service worker bundle, never fetched.
import nerBytes from './models/ner.bin?bytes';
import syntaxBytes from './models/syntax.bin?bytes';
import wordVectorBytes from './models/word-vectors.bin?bytes';
import { decodeWordVectors } from './claims/word-vectors';
import { createTagger } from './ner';
import type { PipelineResources } from './resources';
import { createSyntaxTagger } from './syntax';

let cached: PipelineResources | undefined;

/** Decodes the model on first use, so the worker starts fast and pays the load once. */
export function bundledResources(): PipelineResources {
  cached ??= { tagger: createTagger(nerBytes), syntax: createSyntaxTagger(syntaxBytes), wordVectors: decodeWordVectors(wordVectorBytes) };
  return cached;
}
