// Finds the element holding the article: the paragraph cluster with the most text, widened to its <article>/<main>.
import { isSkipped } from './rules';

/** Paragraphs shorter than this are captions, bylines or teaser links rather than article prose. */
const MIN_PARAGRAPH_CHARS = 40;
/** Paragraphs scored at most, so pages with huge comment threads stay cheap (scoring 2,000 takes ~10 ms). */
const MAX_PARAGRAPHS = 2000;
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

/**
 * Scores each paragraph's parent by the text of its paragraphs (grandparents get half), as readability-style
 * extractors do, then widens the winner to the nearest article/main so the headline comes along.
 */
export function findArticleRoot(doc: Document, hasLayout: boolean): Element {
  const body = doc.body ?? doc.documentElement;
  const insideSkipped = skippedChecker(hasLayout);
  const scores = new Map<Element, number>();
  const paragraphs = doc.querySelectorAll('p, pre, blockquote');
  const limit = Math.min(paragraphs.length, MAX_PARAGRAPHS);
  for (let i = 0; i < limit; i++) {
    const p = paragraphs[i];
    const len = (p.textContent ?? '').trim().length;
    if (len < MIN_PARAGRAPH_CHARS) continue;
    const parent = p.parentElement;
    if (!parent || insideSkipped(p)) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (best) return best.closest('article') ?? best.closest('[itemprop="articleBody"]') ?? best.closest('main, [role="main"]') ?? best;
  return largestContainer(doc, insideSkipped) ?? body;
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
