// Builds a realistic news page (header, nav, article, comments footer) around a plain-text article, for the demo and tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED_DIR = process.env.SHARED_DIR ?? resolve(process.cwd(), '../shared');

export function seedArticleText(): string {
  return readFileSync(resolve(SHARED_DIR, 'fixtures/seed-article.txt'), 'utf8');
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function articleHtml(title: string, text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  // A trailing one-word line such as "Comments" is page chrome, not article text.
  const body = lines.filter((l, i) => !(i === lines.length - 1 && !/[.!?"”]$/.test(l)));
  const chrome = lines.slice(body.length);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font:17px/1.6 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}nav a{margin-right:1rem}footer{color:#666;border-top:1px solid #ddd;margin-top:2rem}</style></head>
<body><header><nav><a href="/">Home</a><a href="/world">World</a><a href="/politics">Politics</a></nav></header>
<main><article><h1>${escape(title)}</h1>
${body.map((l) => `<p>${escape(l)}</p>`).join('\n')}
</article></main>
<footer>${chrome.map((l) => `<h2>${escape(l)}</h2>`).join('')}<p>No comments yet.</p></footer></body></html>`;
}

export function seedArticleHtml(): string {
  return articleHtml('Ukraine presses for NATO membership as allies meet', seedArticleText());
}
