// The model files in lib/pipeline/models/ that the extension ships beside its scripts and the CLI reads from disk.

/**
 * Kept out of the JavaScript: inlined as base64 they made a 10.5 MB worker script that took 1.7 s to start the first
 * time and 0.5 s on every restart, and 0.2 s more to decode (docs/decisions/008).
 */
export const MODEL_FILES = ['ner.bin', 'syntax.bin', 'word-vectors.bin'] as const;
export type ModelFile = (typeof MODEL_FILES)[number];
