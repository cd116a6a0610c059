// Reads the article's text nodes in document order into plain text plus its offset map, in resumable slices.
import { isBlock, isSkipped } from './rules';
import { TextMap } from './text-map';
import { UnreadParts } from './unread';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/**
 * Whitespace that rendering collapses or turns into a plain space: runs, tabs, newlines, no-break spaces, and a
 * lone space at either end of a node. A lone space between words is copied as it is, so ordinary prose is copied
 * in whole-node pieces rather than word by word (five times faster on long pages).
 */
const WHITESPACE = /[ \t\n\r\f\u00a0]{2,}|[\t\n\r\f\u00a0]|^ | $/g;

/** 1000000 as "1,000,000", by hand: the first toLocaleString() call loads locale data, 20 ms in the middle of a slice. */
const groupDigits = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/**
 * Walks a subtree by hand rather than with a TreeWalker because it must know when a block element ends
 * (to put a newline there) and must skip whole subtrees; the position is kept so the walk can pause and resume.
 */
export class TextWalker {
  text = '';
  readonly map = new TextMap();
  truncated: string | undefined;
  /** Shadow roots, frames and editors that hold text but were not read. */
  readonly unread = new UnreadParts();
  private next: Node | null;
  /** A collapsed space seen after a word, written only if another word follows on the same line. */
  private pendingSpace: { node: Text; offset: number } | null = null;
  private done = false;
  /**
   * Whether the text so far ends a line. Kept as a flag because `text.endsWith()` flattens the string V8 builds
   * by `+=`, which copies the whole text on every word (seconds on a 30,000-word page).
   */
  private atLineStart = true;

  /** Nodes visited so far, against `maxNodes`. */
  private visited = 0;

  constructor(
    private readonly root: Element,
    private readonly maxChars: number,
    private readonly hasLayout: boolean,
    private readonly maxNodes: number = Infinity,
  ) {
    this.next = root.firstChild;
  }

  /** Reads until finished or until `shouldPause()` says the slice is used up; checks the clock every 16 nodes. */
  run(shouldPause: () => boolean = () => false): boolean {
    let count = 0;
    while (this.next && !this.done) {
      if (++count % 16 === 0 && shouldPause()) return false;
      if (++this.visited > this.maxNodes) {
        this.truncated = `page cut after ${groupDigits(this.maxNodes)} nodes`;
        break;
      }
      this.visit(this.next);
    }
    this.done = true;
    return true;
  }

  private visit(node: Node): void {
    if (node.nodeType === TEXT_NODE) {
      this.readText(node as Text);
      this.advance(node);
      return;
    }
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (isSkipped(el, this.hasLayout)) {
        this.unread.skipped(el);
        if (isBlock(el)) this.newline();
        this.advance(node);
        return;
      }
      if (el.shadowRoot) this.unread.host(el);
      if (isBlock(el)) this.newline();
      if (node.firstChild) {
        this.next = node.firstChild;
        return;
      }
    }
    this.advance(node);
  }

  /** Moves past `node`, climbing out of finished elements (adding their block newlines) until a next sibling exists. */
  private advance(node: Node): void {
    let cur: Node | null = node;
    while (cur && cur !== this.root) {
      if (cur.nextSibling) {
        this.next = cur.nextSibling;
        return;
      }
      cur = cur.parentNode;
      if (cur && cur !== this.root && cur.nodeType === ELEMENT_NODE && isBlock(cur as Element)) this.newline();
    }
    this.next = null;
  }

  private newline(): void {
    this.pendingSpace = null;
    if (!this.atLineStart) this.append('\n');
  }

  private append(s: string, node?: Text, nodeStart = 0): boolean {
    const room = this.maxChars - this.text.length;
    if (room <= 0 || s.length > room) {
      if (room > 0 && node) {
        this.map.add(this.text.length, room, node, nodeStart);
        this.text += s.slice(0, room);
      }
      this.truncated = `page text cut at ${groupDigits(this.maxChars)} characters`;
      this.done = true;
      return false;
    }
    if (node) this.map.add(this.text.length, s.length, node, nodeStart);
    this.text += s;
    this.atLineStart = s.endsWith('\n');
    return true;
  }

  private readText(node: Text): void {
    const data = node.data;
    let at = 0;
    WHITESPACE.lastIndex = 0;
    for (let m = WHITESPACE.exec(data); ; m = WHITESPACE.exec(data)) {
      const wordEnd = m ? m.index : data.length;
      if (wordEnd > at) {
        if (this.pendingSpace && !this.append(' ', this.pendingSpace.node, this.pendingSpace.offset)) return;
        this.pendingSpace = null;
        if (!this.append(data.slice(at, wordEnd), node, at)) return;
      }
      if (!m) return;
      // A space is kept only between words on the same line; it is written when the next word arrives.
      if (!this.atLineStart && !this.pendingSpace) this.pendingSpace = { node, offset: m.index };
      at = m.index + m[0].length;
    }
  }
}
