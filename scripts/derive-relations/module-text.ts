// The text of lib/pipeline/knowledge/relation-model.ts, written by scripts/derive-relations.ts.

/** `provenance` says what the weights were trained on; `features` and `weights` come from encodeRelationWeights. */
export function relationModelModule(provenance: string, features: string, weights: string): string {
  return (
    `// Directed relation weights (classes: none, a+b, b+a, a-b, b-a; a is the earlier mention), trained by scripts/derive-relations.ts\n` +
    `// ${provenance}; feature names and int16 weights in tenths, no text.\n` +
    `export const RELATION_MODEL_FEATURES = ${JSON.stringify(features)};\n` +
    `export const RELATION_MODEL_WEIGHTS =\n  '${weights}';\n`
  );
}
