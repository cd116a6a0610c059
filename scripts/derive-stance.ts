// Derives the stance word weights from directed-sentiment TRAIN (never dev): log-odds of positive vs negative sentences.
// Run: npx tsx scripts/derive-stance.ts  -> writes lib/pipeline/knowledge/stance-lexicon.ts
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SHARED = process.env.SHARED_DIR ?? path.resolve(process.cwd(), '../shared');
const lines = readFileSync(path.join(SHARED, 'eval/directed-sentiment/train.txt'), 'utf8').split('\n').filter(Boolean);
/** A word must occur in this many polar sentences before its weight is trusted. */
const MIN_POLAR_COUNT = Number(process.env.MIN_POLAR_COUNT ?? 8);
/** Minimum |log-odds| between positive and negative sentences. */
const MIN_POLARITY = Number(process.env.MIN_POLARITY ?? 0.9);
/** Minimum log-odds of appearing in a polar sentence at all rather than a neutral one. */
const MIN_SENTIMENT = Number(process.env.MIN_SENTIMENT ?? 0.25);

const pos = new Map<string, number>();
const neg = new Map<string, number>();
const none = new Map<string, number>();
let nPos = 0, nNeg = 0, nNone = 0;
for (const line of lines) {
  const [marked, , , label] = line.split('\t');
  // Only lowercase words: names and places carry the topic, not the stance.
  const words = new Set(marked.replace(/\[[^\]]*\]/g, ' ').match(/(?<![\p{L}'’])[a-z][a-z'’-]+/gu) ?? []);
  const bucket = label === '1' || label === '2' ? pos : label === '3' || label === '4' ? neg : none;
  if (bucket === pos) nPos++;
  else if (bucket === neg) nNeg++;
  else nNone++;
  for (const w of words) bucket.set(w, (bucket.get(w) ?? 0) + 1);
}
const weights: [string, number][] = [];
for (const w of new Set([...pos.keys(), ...neg.keys()])) {
  const p = pos.get(w) ?? 0;
  const n = neg.get(w) ?? 0;
  const z = none.get(w) ?? 0;
  if (p + n < MIN_POLAR_COUNT) continue;
  const polarity = Math.log((p + 0.5) / nPos / ((n + 0.5) / nNeg));
  const sentiment = Math.log((p + n + 0.5) / (nPos + nNeg) / ((z + 0.5) / nNone));
  if (Math.abs(polarity) >= MIN_POLARITY && sentiment >= MIN_SENTIMENT) weights.push([w, Math.round(polarity * 100) / 100]);
}
weights.sort((a, b) => a[0].localeCompare(b[0]));
writeFileSync(
  'lib/pipeline/knowledge/stance-lexicon.ts',
  `// Stance word weights derived from directed-sentiment train by scripts/derive-stance.ts: > 0 leans support, < 0 oppose.\n` +
    `export const DERIVED_STANCE_WEIGHTS: Record<string, number> = {\n` +
    weights.map(([w, v]) => `  ${JSON.stringify(w)}: ${v},`).join('\n') +
    `\n};\n`,
);
console.log(`${weights.length} stance words from ${lines.length} train sentences (${nPos} positive, ${nNeg} negative, ${nNone} none)`);
