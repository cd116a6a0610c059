// The sample article end to end through tagger and linker: the actors and mentions its reference annotation lists.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokensStage } from '../../../lib/pipeline/01-tokens';
import { actorsStage } from '../../../lib/pipeline/02-actors';
import { newDoc } from '../../../lib/pipeline/document';
import { loadNodeResources } from '../../../lib/pipeline/node-resources';

const shared = process.env.SHARED_DIR ?? path.resolve(process.cwd(), '../shared');
const text = readFileSync(path.join(shared, 'fixtures/seed-article.txt'), 'utf8');
const gold = JSON.parse(readFileSync(path.join(shared, 'fixtures/seed-article.gold.json'), 'utf8')) as {
  actors: { name: string; type: string; accept: string[]; mentions: string[] }[];
  not_actors: string[];
};

describe('seed article actors', () => {
  const doc = newDoc('seed', text);
  tokensStage(doc);
  actorsStage(doc, loadNodeResources());
  const actors = [...doc.actors.values()];

  it.each(gold.actors.map((g) => [g.name, g] as const))('finds %s with its listed mentions', (_, g) => {
    const actor = actors.find((a) => a.type === g.type && g.accept.includes(a.name));
    expect(actor, `${g.name} among ${actors.map((a) => a.id).join(', ')}`).toBeDefined();
    for (const m of g.mentions) expect(actor!.mentions.map((x) => x.text)).toContain(m);
  });

  it('makes no actor of the names listed as non-actors, and no other extra actor', () => {
    const accepted = new Set(gold.actors.flatMap((g) => g.accept));
    expect(actors.filter((a) => !accepted.has(a.name)).map((a) => a.id)).toEqual([]);
  });
});
