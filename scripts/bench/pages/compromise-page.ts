// The peer page for page-load: compromise loaded from its browser build and called once on the article, timed in the page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const compromiseScript = () => readFileSync(resolve('node_modules/compromise/builds/compromise.js'), 'utf8');

/** A page that loads /compromise.js and stores `{ loadMs, firstCallMs, people }` in window.peer. */
export function compromisePageHtml(text: string): string {
  // '<' is escaped so the article can never close the JSON script element.
  const json = JSON.stringify(text).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>compromise peer</title></head><body>
<script id="text" type="application/json">${json}</script>
<script>window.loadStart = performance.now();</script>
<script src="/compromise.js"></script>
<script>
  const loaded = performance.now();
  const text = JSON.parse(document.getElementById('text').textContent);
  const doc = nlp(text);
  const people = doc.people().out('array');
  const places = doc.places().out('array');
  const organizations = doc.organizations().out('array');
  const quotes = doc.quotations().out('array');
  window.peer = { loadMs: loaded - window.loadStart, firstCallMs: performance.now() - loaded, people: people.length, places: places.length, organizations: organizations.length, quotes: quotes.length };
</script></body></html>`;
}
