// Public entry of the statistical named-entity tagger (PER/ORG/LOC/MISC over the pipeline's tokens).
export { createTagger, type NerTagger } from './tagger';
export type { NerInput } from './doc-context';
