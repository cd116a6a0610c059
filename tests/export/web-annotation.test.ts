// W3C Web Annotation export: valid collection shape, one annotation per claim and mention, selectors that re-anchor.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { anchor, fromW3CSelectors } from '../../lib/anchoring';
import { saveAnalysis } from '../../lib/db';
import { exportWebAnnotations } from '../../lib/export/web-annotation';
import { PAGE_ONE, PAGE_ONE_TEXT, PAGE_TWO, PAGE_TWO_TEXT, freshDb, pageOne, pageTwo } from '../db/sample';

async function exported() {
  const db = freshDb();
  await saveAnalysis(db, PAGE_ONE, PAGE_ONE_TEXT, pageOne());
  await saveAnalysis(db, PAGE_TWO, PAGE_TWO_TEXT, pageTwo());
  return JSON.parse(await (await exportWebAnnotations(db)).text());
}

describe('Web Annotation JSON-LD', () => {
  it('is an AnnotationCollection in the W3C context with one annotation per claim and per mention', async () => {
    const doc = await exported();
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    const items = doc.first.items;
    expect(doc.total).toBe(items.length);
    expect(items.filter((a: any) => a.motivation === 'describing')).toHaveLength(2);
    expect(items.filter((a: any) => a.motivation === 'identifying')).toHaveLength(6);
    expect(new Set(items.map((a: any) => a.id)).size).toBe(items.length);
    for (const a of items) {
      expect(a.type).toBe('Annotation');
      expect(a.target.selector.map((s: any) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    }
  });

  it('a claim annotation names its speaker, polarity, target and kind', async () => {
    const claimAnno = (await exported()).first.items.find((a: any) => a.target.source === PAGE_ONE.url && a.motivation === 'describing');
    const tags = claimAnno.body.filter((b: any) => b.purpose === 'tagging').map((b: any) => b.value);
    expect(tags).toEqual(expect.arrayContaining(['polarity:oppose', 'kind:direct', 'speaker:person:anna-berg', 'target:expansion of the pact']));
    expect(claimAnno.body[0].value).toContain('Anna Berg');
  });

  it('every selector re-anchors to the annotated text, even after the page gained text in front', async () => {
    const texts: Record<string, string> = { [PAGE_ONE.url]: PAGE_ONE_TEXT, [PAGE_TWO.url]: PAGE_TWO_TEXT };
    for (const a of (await exported()).first.items) {
      const selectors = fromW3CSelectors(a.target.selector);
      const changed = 'Breaking: updated. ' + texts[a.target.source];
      const found = anchor(changed, selectors);
      expect(found && changed.slice(found.start, found.end)).toBe(selectors.quote?.exact);
    }
  });
});
