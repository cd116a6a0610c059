// Directed-sentiment dev scoring: answers each [p]/[q] sentence through the pipeline's own claims and stances.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Analysis, Claim } from '../../lib/model';
import { overlap, type Span } from './match';
import type { Analyse } from './run';

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

export function evalDirectedSentiment(shared: string, analyse: Analyse, verbose: boolean): void {
  const lines = readFileSync(path.join(shared, 'eval/directed-sentiment/dev.txt'), 'utf8').split('\n').filter((l) => l.trim());
  const confusion = LABELS.map(() => LABELS.map(() => 0));
  for (const line of lines) {
    const [marked, , , label] = line.split('\t');
    const { text, spans } = stripBrackets(marked);
    if (spans.length < 2) continue;
    const predicted = predictLabel(analyse(text), spans[0], spans[1]);
    confusion[Number(label)][predicted]++;
    if (verbose && predicted !== Number(label)) console.log(`DS gold ${LABELS[Number(label)]} pred ${LABELS[predicted]}: ${marked.slice(0, 160)}`);
  }
  console.log(`Directed sentiment dev: ${lines.length} sentences (rows gold, columns predicted)`);
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
