// @vitest-environment happy-dom
// The page session sends a huge page's text in parts the background stores as slices of one page, and joins their plans.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { contentMessaging, type AnalysePageRequest, type AnalyseResult } from '@/lib/messaging/content-to-background';
import { buildPaintPlan } from '@/lib/messaging/paint-plan';
import { PART_CHARS } from '@/lib/messaging/text-parts';
import { PageSession } from '@/entrypoints/content/page-session';

const paragraph = (i: number) => `Paragraph ${i}: Chancellor Olaf Scholz met President Emmanuel Macron in Paris, officials said.`;

let received: AnalysePageRequest[];
let off: () => void;

/** A background that finds every "Olaf Scholz" in the text it is sent, or skips the texts `skip` says to. */
function fakeBackground(skip: (req: AnalysePageRequest) => boolean = () => false) {
  off = contentMessaging.onMessage('analysePage', ({ data }): AnalyseResult => {
    received.push(data);
    if (skip(data)) return { status: 'skipped', reason: 'not English' };
    const mentions = [...data.text.matchAll(/Olaf Scholz/g)].map((m) => ({ start: m.index, end: m.index + 11, text: 'Olaf Scholz' }));
    return { status: 'ok', plan: buildPaintPlan({ actors: [{ id: 'person:olaf-scholz', name: 'Olaf Scholz', type: 'person', mentions }], claims: [] }, data.offset, data.truncated) };
  });
}

beforeEach(() => {
  received = [];
});

afterEach(() => {
  off?.();
  fakeBrowser.reset();
});

describe('PageSession.send', () => {
  it('sends an ordinary article in one message', async () => {
    fakeBackground();
    const text = Array.from({ length: 50 }, (_, i) => paragraph(i)).join('\n');
    const plan = await new PageSession().send(text, 0, 'a note');
    expect(received.map((r) => [r.offset, r.text.length, r.truncated])).toEqual([[0, text.length, 'a note']]);
    expect(plan?.spans).toHaveLength(50);
  });

  it('sends a huge page in parts at their offsets, says why it was cut once, and paints every part', async () => {
    fakeBackground();
    const text = Array.from({ length: 6_000 }, (_, i) => paragraph(i)).join('\n');
    const plan = await new PageSession().send(text, 0, 'page text cut at 1,000,000 characters');
    expect(received.length).toBeGreaterThan(2);
    expect(received.map((r) => r.text).join('')).toBe(text);
    for (const r of received) {
      expect(r.text.length).toBeLessThanOrEqual(PART_CHARS);
      expect(text.slice(r.offset ?? 0).startsWith(r.text)).toBe(true);
    }
    expect(received.map((r) => r.truncated)).toEqual(['page text cut at 1,000,000 characters', ...received.slice(1).map(() => undefined)]);
    // Every name on the page, at its place in the whole text, in text order; the actor listed once.
    expect(plan?.spans).toHaveLength(6_000);
    expect(plan?.spans.every((s) => text.slice(s.start, s.end) === 'Olaf Scholz')).toBe(true);
    expect(plan?.spans.map((s) => s.start)).toEqual([...plan!.spans.map((s) => s.start)].sort((a, b) => a - b));
    expect(plan?.actors).toHaveLength(1);
    expect(plan?.truncated).toBe('page text cut at 1,000,000 characters');
  });

  it('shifts the parts of text a page added later by where that text starts', async () => {
    fakeBackground();
    const added = Array.from({ length: 3_000 }, (_, i) => paragraph(i)).join('\n');
    const plan = await new PageSession().send(added, 5_000);
    expect(received[0].offset).toBe(5_000);
    expect(received.at(-1)!.offset).toBeGreaterThan(5_000 + PART_CHARS - paragraph(0).length);
    expect(plan?.spans[0].start).toBe(5_000 + added.indexOf('Olaf Scholz'));
  });

  it('stops at a part the background skips, keeping the parts before it, and says why', async () => {
    fakeBackground((req) => (req.offset ?? 0) > 0);
    const session = new PageSession();
    const text = Array.from({ length: 6_000 }, (_, i) => paragraph(i)).join('\n');
    const plan = await session.send(text, 0);
    expect(received).toHaveLength(2);
    expect(plan?.spans.length).toBe(received[0].text.split('\n').filter(Boolean).length);
    expect(session.note).toBe('skipped: not English');
  });

  it('returns nothing when the first part is skipped', async () => {
    fakeBackground(() => true);
    const session = new PageSession();
    expect(await session.send(paragraph(1), 0)).toBeNull();
    expect(session.note).toBe('skipped: not English');
  });
});
