// Finds the element holding the article: the paragraph cluster with the most text, widened to its <article>/<main>.
import { isSkipped } from './rules';

/** Paragraphs shorter than this are captions, bylines or teaser links rather than article prose. */
const MIN_PARAGRAPH_CHARS = 40;
/** Paragraphs scored at most, so pages with huge comment threads stay cheap (scoring 2,000 took 10 ms and more). */
const MAX_PARAGRAPHS = 1000;
const CONTAINERS = 'article, [itemprop="articleBody"], main, [role="main"]';

/** Whether an element or one of its ancestors below `body` is skipped; memoised because paragraphs share ancestors. */
function skippedChecker(hasLayout: boolean): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  return (el) => {
    const path: Element[] = [];
    let answer = false;
    for (let cur: Element | null = el; cur && cur.tagName !== 'BODY'; cur = cur.parentElement) {
      const known = memo.get(cur);
      if (known !== undefined) {
        answer = known;
        break;
      }
      path.push(cur);
      if (isSkipped(cur, hasLayout)) {
        answer = true;
        break;
      }
    }
    // Everything below a skipped ancestor is skipped; everything below an unskipped one is as unskipped as the path was.
    for (const p of path) memo.set(p, answer);
    return answer;
  };
}

/** Ancestors of a paragraph credited with its text: parent in full, then 1/2, 1/3 (an article split into blocks). */
const SCORE_LEVELS = 3;
/** Ancestors whose paragraph-text totals are kept, for deciding how far to widen. */
const TOTAL_LEVELS = 30;

/**
 * Scores each paragraph's ancestors by the text of its paragraphs, as readability-style extractors do, then
 * widens the winner to the nearest article/main when that brings the headline but not more paragraphs.
 */
export function findArticleRoot(doc: Document, hasLayout: boolean): Element {
  const body = doc.body ?? doc.documentElement;
  const insideSkipped = skippedChecker(hasLayout);
  const scores = new Map<Element, number>();
  const totals = new Map<Element, number>();
  const paragraphs = doc.querySelectorAll('p, pre, blockquote');
  const limit = Math.min(paragraphs.length, MAX_PARAGRAPHS);
  for (let i = 0; i < limit; i++) {
    const p = paragraphs[i];
    const len = (p.textContent ?? '').trim().length;
    if (len < MIN_PARAGRAPH_CHARS || insideSkipped(p)) continue;
    let level = 0;
    for (let a = p.parentElement; a && level < TOTAL_LEVELS; a = a.parentElement, level++) {
      totals.set(a, (totals.get(a) ?? 0) + len);
      if (level < SCORE_LEVELS) scores.set(a, (scores.get(a) ?? 0) + len / (level + 1));
      if (a === body) break;
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore && el !== body) {
      best = el;
      bestScore = score;
    }
  }
  if (best) return widen(best, totals);
  return largestContainer(doc, insideSkipped) ?? body;
}

/** How much more paragraph text a wider container may hold than the winner before it counts as other content. */
const WIDEN_MAX_RATIO = 1.2;
const WIDEN_SLACK_CHARS = 200;

/**
 * Widens the paragraph cluster to its <article> so the headline and byline come along, and to <main> only when
 * that holds few more paragraphs (not teasers, a comment thread or other stories).
 */
function widen(best: Element, totals: Map<Element, number>): Element {
  // An <article> is the story itself on nearly every site, so it is taken whole.
  const article = best.closest('article') ?? best.closest('[itemprop="articleBody"]');
  if (article) return article;
  const main = best.closest('main, [role="main"]');
  const own = totals.get(best) ?? 0;
  return main && (totals.get(main) ?? 0) <= own * WIDEN_MAX_RATIO + WIDEN_SLACK_CHARS ? main : best;
}

function largestContainer(doc: Document, insideSkipped: (el: Element) => boolean): Element | null {
  let best: Element | null = null;
  let bestLen = 0;
  for (const el of doc.querySelectorAll(CONTAINERS)) {
    const len = (el.textContent ?? '').length;
    if (len > bestLen && !insideSkipped(el)) {
      best = el;
      bestLen = len;
    }
  }
  return best;
}
