// Small word classes the claim finder needs to read sentence structure without a parser.
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which']);

/** Words between a subject and its reporting verb that belong to neither ("Barkley also said", "he has repeatedly said"). */
export const AUX_AND_ADVERBS = new Set(
  ('has have had was were is are be been being will would could should may might must can did do does also later ' +
    'then still just once again repeatedly previously recently publicly privately reportedly further even had ' +
    'never not already often frequently first last finally quickly himself herself themselves itself ' +
    // "is now cooperating", "has long opposed", "is widely expected": the verb heads the cue, not the adverb.
    'now long widely formally initially strongly largely increasingly officially actually immediately openly explicitly ' +
    // Negated auxiliaries arrive split ("doesn" + "’t"); both halves belong to the cue ("doesn’t criticize").
    "doesn didn don isn wasn aren weren hasn haven hadn won wouldn couldn shouldn can ’t 't n't").split(' '),
);

// Modals that are also first names or surnames ("George Will", "Theresa May").
const NAME_MODALS = new Set(['Will', 'May']);
// Halves of split negations that are also first names ("Don", "Won").
const NAME_HALVES = new Set(['Don', 'Won']);
const TENSED_REPORTING = new Set(['said', 'wrote', 'told', 'thought', 'spoke', 'knew', 'felt', 'added', 'noted']);

/**
 * Whether token k is one of AUX_AND_ADVERBS, except a capitalised "Will" or "May" before a tensed verb ("…,” Will
 * wrote", "May said"): a modal takes a bare verb, so that word is the speaker's name.
 */
export function isAuxAt(tokens: readonly { text: string }[], k: number): boolean {
  const t = tokens[k].text;
  if (!AUX_AND_ADVERBS.has(t.toLowerCase())) return false;
  const next = tokens[k + 1]?.text ?? '';
  // "Don Ytterberg said": "don" and "won" are auxiliaries only as the first half of "don’t" and "won’t".
  if (NAME_HALVES.has(t)) return /^(?:’t|'t|n't|n’t)$/.test(next);
  if (!NAME_MODALS.has(t)) return true;
  return !(TENSED_REPORTING.has(next) || /^\p{Ll}+(?:ed|s)$/u.test(next));
}

/** Words that end a subject noun phrase when scanning leftwards from a cue. */
export const CLAUSE_BOUNDARIES = new Set(
  ('that and but or because while when although though if as since where which who whom whose after before so ' +
    'than until unless whether while yet nor').split(' '),
);

export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'another', 'some', 'many', 'several', 'two', 'three', 'other', 'both', 'all', 'most', 'each']);

// ASCII first characters are decided by their code (these run for nearly every token); others by Unicode class.
/** Pronouns that open a relative clause ("a student who took", "a prime minister who"). */
export const isRelativePronoun = (t: string): boolean => /^(?:who|which|that)$/i.test(t);

export const isWordToken = (t: string): boolean => {
  const c = t.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /^[\p{L}\p{N}]/u.test(t);
};
export const isCapitalised = (t: string): boolean => {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(t);
};
/** A space within a line: web text often has non-breaking spaces where a plain space would be. */
export const isLineSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0';
export const isQuoteMark = (t: string): boolean => t === '"' || t === '“' || t === '”' || t === '‘' || t === '’' || t === "'" || t === '«' || t === '»' || t === '„';

/** Number of whitespace-separated words in text[start, end). */
export function countWords(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Nouns naming a person by role ("the spokesman", "president David Weisbrot"). */
export const PERSON_NOUNS = new Set(
  ('spokesman spokeswoman spokesperson president minister secretary senator candidate nominee leader chief director chairman ' +
    'chairwoman governor mayor ambassador envoy adviser advisor aide general premier chancellor congressman congresswoman ' +
    'lawmaker businessman billionaire founder executive ceo king queen prince pope judge attorney prosecutor official commander').split(' '),
);

/** Cues whose first object is the listener ("told the BBC"): never inverted, so "…,” X told AFP." has X as the speaker. */
export const LISTENER_CUES = new Set(['tell', 'tells', 'told', 'telling', 'assured', 'assures', 'informed', 'informs', 'reminded', 'reminds']);

/**
 * Cues that report a clause and never take a bare noun as object: after them lowercase nouns are an inverted speaker
 * ("The combination, say economists, marks …"), and an opening "As X <cue>," comments on the main clause.
 */
export const CLAUSE_REPORTING_CUES: ReadonlySet<string> = new Set(
  ('say says said argue argues argued note notes noted warn warns warned contend contends contended believe believes believed ' +
    'write writes wrote add adds added explain explains explained insist insists insisted suggest suggests suggested ' +
    'predict predicts predicted estimate estimates estimated agree agrees agreed observe observes observed ' +
    'report reports reported state states stated claim claims claimed').split(' '),
);

/** Cues that take an object, never an inverted speaker: in ", called the ruling a travesty" the ruling is what was called. */
export const OBJECT_CUES = new Set(
  'call calls called describe describes described dub dubs dubbed term terms termed name names named urge urges urged deem deems deemed issue issues issued release releases released'.split(' '),
);

/** The closing quote of a short capitalised title opening at token k after "of" or "the", else -1. */
export function quotedTitleEnd(tokens: readonly { text: string }[], k: number, start: number, max: number): number {
  if (k <= start || !isQuoteMark(tokens[k].text) || !/^(?:of|the)$/i.test(tokens[k - 1].text) || !/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) return -1;
  for (let j = k + 2; j < max && j - k <= 8; j++) {
    // The title's own comma may sit inside its closing quote: "Project,”".
    if (isQuoteMark(tokens[j].text)) return j;
    if (!isWordToken(tokens[j].text) && tokens[j].text !== ',') return -1;
  }
  return -1;
}
