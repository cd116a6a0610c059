// Counts the parts of a page that hold text the extension does not read (shadow roots, frames, editors), for the reader's note.
import { joinNotes } from './join-notes';
import { isEditor, isFrame } from './rules';

/** Characters of text that make a skipped part worth mentioning: more than an icon's label or a lone number. */
const MIN_TEXT = 20;

/** Whether `root` holds at least MIN_TEXT characters of text outside style sheets and scripts; stops once it does. */
function hasText(root: Node | null | undefined): boolean {
  if (!root) return false;
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4 /* text nodes */);
  let chars = 0;
  for (let n = walker.nextNode(); n && chars < MIN_TEXT; n = walker.nextNode()) {
    if (!/^(STYLE|SCRIPT|NOSCRIPT|TEMPLATE)$/i.test(n.parentElement?.tagName ?? '')) chars += (n.nodeValue ?? '').trim().length;
  }
  return chars >= MIN_TEXT;
}

/**
 * A frame of this site (srcdoc or same-origin src) holding text, or not loaded yet (frames often are not at
 * DOMContentLoaded). Frames of other sites cannot be looked into and are not counted.
 */
function frameWithText(frame: HTMLIFrameElement): boolean {
  try {
    const src = frame.getAttribute('src');
    if (!frame.hasAttribute('srcdoc') && !(src && new URL(src, document.baseURI).origin === location.origin)) return false;
    const doc = frame.contentDocument;
    // Until the frame's own page arrives, it shows an empty initial about:blank document.
    return !doc || doc.readyState !== 'complete' || doc.URL === 'about:blank' || hasText(doc.body);
  } catch {
    return false;
  }
}

export class UnreadParts {
  shadowRoots = 0;
  frames = 0;
  editors = 0;

  /** Notes an element the walker skips with its subtree, when it is an editor or a frame holding text. */
  skipped(el: Element): void {
    if (isEditor(el)) this.editors += +hasText(el);
    else if (isFrame(el)) this.frames += +frameWithText(el as HTMLIFrameElement);
  }

  /**
   * Notes a read element whose open shadow root holds text. That text is not read: ::highlight() rules reach into
   * a shadow tree only from its own style sheets, and adding ours there would change the page.
   */
  host(el: Element): void {
    this.shadowRoots += +hasText(el.shadowRoot);
  }

  /** What was left unread and why, for the side panel; undefined when nothing was. */
  describe(): string | undefined {
    const part = (n: number, what: string, why: string) => (n ? `text inside ${n} ${what}${n > 1 ? 's' : ''} was not read (${why})` : '');
    return joinNotes(
      part(this.shadowRoots, 'shadow root', 'highlights cannot be styled there'),
      part(this.frames, 'embedded frame', 'only the top page is read'),
      part(this.editors, 'editable area', 'text being typed is left alone'),
    );
  }
}
