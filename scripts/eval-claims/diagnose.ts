// `npm run eval:claims -- --diagnose [--train]`: attributes each PolNeAR dev (or out-of-fold train) miss and false claim to the stage that caused it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { newDoc } from '../../lib/pipeline/document';
import { STAGES, type PipelineResources } from '../../lib/pipeline';
import { toAnalysis } from '../../lib/pipeline/to-analysis';
import { claimDrafts, dropNested } from '../../lib/pipeline/03-claims';
import { filterClaims } from '../../lib/pipeline/claims/claim-filter';
import { isCandidate, cueScore } from '../../lib/pipeline/claims/cues';
import { trainingHead } from '../cue-heads';
import { withHeldOutCues } from '../cue-folds';
import { matchByOverlap, overlap, type Span } from './match';

interface GoldQuote extends Span { kind: string; cue_start: number | null; cue_end: number | null }
interface Article { id: string; text: string; quotes: GoldQuote[] }

/** `split` 'train' drafts each train article with the cue model of the fold that did not see it (cue-folds.ts). */
export function diagnosePolnear(shared: string, res: PipelineResources, verbose: boolean, split: 'dev' | 'train' = 'dev'): void {
  const articles: Article[] = JSON.parse(readFileSync(path.join(shared, `eval/polnear/${split}.json`), 'utf8'));
  const misses = new Map<string, number>();
  const falses = new Map<string, number>();
  const count = (m: Map<string, number>, k: string, line?: string) => {
    m.set(k, (m.get(k) ?? 0) + 1);
    if (verbose && line) console.log(`${k}\t${line}`);
  };
  const diagnose = (a: Article): void => {
    const doc = newDoc(a.id, a.text);
    // Stages up to claims, then the claim stage's own steps, so drafts can be compared with what survived.
    STAGES[0].run(doc, res);
    STAGES[1].run(doc, res);
    const { ctx, drafts } = claimDrafts(doc, res);
    const kept = filterClaims(ctx, drafts);
    const survived = dropNested([...kept].sort((x, y) => x.start - y.start || y.end - x.end));
    for (const s of STAGES.slice(2)) s.run(doc, res);
    const pred = toAnalysis(doc).claims;
    const matched = matchByOverlap(pred, a.quotes);
    const mp = new Set(matched.map(([i]) => i));
    const mg = new Set(matched.map(([, j]) => j));
    const show = (s: Span) => JSON.stringify(a.text.slice(s.start, s.end).slice(0, 90));
    a.quotes.forEach((g, j) => {
      if (mg.has(j)) return;
      const head = trainingHead(doc, g.cue_start, g.cue_end);
      const line = `${a.id} ${g.kind} cue=${head >= 0 ? doc.tokens[head].text : '-'} ${show(g)}`;
      if (pred.some((p) => overlap(p, g) > 0)) return count(misses, 'claim taken by another gold', line);
      if (drafts.some((d) => overlap(d, g) > 0)) {
        if (!kept.some((d) => overlap(d, g) > 0)) return count(misses, 'drafted, filtered out', line);
        if (!survived.some((d) => overlap(d, g) > 0)) return count(misses, 'drafted, dropped as nested', line);
        return count(misses, 'drafted, lost later', line);
      }
      if (head < 0) return count(misses, 'gold has no cue', line);
      const cue = drafts.find((d) => d.cue?.head === head);
      if (cue) return count(misses, 'cue found, content elsewhere', `${line} drafted ${show(cue)}`);
      if (ctx.quoteOf[head] >= 0) return count(misses, 'cue inside a quote', line);
      if (ctx.cueHead[head]) return count(misses, 'cue found, no draft', line);
      if (!isCandidate(doc.tokens[head].text.toLowerCase(), head, ctx.tags)) return count(misses, 'cue word not a candidate', line);
      const score = cueScore(doc.tokens, head, (i) => ctx.quoteOf[i] >= 0, ctx.tags, ctx.ents);
      return count(misses, 'cue scored below threshold', `${line} score=${score.toFixed(1)}`);
    });
    pred.forEach((p, i) => {
      if (mp.has(i)) return;
      const line = `${a.id} cue=${p.cue?.text ?? '-'} ${show(p)}`;
      const d = survived.find((x) => x.start === p.start && x.end === p.end);
      const origin = !d ? 'relation' : d.cue ? (d.cue.score === undefined ? 'stance cue' : 'cue') : 'quote';
      if (a.quotes.some((g) => overlap(p, g) > 0)) return count(falses, `second claim in a gold attribution (${origin})`, line);
      count(falses, `no gold attribution (${origin})`, line);
    });
  };
  if (split === 'train') withHeldOutCues(articles, diagnose, { laterModels: true });
  else articles.forEach(diagnose);
  const report = (title: string, m: Map<string, number>) => {
    const total = [...m.values()].reduce((x, y) => x + y, 0);
    console.log(`${title}: ${total}`);
    for (const [k, v] of [...m].sort((x, y) => y[1] - x[1])) console.log(`  ${String(v).padStart(5)}  ${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`);
  };
  report(`PolNeAR ${split} gold attributions missed`, misses);
  report(`PolNeAR ${split} predicted claims matching no gold`, falses);
}
