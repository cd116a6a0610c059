// Cuts a long page text into parts of bounded size, each sent to the background in a message of its own, and joins
// the parts' paint plans.
//
// Why: the browser copies and serialises a message in the task that sends it (and parses the reply in the task that
// receives it), so one message with a 1,000,000-character page held the page's main thread for 30 ms and more on a
// slow machine. Parts of 200,000 characters keep each of those tasks short. A 30,000-word article still goes in one
// message; each part is analysed and stored as a later slice of the same page, like text a page adds after load.

import { joinNotes } from '../extract/join-notes';
import type { PaintPlan } from './paint-plan';

/** Characters sent in one message at most. */
export const PART_CHARS = 200_000;

export interface TextPart {
  text: string;
  /** Where the part starts in the whole text. */
  offset: number;
}

/**
 * `text` in consecutive parts of at most `max` characters that together are the whole text. A part ends after its
 * last line break (the end of a paragraph, so no sentence is cut), or at `max` in a paragraph longer than that.
 */
export function textParts(text: string, max = PART_CHARS): TextPart[] {
  const parts: TextPart[] = [];
  let offset = 0;
  for (let end: number; text.length - offset > max; offset = end) {
    end = text.lastIndexOf('\n', offset + max - 1) + 1;
    if (end <= offset) end = offset + max;
    parts.push({ text: text.slice(offset, end), offset });
  }
  parts.push({ text: text.slice(offset), offset });
  return parts;
}

/**
 * One plan for two slices of the same page text, `b`'s text after `a`'s (a later part, or text the page added at its
 * end), with spans already in page coordinates: so the spans stay in text order; each actor is listed once.
 */
export function joinPlans(a: PaintPlan, b: PaintPlan): PaintPlan {
  const actors = new Map([...a.actors, ...b.actors].map((x) => [x.id, x]));
  return { spans: [...a.spans, ...b.spans], actors: [...actors.values()], truncated: joinNotes(a.truncated, b.truncated) };
}
