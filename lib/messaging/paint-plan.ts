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
