// Directed-sentiment dev scoring: answers each [p]/[q] sentence through the pipeline's own claims and stances.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Analysis, Claim } from '../../lib/model';
import { overlap, type Span } from './match';
import type { Analyse } from './run';
import { useRelationModel } from '../../lib/pipeline/relations/relation-model';

const LABELS = ['none', 'p+q', 'q+p', 'p-q', 'q-p'];

/** Removes the [ ] brackets around p and q, keeping the character offsets of both in the clean sentence. */
export function stripBrackets(marked: string): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === '[' && open < 0) open = text.length;
    else if (ch === ']' && open >= 0) {
      spans.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  return { text, spans };
}

/** Does the claim's speaker stand for span x (its span or its actor's mentions overlap x)? */
function speaks(res: Analysis, c: Claim, x: Span): boolean {
  const s = c.speaker;
  if (!s) return false;
  if (s.start !== null && s.end !== null && overlap({ start: s.start, end: s.end }, x) > 0) return true;
  const actor = s.actorId ? res.actors.find((a) => a.id === s.actorId) : undefined;
  return !!actor && actor.mentions.some((m) => overlap(m, x) > 0);
}

/** Is span y the claim's target: a target actor mentioned at y, or y inside the claim's content? */
function targets(res: Analysis, c: Claim, y: Span): boolean {
  const ids = c.stance?.targetActorIds ?? [];
  if (res.actors.some((a) => ids.includes(a.id) && a.mentions.some((m) => overlap(m, y) > 0))) return true;
  return overlap(c, y) > 0;
}

export function predictLabel(res: Analysis, p: Span, q: Span): number {
  for (const c of res.claims) {
    if (!c.stance || c.stance.polarity === 'neutral') continue;
    const pos = c.stance.polarity === 'support';
    if (speaks(res, c, p) && targets(res, c, q) && !speaks(res, c, q)) return pos ? 1 : 3;
    if (speaks(res, c, q) && targets(res, c, p) && !speaks(res, c, p)) return pos ? 2 : 4;
  }
  return 0;
}

/** Written by `scripts/derive-relations.ts --holdout`: a relation model trained on nine tenths of train, and the rest. */
export const RELATION_HOLDOUT_FILE = path.resolve('node_modules/.cache/fact-annotator/relation-holdout.json');

/**
 * Directed sentiment on the held-out tenth of its train set, answered by the whole pipeline with the relation model that
 * did not see it: the train-side check for relation thresholds, as `--train` is for PolNeAR (dev is for measuring only).
 */
export function evalHeldOutSentiment(analyse: Analyse, verbose: boolean): void {
  if (!existsSync(RELATION_HOLDOUT_FILE)) throw new Error(`${RELATION_HOLDOUT_FILE} is missing: run npx tsx scripts/derive-relations.ts --holdout first.`);
  const { model, heldOut } = JSON.parse(readFileSync(RELATION_HOLDOUT_FILE, 'utf8')) as { model: { features: string; weights: string }; heldOut: string[] };
  useRelationModel(model);
  try {
    scoreDirectedSentiment('Directed sentiment, held-out tenth of train', heldOut, analyse, verbose);
  } finally {
    useRelationModel(null);
  }
}

export function evalDirectedSentiment(shared: string, analyse: Analyse, verbose: boolean): void {
  const lines = readFileSync(path.join(shared, 'eval/directed-sentiment/dev.txt'), 'utf8').split('\n').filter((l) => l.trim());
  scoreDirectedSentiment('Directed sentiment dev', lines, analyse, verbose);
}

function scoreDirectedSentiment(title: string, lines: readonly string[], analyse: Analyse, verbose: boolean): void {
  const confusion = LABELS.map(() => LABELS.map(() => 0));
  for (const line of lines) {
    const [marked, , , label] = line.split('\t');
    const { text, spans } = stripBrackets(marked);
    if (spans.length < 2) continue;
    const predicted = predictLabel(analyse(text), spans[0], spans[1]);
    confusion[Number(label)][predicted]++;
    if (verbose && predicted !== Number(label)) console.log(`DS gold ${LABELS[Number(label)]} pred ${LABELS[predicted]}: ${marked.slice(0, 160)}`);
  }
  console.log(`${title}: ${lines.length} sentences (rows gold, columns predicted)`);
  console.log(`  ${'gold\\pred'.padEnd(9)} ${LABELS.map((l) => l.padStart(6)).join('')}`);
  confusion.forEach((row, i) => console.log(`  ${LABELS[i].padEnd(9)} ${row.map((n) => String(n).padStart(6)).join('')}`));
  const f1s = LABELS.map((_, k) => {
    const tp = confusion[k][k];
    const pred = confusion.reduce((s, r) => s + r[k], 0);
    const gold = confusion[k].reduce((s, n) => s + n, 0);
    const p = pred ? tp / pred : 0;
    const r = gold ? tp / gold : 0;
    return p + r ? (2 * p * r) / (p + r) : 0;
  });
  console.log(`  per-class F1 ${f1s.map((f, k) => `${LABELS[k]} ${(100 * f).toFixed(1)}`).join(', ')}`);
  console.log(`  macro-F1 ${((100 * f1s.reduce((s, f) => s + f, 0)) / f1s.length).toFixed(1)}`);
}
