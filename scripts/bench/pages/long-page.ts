// Generates a long plain article page (many <p>, no whitespace between tags) with a known sequence of names spread through it.
const WORDS = (
  'the a of and to in that for on with as by at from was were is are be been has have had will would could ' +
  'government minister talks agreement report officials week year country region support plan vote budget ' +
  'economy security council meeting statement question decision border trade policy energy market public ' +
  'spokesman committee proposal election reform press interview analysts pressure sanctions deal crisis'
).split(' ');
const FIRST = ['Anna', 'Jorge', 'Mei', 'Tomas', 'Leila', 'Pieter', 'Ngozi', 'Sven', 'Akira', 'Fatima', 'Olu', 'Ines'];
const LAST = ['Kowalski', 'Okafor', 'Lindqvist', 'Haddad', 'Moreau', 'Tanaka', 'Novak', 'Castillo', 'Brennan', 'Varga', 'Rossi'];

export interface LongPage {
  html: string;
  /** The names in page order; each occurs exactly where the sequence says (no name is a substring of the filler). */
  names: string[];
  words: number;
}

/** `words` words in paragraphs of about 60, with `names` two-word names evenly spread; deterministic. */
export function longPage(words: number, names: number, scripts: string[]): LongPage {
  const every = Math.floor(words / names);
  const paragraphs: string[] = [];
  const placed: string[] = [];
  let current: string[] = [];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let w = 0; w < words; w++) {
    if (w % every === every - 1 && placed.length < names) {
      const name = `${FIRST[next() % FIRST.length]} ${LAST[next() % LAST.length]}`;
      placed.push(name);
      current.push(name);
      w += 1; // a name is two words
    } else current.push(WORDS[next() % WORDS.length]);
    if (current.length >= 60) {
      paragraphs.push(`<p>${current.join(' ')}.</p>`);
      current = [];
    }
  }
  if (current.length) paragraphs.push(`<p>${current.join(' ')}.</p>`);
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long article</title>` +
    `<style>body{font:17px/1.6 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem}mark{background:#fd6}</style></head>` +
    `<body><main><article id="article"><h1>Long article</h1>${paragraphs.join('')}</article></main>` +
    scripts.map((s) => `<script src="${s}"></script>`).join('') +
    `</body></html>`;
  return { html, names: placed, words };
}
