// Messages the content script sends to the background: one typed call map, validated by the background.
import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod';
import type { PaintPlan } from './paint-plan';

/** Upper bound on the text a page may send; the content script cuts longer text and says so. */
export const MAX_PAGE_TEXT = 1_000_000;

export const analysePageSchema = z.object({
  url: z.string().url().max(4096),
  title: z.string().max(1000),
  text: z.string().max(MAX_PAGE_TEXT),
  /** Where this text starts in the page's full text map (0 for the first call, larger for text added later). */
  offset: z.number().int().nonnegative().default(0),
  /** Why the page side cut or skipped text, if it did. */
  truncated: z.string().max(500).optional(),
});
export type AnalysePageRequest = z.input<typeof analysePageSchema>;

export const actorCardSchema = z.object({ actorId: z.string().max(300) });

export interface ActorCard {
  actor: { id: string; name: string; type: string; aliases: string[] } | null;
  stances: { text: string; polarity: string | null; target: string | null; pageTitle: string; site: string; analysedAt: number }[];
}

export type AnalyseResult = { status: 'ok'; plan: PaintPlan } | { status: 'skipped'; reason: string };

interface ContentToBackground {
  /** Analyse the page's article text, store it, and return what to paint. */
  analysePage(req: AnalysePageRequest): AnalyseResult;
  /**
   * Sent at document_start on pages where highlighting is on: starts the service worker if the browser stopped it
   * (it loads and decodes its models, several hundred ms), while the page is still loading. Answers true.
   */
  wake(): boolean;
  /** The hover card's content for one actor: its name, type and latest stances across saved pages. */
  getActorCard(req: z.infer<typeof actorCardSchema>): ActorCard;
}

export const contentMessaging = defineExtensionMessaging<ContentToBackground>();
