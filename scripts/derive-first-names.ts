// Derives which first names the news text treats as a man's or a woman's, from the TRAIN splits of PolNeAR and
// CoNLL-2003 (never dev), merged with the male and female first names of compromise's lexicon (MIT).
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
import nlp from 'compromise';

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
const genders = new Map<string, 'f' | 'm'>();
// compromise's lexicon knows some 3,000 first names by gender; the news corpora see far fewer, but where their evidence
// is clear (five articles, three in four agreeing) it decides. Mixed evidence keeps the lexicon's answer: in an article
// about a couple, pronouns after one name often belong to the other.
const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, unknown> } } } }).world().model.one.lexicon;
for (const [word, tag] of Object.entries(lexicon)) {
  if (!/^\p{Ll}+$/u.test(word)) continue;
  if (tag === 'MaleName') genders.set(word[0].toUpperCase() + word.slice(1), 'm');
  else if (tag === 'FemaleName') genders.set(word[0].toUpperCase() + word.slice(1), 'f');
}
const fromLexicon = genders.size;
for (const [name, { f, m }] of votes) {
  if (f + m < MIN_ARTICLES) continue;
  if (f / (f + m) >= MIN_AGREEMENT) genders.set(name, 'f');
  else if (m / (f + m) >= MIN_AGREEMENT) genders.set(name, 'm');
}
const sorted = [...genders].sort((x, y) => x[0].localeCompare(y[0]));
const female = sorted.filter(([, g]) => g === 'f').map(([n]) => n);
const male = sorted.filter(([, g]) => g === 'm').map(([n]) => n);
const list = (names: string[]) => names.join(' ').replace(/(.{1,110})(\s|$)/g, "\n    '$1 ' +").replace(/ ' \+$/, "'");
writeFileSync(
  path.resolve('lib/pipeline/knowledge/first-name-genders.ts'),
  `// First names the news treats as a woman's or a man's, derived by scripts/derive-first-names.ts from compromise's lexicon
// (MIT) and PolNeAR and CoNLL train.
// Generated: do not edit by hand. A person's own article outweighs this list (claims/person-gender.ts).
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set((${list(female)}
).split(' '));
export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set((${list(male)}
).split(' '));
`,
);
console.log(`first names: ${female.length} female, ${male.length} male (${fromLexicon} from compromise's lexicon; ${votes.size} seen with a gender in the corpora)`);
