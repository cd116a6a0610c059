// What the background returns for the page to paint: spans by kind, plus the actors they stand for.
import { z } from 'zod';

export const highlightKinds = ['person', 'organization', 'country', 'place', 'claim'] as const;
export type HighlightKind = (typeof highlightKinds)[number];

export const paintSpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: z.enum(highlightKinds),
  /** The actor a mention stands for, or a claim's speaker. */
  actorId: z.string().nullable(),
  /** Text the span must cover; painting checks it so a stale offset never paints the wrong words. */
  text: z.string(),
});
export type PaintSpan = z.infer<typeof paintSpanSchema>;

export const paintPlanSchema = z.object({
  spans: z.array(paintSpanSchema),
  actors: z.array(z.object({ id: z.string(), name: z.string(), type: z.string() })),
  truncated: z.string().optional(),
});
export type PaintPlan = z.infer<typeof paintPlanSchema>;

/** Turns a pipeline result into spans to paint; `offset` shifts them when the text was a later slice of the page. */
export function buildPaintPlan(
  analysis: { actors: { id: string; name: string; type: string; mentions: { start: number; end: number; text: string }[] }[]; claims: { start: number; end: number; text: string; speaker: { actorId: string | null } | null }[] },
  offset = 0,
  truncated?: string,
): PaintPlan {
  const spans: PaintSpan[] = [];
  for (const actor of analysis.actors) {
    const kind = (highlightKinds as readonly string[]).includes(actor.type) ? (actor.type as HighlightKind) : null;
    if (!kind) continue;
    for (const m of actor.mentions) spans.push({ start: m.start + offset, end: m.end + offset, kind, actorId: actor.id, text: m.text });
  }
  for (const c of analysis.claims) {
    spans.push({ start: c.start + offset, end: c.end + offset, kind: 'claim', actorId: c.speaker?.actorId ?? null, text: c.text });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const actors = analysis.actors.map(({ id, name, type }) => ({ id, name, type }));
  return truncated ? { spans, actors, truncated } : { spans, actors };
}
