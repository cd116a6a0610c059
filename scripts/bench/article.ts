// Builds benchmark articles of a given length from the sample article's sentences, with names varied so caching cannot help.
import { seedArticleText } from '../seed-page';

const FIRST = ['Anna', 'Jorge', 'Mei', 'Tomas', 'Leila', 'Pieter', 'Ngozi', 'Sven', 'Akira', 'Fatima'];
const LAST = ['Kowalski', 'Okafor', 'Lindqvist', 'Haddad', 'Moreau', 'Tanaka', 'Novak', 'Castillo', 'Brennan', 'Varga'];

export function benchArticle(words: number): string {
  const base = seedArticleText().split('\n').filter((l) => l.split(' ').length > 5);
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
    const para = `${base[i % base.length]} "We will not accept this," ${name} said on ${['Monday', 'Tuesday', 'Friday'][i % 3]}.`;
    out.push(para);
    count += para.split(/\s+/).length;
  }
  return out.join('\n');
}
