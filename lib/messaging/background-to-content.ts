// Messages the background (or the side panel, through tabs) sends to a page's content script.
import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod';
import type { HighlightKind } from './paint-plan';

export const scrollToSpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() });

/** A mention or claim that was analysed on this page but no longer matches its text (the page changed). */
export interface DetachedSpan {
  text: string;
  kind: HighlightKind;
}

export interface PageStatus {
  url: string;
  highlighting: boolean;
  painted: number;
  /** Set when the page was skipped or cut short, with the reason. */
  note?: string;
  /** Spans that could not re-attach after the page changed, with their quotes; absent when there are none. */
  detached?: DetachedSpan[];
  /**
   * Only when asked for: each painted span's text under the name of the highlight (in CSS.highlights) holding its
   * range, in the order the ranges were added, so anyone reading the page's highlights can check each range's words.
   */
  spans?: PaintedSpanText[];
}

export interface PaintedSpanText {
  highlight: string;
  text: string;
}

interface BackgroundToContent {
  /** Scroll to a stored span and flash it; false when the text could not be found on the page. */
  scrollToSpan(req: z.infer<typeof scrollToSpanSchema>): boolean;
  /** What the content script did on this page; with `spans: true`, also the text of every painted span. */
  getPageStatus(req?: { spans?: boolean }): PageStatus;
}

export const pageMessaging = defineExtensionMessaging<BackgroundToContent>();
