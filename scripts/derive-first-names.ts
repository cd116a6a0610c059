// Derives which first names the news text treats as a man's or a woman's, from the TRAIN splits of PolNeAR and
// CoNLL-2003 (never dev).
// Each person the pipeline finds gets the gender its own article signals (a title, a role word, the pronouns after
// its name: claims/person-gender.ts); the votes are then pooled by first name across articles.
// Run: npx tsx scripts/derive-first-names.ts  -> writes lib/pipeline/knowledge/first-name-genders.ts
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newDoc } from '../lib/pipeline/document';
import { tokensStage } from '../lib/pipeline/01-tokens';
import { actorsStage } from '../lib/pipeline/02-actors';
import { loadNodeResources } from '../lib/pipeline/node-resources';
import { genderInArticle } from '../lib/pipeline/claims/person-gender';
import { conllPath, readConll } from './conll';

const SHARED = process.env.SHARED_DIR ?? path.resolve(process.cwd(), '../shared');
/** Articles that must agree before a first name is kept. */
const MIN_ARTICLES = 5;
/** Share of those articles that must agree: an article about two people often gives one the other's pronoun. */
const MIN_AGREEMENT = 0.75;

const articles: { text: string }[] = JSON.parse(readFileSync(path.join(SHARED, 'eval/polnear/train.json'), 'utf8'));
// CoNLL documents come as words; each sentence becomes a line of text.
for (const d of readConll(conllPath('train'))) {
  const lines = d.sentenceStarts.slice(0, -1).map((s, i) => d.words.slice(s, d.sentenceStarts[i + 1]).join(' '));
  articles.push({ text: lines.join('\n') });
}
const res = loadNodeResources();
const votes = new Map<string, { f: number; m: number }>();
for (const a of articles) {
  const doc = newDoc('t', a.text);
  tokensStage(doc);
  actorsStage(doc, res);
  const linked = doc.mentions.filter((m) => m.actorId && doc.actors.has(m.actorId)).sort((x, y) => x.start - y.start);
  for (const actor of doc.actors.values()) {
    const words = actor.name.split(/\s+/);
    if (actor.type !== 'person' || words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[0])) continue;
    const g = genderInArticle(doc, linked, actor.id);
    if (!g) continue;
    const v = votes.get(words[0]) ?? { f: 0, m: 0 };
    v[g]++;
    votes.set(words[0], v);
  }
}
const female: string[] = [];
const male: string[] = [];
for (const [name, { f, m }] of [...votes].sort((x, y) => x[0].localeCompare(y[0]))) {
  if (f + m < MIN_ARTICLES) continue;
  if (f / (f + m) >= MIN_AGREEMENT) female.push(name);
  else if (m / (f + m) >= MIN_AGREEMENT) male.push(name);
}
const list = (names: string[]) => names.join(' ').replace(/(.{1,110})(\s|$)/g, "\n    '$1 ' +").replace(/ ' \+$/, "'");
writeFileSync(
  path.resolve('lib/pipeline/knowledge/first-name-genders.ts'),
  `// First names the news treats as a woman's or a man's, derived by scripts/derive-first-names.ts from PolNeAR and CoNLL train.
// Generated: do not edit by hand. A person's own article outweighs this list (claims/person-gender.ts).
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set((${list(female)}
).split(' '));
export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set((${list(male)}
).split(' '));
`,
);
console.log(`first names: ${female.length} female, ${male.length} male (of ${votes.size} seen with a gender)`);
