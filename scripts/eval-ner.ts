// Measures the NER tagger on CoNLL-2003 dev: exact-span typed P/R/F1, speed, model load time, and compromise as a peer.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { tokensStage } from '../lib/pipeline/01-tokens';
import { actorsStage } from '../lib/pipeline/02-actors';
import { newDoc, type PipelineDoc } from '../lib/pipeline/document';
import { createTagger } from '../lib/pipeline/ner';
import { tagId } from '../lib/pipeline/ner/labels';
import { conllPath, countSpans, HEADLINE_TYPES, prf, readConll, type ConllDoc, type Scores } from './conll';

const MODEL = fileURLToPath(new URL('../lib/pipeline/models/ner.bin', import.meta.url));
const ALL = ['PER', 'ORG', 'LOC', 'MISC'];

function cpuMsNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** A PipelineDoc over CoNLL's own tokens: words joined by spaces, one sentence per line, one paragraph per sentence. */
function pipelineDocOf(d: ConllDoc, id: string): PipelineDoc {
  const doc = newDoc(id, '');
  let text = '';
  for (let s = 0; s + 1 < d.sentenceStarts.length; s++) {
    if (s) text += '\n';
    const sentStart = text.length;
    const tokenStart = d.sentenceStarts[s];
    for (let i = tokenStart; i < d.sentenceStarts[s + 1]; i++) {
      if (i > tokenStart) text += ' ';
      doc.tokens.push({ start: text.length, end: text.length + d.words[i].length, text: d.words[i], sentence: s });
      text += d.words[i];
    }
    doc.sentences.push({ start: sentStart, end: text.length, tokenStart, tokenEnd: d.sentenceStarts[s + 1], paragraph: s });
    doc.paragraphs.push({ start: sentStart, end: text.length });
  }
  doc.text = text;
  return doc;
}

/** Tag ids per token from character spans (the tagger's mentions or compromise's matches). */
function tagsFromSpans(doc: PipelineDoc, spans: { start: number; end: number; label: string }[]): Uint8Array {
  const tags = new Uint8Array(doc.tokens.length);
  const byStart = new Map(doc.tokens.map((t, i) => [t.start, i]));
  const byEnd = new Map(doc.tokens.map((t, i) => [t.end, i]));
  for (const s of spans) {
    const a = byStart.get(s.start), b = byEnd.get(s.end);
    if (a === undefined || b === undefined || b < a) continue; // a span not on token edges can never match gold exactly
    tags[a] = tagId(`B-${s.label}`);
    for (let i = a + 1; i <= b; i++) tags[i] = tagId(`I-${s.label}`);
  }
  return tags;
}

/** compromise's people/organisations/places, trimmed of surrounding punctuation, as PER/ORG/LOC spans. */
function compromiseSpans(text: string): { start: number; end: number; label: string }[] {
  const d = nlp(text);
  const out: { start: number; end: number; label: string }[] = [];
  const take = (list: { offset: { start: number; length: number } }[], label: string) => {
    for (const { offset } of list) {
      let start = offset.start, end = offset.start + offset.length;
      while (start < end && /[\s\p{P}]/u.test(text[start]) && !/[\p{L}\p{N}]/u.test(text[start])) start++;
      while (end > start && /[\s,.;:!?"')]/.test(text[end - 1])) end--;
      out.push({ start, end, label });
    }
  };
  take(d.people().json({ offset: true }), 'PER');
  take(d.organizations().json({ offset: true }), 'ORG');
  take(d.places().json({ offset: true }), 'LOC');
  return out;
}

function report(name: string, s: Scores, types: string[]): void {
  const o = prf(HEADLINE_TYPES, s), all = prf(types, s);
  console.log(`${name}: dev PER/ORG/LOC exact-span P ${o.p.toFixed(2)} R ${o.r.toFixed(2)} F1 ${o.f.toFixed(2)}` + (types.length > 3 ? `; all four types F1 ${all.f.toFixed(2)}` : ''));
  for (const t of types) { const x = prf([t], s); console.log(`  ${name} ${t}: P ${x.p.toFixed(2)} R ${x.r.toFixed(2)} F1 ${x.f.toFixed(2)} (gold ${s[t].gold})`); }
}

const bytes = new Uint8Array(readFileSync(MODEL));
const loadStart = performance.now(), loadCpu = cpuMsNow();
const tagger = createTagger(bytes);
const loadMs = performance.now() - loadStart, loadCpuMs = cpuMsNow() - loadCpu;
console.log(`model: ${(bytes.length / 1e6).toFixed(2)} MB, first load (decode + lookup tables) ${loadMs.toFixed(0)} ms wall clock, ${loadCpuMs.toFixed(0)} ms CPU`);

const dev = readConll(conllPath('dev'));
const docs = dev.map((d, i) => pipelineDocOf(d, `dev-${i}`));
const tokenCount = dev.reduce((n, d) => n + d.words.length, 0);
const ours: Scores = {};
docs.forEach((doc, i) => countSpans(dev[i].tags, tagsFromSpans(doc, tagger.tag(doc)), ours));
report('tagger', ours, ALL);

const cpuMs = cpuMsNow;
const fmt = (v: number) => Math.round(v).toLocaleString('en');
/**
 * Tokens per second over the dev set, best round of several (other processes on a shared machine only ever slow a
 * round down), by the process's CPU time and by the wall clock.
 */
const timeIt = (rounds: number, run: () => void) => {
  run(); // warm-up: the first round compiles the hot loops
  let cpu = Infinity, wall = Infinity;
  for (let r = 0; r < rounds; r++) {
    const w = performance.now(), c = cpuMs();
    run();
    cpu = Math.min(cpu, cpuMs() - c);
    wall = Math.min(wall, performance.now() - w);
  }
  return { cpu: tokenCount / (cpu / 1000), wall: tokenCount / (wall / 1000) };
};
const speedLine = (s: { cpu: number; wall: number }) => `${fmt(s.cpu)} tokens/s of CPU time, ${fmt(s.wall)} tokens/s wall clock (best of rounds)`;
const taggerSpeed = timeIt(7, () => docs.forEach((d) => tagger.tag(d)));
console.log(`tagger speed: ${speedLine(taggerSpeed)}; ${tokenCount.toLocaleString('en')} dev tokens, Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}`);
const resources = { tagger };
const stageSpeed = timeIt(5, () => docs.forEach((d) => { const doc = newDoc(d.id, d.text); tokensStage(doc); actorsStage(doc, resources); }));
console.log(`tokens + actors stages (02-actors runs the tagger) from raw text: ${speedLine(stageSpeed)}`);

const peer: Scores = {};
docs.forEach((doc, i) => countSpans(dev[i].tags, tagsFromSpans(doc, compromiseSpans(doc.text)), peer));
report('compromise 14.17.0', peer, [...HEADLINE_TYPES]);
const peerSpeed = timeIt(3, () => docs.forEach((d) => compromiseSpans(d.text)));
console.log(`compromise speed (people + organizations + places): ${speedLine(peerSpeed)}`);
console.log(`speed ratio tagger / compromise: ${(taggerSpeed.cpu / peerSpeed.cpu).toFixed(1)}x by CPU time, ${(taggerSpeed.wall / peerSpeed.wall).toFixed(1)}x by wall clock`);
