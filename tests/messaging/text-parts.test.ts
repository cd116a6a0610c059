// A long page text goes to the background in parts that rebuild it exactly, cut between paragraphs; plans join in order.
import { describe, expect, it } from 'vitest';
import { joinPlans, PART_CHARS, textParts } from '@/lib/messaging/text-parts';
import type { PaintPlan } from '@/lib/messaging/paint-plan';

const paragraph = (i: number) => `Paragraph ${i}: Chancellor Olaf Scholz met President Emmanuel Macron in Paris, officials said.`;

describe('textParts', () => {
  it('sends an article of ordinary length whole', () => {
    const text = Array.from({ length: 300 }, (_, i) => paragraph(i)).join('\n');
    expect(textParts(text)).toEqual([{ text, offset: 0 }]);
  });

  it('cuts a huge page after paragraph ends into parts no longer than the bound, which together are the whole text', () => {
    const text = Array.from({ length: 12_000 }, (_, i) => paragraph(i)).join('\n');
    const parts = textParts(text);
    expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(text.length / PART_CHARS));
    expect(parts.length).toBeLessThanOrEqual(Math.ceil(text.length / PART_CHARS) + 1);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    for (const [i, p] of parts.entries()) {
      expect(p.text.length).toBeLessThanOrEqual(PART_CHARS);
      expect(text.slice(p.offset, p.offset + p.text.length)).toBe(p.text);
      // Every part but the last ends with its paragraph, and every part but the first starts a paragraph.
      if (i < parts.length - 1) expect(p.text.endsWith('\n')).toBe(true);
      if (i > 0) expect(p.text).toMatch(/^Paragraph \d+:/);
    }
  });

  it('cuts a paragraph longer than the bound where the bound falls', () => {
    const text = `${'word '.repeat(30)}\n${'x'.repeat(250)}`;
    expect(textParts(text, 100).map((p) => [p.offset, p.text.length])).toEqual([[0, 100], [100, 51], [151, 100], [251, 100], [351, 50]]);
  });
});

describe('joinPlans', () => {
  const span = (start: number, text: string, actorId: string | null) => ({ start, end: start + text.length, kind: 'person' as const, actorId, text });
  const first: PaintPlan = { spans: [span(0, 'Olaf Scholz', 'p:scholz')], actors: [{ id: 'p:scholz', name: 'Olaf Scholz', type: 'person' }], truncated: 'page text cut at 1,000,000 characters' };
  const later: PaintPlan = {
    spans: [span(200_010, 'Scholz', 'p:scholz'), span(200_040, 'Emmanuel Macron', 'p:macron')],
    actors: [{ id: 'p:scholz', name: 'Olaf Scholz', type: 'person' }, { id: 'p:macron', name: 'Emmanuel Macron', type: 'person' }],
  };

  it('keeps every span in text order, lists each actor once, and keeps the notes', () => {
    const plan = joinPlans(first, later);
    expect(plan.spans.map((s) => s.start)).toEqual([0, 200_010, 200_040]);
    expect(plan.actors.map((a) => a.id)).toEqual(['p:scholz', 'p:macron']);
    expect(plan.truncated).toBe('page text cut at 1,000,000 characters');
    expect(joinPlans(later, { ...later, truncated: 'b' }).truncated).toBe('b');
  });
});
