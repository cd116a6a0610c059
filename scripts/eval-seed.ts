// npm run eval:seed: runs the full pipeline on the sample article and scores it against its hand-made annotation
// (actors, linked mentions, false actors, claim speakers, stance polarities). A report: always exits 0.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Actor, Analysis } from '../lib/model';
import { createPipeline } from '../lib/pipeline';
import { loadNodeResources } from '../lib/pipeline/node-resources';

interface GoldActor { name: string; type: string; accept: string[]; mentions: string[]; part_of?: string }
interface GoldClaim { speaker: string[]; contains: string; kind: string; cue: string; stance: { polarity: string; target: string } }
interface Gold { actors: GoldActor[]; not_actors: string[]; claims: GoldClaim[] }

const shared = process.env.SHARED_DIR ?? path.resolve(process.cwd(), '../shared');
const text = readFileSync(path.join(shared, 'fixtures/seed-article.txt'), 'utf8');
const gold = JSON.parse(readFileSync(path.join(shared, 'fixtures/seed-article.gold.json'), 'utf8')) as Gold;

const t0 = performance.now();
const analysis = createPipeline(loadNodeResources()).analyse(text, 'seed-article');
const ms = performance.now() - t0;

const fold = (s: string) => s.toLowerCase();
const details: string[] = [];

// Actors: a gold actor is found when a predicted actor of its type has one of its accepted names.
const matched = new Map<GoldActor, Actor>();
for (const g of gold.actors) {
  const accept = new Set(g.accept.map(fold));
  const hit = analysis.actors.find((a) => a.type === g.type && accept.has(fold(a.name)));
  if (hit) matched.set(g, hit);
  else {
    const sameName = analysis.actors.find((a) => accept.has(fold(a.name)));
    details.push(`  missing actor: ${g.name} (${g.type})${sameName ? `; found as ${sameName.type} ${sameName.id}` : ''}`);
  }
}

// Mentions: each listed string must be the text of at least one mention of that actor.
let mentionsTotal = 0;
let mentionsLinked = 0;
for (const g of gold.actors) {
  const actor = matched.get(g);
  for (const m of g.mentions) {
    mentionsTotal++;
    if (actor?.mentions.some((x) => x.text === m)) mentionsLinked++;
    else {
      const elsewhere = analysis.actors.find((a) => a.mentions.some((x) => x.text === m));
      details.push(`  unlinked mention: "${m}" of ${g.name}${elsewhere ? ` (linked to ${elsewhere.id})` : ''}`);
    }
  }
  if (actor && g.part_of) {
    const parent = gold.actors.find((p) => p.name === g.part_of);
    const parentId = parent ? matched.get(parent)?.id : undefined;
    const wanted = parentId ?? `(${g.part_of})`;
    if (actor.partOfId !== parentId || !parentId) details.push(`  part-of: ${g.name} is part of ${actor.partOfId ?? 'nothing'}, want ${wanted}`);
  }
}

// False actors: predicted actors that match no gold actor at all.
const goldNames = new Set(gold.actors.flatMap((g) => g.accept.map(fold)));
const notActors = new Set(gold.not_actors.map(fold));
const falseActors = analysis.actors.filter((a) => ![...matched.values()].includes(a) && !goldNames.has(fold(a.name)));
for (const a of falseActors) {
  details.push(`  false actor: ${a.id} "${a.name}" (${a.mentions.map((m) => m.text).join(', ')})${notActors.has(fold(a.name)) ? '  <- listed as not an actor' : ''}`);
}

// Claims: matched by the gold substring overlapping a predicted claim; then speaker and polarity.
let claimsFound = 0;
let speakersRight = 0;
let polaritiesRight = 0;
for (const g of gold.claims) {
  const at = text.indexOf(g.contains);
  const label = `"${g.contains.slice(0, 50)}"`;
  if (at < 0) {
    details.push(`  gold claim text not in article: ${label}`);
    continue;
  }
  const claim = analysis.claims.find((c) => c.start < at + g.contains.length && c.end > at);
  if (!claim) {
    details.push(`  missing claim: ${label}`);
    continue;
  }
  claimsFound++;
  const speakerName = speakerNameOf(analysis, claim.speaker);
  // A speaker named in the gold list may be found under any name its gold actor accepts ("Trump" for Donald Trump).
  const accept = new Set(g.speaker.flatMap((name) => [name, ...(gold.actors.find((a) => a.name === name)?.accept ?? [])]).map(fold));
  if (speakerName && accept.has(fold(speakerName))) speakersRight++;
  else details.push(`  wrong speaker for ${label}: ${speakerName ?? 'none'}, want ${g.speaker.join(' | ')}`);
  if (claim.stance?.polarity === g.stance.polarity) polaritiesRight++;
  else details.push(`  wrong polarity for ${label}: ${claim.stance?.polarity ?? 'none'}, want ${g.stance.polarity}`);
}

function speakerNameOf(a: Analysis, speaker: Analysis['claims'][number]['speaker']): string | undefined {
  if (!speaker) return undefined;
  return (speaker.actorId && a.actors.find((x) => x.id === speaker.actorId)?.name) || speaker.name || undefined;
}

console.log(
  `eval:seed actors ${matched.size}/${gold.actors.length}, mentions ${mentionsLinked}/${mentionsTotal}, ` +
    `false actors ${falseActors.length}, claims ${speakersRight}/${gold.claims.length} speaker ` +
    `(${claimsFound} found), polarity ${polaritiesRight}/${gold.claims.length}`,
);
if (details.length) console.log(details.join('\n'));
console.log(`  (pipeline ${ms.toFixed(1)} ms including model load; ${analysis.actors.length} actors, ${analysis.claims.length} claims)`);
