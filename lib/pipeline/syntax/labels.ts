// The syntax tagger's label sets (Penn part-of-speech tags as CoNLL-2003 uses them, BIO phrase chunks) and helpers.

/** Penn Treebank tags; ids are indexes into this list (the model file records it and is checked against it). */
export const POS_TAGS = [
  'NN', 'NNS', 'NNP', 'NNPS', 'PRP', 'PRP$', 'WP', 'WP$', 'EX',
  'VB', 'VBD', 'VBG', 'VBN', 'VBP', 'VBZ', 'MD',
  'JJ', 'JJR', 'JJS', 'RB', 'RBR', 'RBS', 'WRB', 'RP',
  'DT', 'PDT', 'WDT', 'IN', 'TO', 'CC', 'CD', 'POS', 'UH', 'FW', 'LS', 'SYM',
  '.', ',', ':', '"', "''", '(', ')', '$',
] as const;
export type PosTag = (typeof POS_TAGS)[number];

/** Phrase types of the chunk labels, as CoNLL-2000/2003 mark them. */
export const CHUNK_TYPES = ['NP', 'VP', 'PP', 'ADVP', 'ADJP', 'SBAR', 'PRT', 'INTJ', 'CONJP', 'LST'] as const;
export type ChunkType = (typeof CHUNK_TYPES)[number];

/** Chunk label ids: 0 = O (outside any phrase), then B-type and I-type for each type in CHUNK_TYPES order. */
export const CHUNK_TAGS: readonly string[] = ['O', ...CHUNK_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

export const POS_COUNT = POS_TAGS.length;
export const CHUNK_COUNT = CHUNK_TAGS.length;

const posIds = new Map<string, number>(POS_TAGS.map((t, i) => [t, i]));
const chunkIds = new Map<string, number>(CHUNK_TAGS.map((t, i) => [t, i]));

/** Id of a Penn tag; an ambiguous corpus tag such as "NN|SYM" counts as its first choice. */
export function posId(tag: string): number {
  const id = posIds.get(tag) ?? posIds.get(tag.split('|')[0]);
  if (id === undefined) throw new Error(`unknown POS tag ${tag}`);
  return id;
}

export function chunkId(tag: string): number {
  const id = chunkIds.get(tag);
  if (id === undefined) throw new Error(`unknown chunk tag ${tag}`);
  return id;
}

const idOf = (tag: PosTag) => posIds.get(tag)!;
/** Membership as a byte per tag id, so the checks stay cheap inside per-token loops. */
const tagMask = (tags: readonly PosTag[]) => {
  const mask = new Uint8Array(POS_COUNT + 1);
  for (const t of tags) mask[idOf(t)] = 1;
  return mask;
};
const VERB_TAGS = tagMask(['VB', 'VBD', 'VBG', 'VBN', 'VBP', 'VBZ', 'MD']);
const FINITE_TAGS = tagMask(['VBD', 'VBP', 'VBZ', 'MD']);
const NOUN_TAGS = tagMask(['NN', 'NNS', 'NNP', 'NNPS']);
const PROPER_TAGS = tagMask(['NNP', 'NNPS']);
const PRONOUN_TAGS = tagMask(['PRP', 'WP', 'EX']);
const ADJECTIVE_TAGS = tagMask(['JJ', 'JJR', 'JJS']);
const ADVERB_TAGS = tagMask(['RB', 'RBR', 'RBS']);

/** Verbs of every form, modals included ("said", "says", "saying", "would"). */
export const isVerb = (pos: number) => VERB_TAGS[pos] === 1;
/** Tensed verbs and modals, which make a clause ("would", "said", "is"); not participles or infinitives. */
export const isFiniteVerb = (pos: number) => FINITE_TAGS[pos] === 1;
/** Common and proper nouns, singular and plural. */
export const isNoun = (pos: number) => NOUN_TAGS[pos] === 1;
export const isProperNoun = (pos: number) => PROPER_TAGS[pos] === 1;
/** Personal, wh- and existential pronouns ("he", "who", "there"); possessives are not here. */
export const isPronoun = (pos: number) => PRONOUN_TAGS[pos] === 1;
export const isAdjective = (pos: number) => ADJECTIVE_TAGS[pos] === 1;
/** Adverbs, comparative and superlative included; not wh-adverbs or particles. */
export const isAdverb = (pos: number) => ADVERB_TAGS[pos] === 1;

export const isChunkBegin = (chunk: number) => chunk > 0 && chunk % 2 === 1;
export const isChunkInside = (chunk: number) => chunk > 0 && chunk % 2 === 0;
/** Phrase type of a B- or I- label; undefined for O. */
export const chunkTypeOf = (chunk: number): ChunkType | undefined => (chunk > 0 ? CHUNK_TYPES[(chunk - 1) >> 1] : undefined);

/** An I-X that does not continue a B-X or I-X becomes B-X, so every phrase starts with a B and stays in its sentence. */
export function wellFormedChunk(chunk: number, previous: number): number {
  return isChunkInside(chunk) && (previous <= 0 || (previous - 1) >> 1 !== (chunk - 1) >> 1) ? chunk - 1 : chunk;
}
