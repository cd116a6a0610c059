// Time phrases around cues: "Ryan on Thursday accused", "said on Friday it had", "Tuesday" as a would-be speaker.
import type { Token } from '../document';
import type { TokenRange } from './source-span';

const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|month|year|weekend|morning|afternoon|evening|night|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,4})$/i;
const TIME_OPENERS = new Set(['on', 'in', 'at', 'last', 'this', 'earlier', 'late', 'during', 'next']);

/** Whether one word names a time ("Monday", "March", "week", "2016"). */
export const isTimeWord = (word: string): boolean => TIME_WORDS.test(word);

/** Whether the range is only a time ("Tuesday", "last week", "Friday night"): never a speaker. */
export function isTimePhrase(tokens: readonly Token[], r: TokenRange): boolean {
  for (let k = r.first; k <= r.last; k++) if (!TIME_WORDS.test(tokens[k].text) && !TIME_OPENERS.has(tokens[k].text.toLowerCase())) return false;
  return true;
}

/** Clock and zone words of a timestamp ("1:28 AM ET", "09.30 GMT"). */
const CLOCK_WORDS = /^(?:a\.?m\.?|p\.?m\.?|et|est|edt|ct|cst|cdt|pt|pst|pdt|gmt|utc|bst|cet|cest|updated|published)$/i;
/** Longest timestamp, in tokens ("Updated 10:32 AM EST, Mon February 1, 2016"). */
const MAX_STAMP_TOKENS = 16;

/** Whether the range is only a date and time, as in a byline ("February 1, 2016: 1:28 AM ET"): never what was said. */
export function isTimestamp(tokens: readonly Token[], r: TokenRange): boolean {
  if (r.last - r.first >= MAX_STAMP_TOKENS) return false;
  let time = false;
  for (let k = r.first; k <= r.last; k++) {
    const t = tokens[k].text;
    if (/^[\d:.,/–-]+$/.test(t)) continue;
    if (!TIME_WORDS.test(t) && !CLOCK_WORDS.test(t) && !/^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i.test(t)) return false;
    time = true;
  }
  return time;
}

/** "just hours", "two days later", "weeks earlier": a stretch of time counted in units, never what anyone said. */
const SPAN_OF_TIME = /^(?:(?:just|only|mere|a|few|several|some|many|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+)*(?:seconds|minutes|hours|days|weeks|months|years|decades)(?:\s+(?:later|earlier|ago|after|before))?$/i;

/** Whether the text is only a stretch of time ("was criticized just hours after …" gives "just hours"). */
export const isSpanOfTime = (text: string): boolean => SPAN_OF_TIME.test(text);

/** Words that close a stretch of time between a subject and its verb: "who has in the past described", "in recent weeks". */
const STRETCH_WORDS = /^(?:past|years|months|weeks|days|decades)$/i;
const STRETCH_OPENERS = new Set(['over', 'for']);
const opensTime = (t: Token): boolean => TIME_OPENERS.has(t.text.toLowerCase()) || STRETCH_OPENERS.has(t.text.toLowerCase());

/**
 * Steps left over a time phrase between a subject and its cue ("Ryan on Thursday accused", "he last week said",
 * "Beck, who has in the past described", "she has over the past two years argued").
 */
export function skipTimePhrase(tokens: readonly Token[], k: number, min: number): number {
  if (k < min) return k;
  const stretch = STRETCH_WORDS.test(tokens[k].text);
  if (!stretch && !TIME_WORDS.test(tokens[k].text)) return k;
  const opener = stretch ? opensTime : (t: Token) => TIME_OPENERS.has(t.text.toLowerCase());
  let j = k;
  while (j >= min && k - j < (stretch ? 5 : 4) && !opener(tokens[j])) j--;
  if (j < min || !opener(tokens[j])) return k;
  return j - 1;
}

/**
 * The first token after a time phrase opening at `a` ("on Friday", "last week", "Tuesday") when a clause follows it
 * ("said on Friday it had no information"): what was said starts there. `a` itself when no time phrase opens there.
 */
export function afterTimePhrase(tokens: readonly Token[], a: number, s1: number): number {
  let k = a;
  if (k < s1 && TIME_OPENERS.has(tokens[k].text.toLowerCase()) && k + 1 < s1 && TIME_WORDS.test(tokens[k + 1].text)) k += 2;
  else if (k < s1 && /^\p{L}/u.test(tokens[k].text) && TIME_WORDS.test(tokens[k].text) && !/^\d/.test(tokens[k].text)) k += 1;
  else return a;
  // "on Friday night", "last week's" stays within the phrase.
  while (k < s1 && TIME_WORDS.test(tokens[k].text) && !/^\d/.test(tokens[k].text)) k++;
  // "at Thursday night's debate": the time belongs to a noun phrase.
  return k < s1 && /^[’']s$/.test(tokens[k].text) ? a : k;
}
