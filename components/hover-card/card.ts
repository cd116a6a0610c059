// The hover card's shadow-root host: the only element the extension adds to a page; shown next to a highlight.
import { CARD_CSS } from './styles';

export const HOST_TAG = 'fact-annotator-card';
const GAP = 6;

export class HoverCard {
  private host: HTMLElement | null = null;
  private box: HTMLElement | null = null;

  constructor(private readonly doc: Document) {}

  /** Creates the host on first use; a closed shadow root keeps page scripts and styles out. */
  private ensure(): HTMLElement {
    if (this.box && this.host?.isConnected) return this.box;
    const host = this.doc.createElement(HOST_TAG);
    host.setAttribute('style', 'all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647');
    const root = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    const box = this.doc.createElement('div');
    box.className = 'card';
    box.setAttribute('role', 'tooltip');
    box.hidden = true;
    root.append(style, box);
    this.doc.documentElement.append(host);
    this.host = host;
    this.box = box;
    return box;
  }

  /** Shows `content` beside `anchor` (the hovered line's box), below it if there is room, else above. */
  show(content: DocumentFragment, anchor: DOMRect): void {
    const box = this.ensure();
    box.replaceChildren(content);
    box.hidden = false;
    const view = this.doc.defaultView!;
    const { width, height } = box.getBoundingClientRect();
    const left = Math.max(8, Math.min(anchor.left, view.innerWidth - width - 8));
    const below = anchor.bottom + GAP;
    const top = below + height <= view.innerHeight - 8 ? below : Math.max(8, anchor.top - GAP - height);
    box.style.left = `${left}px`;
    box.style.top = `${top}px`;
  }

  /** Replaces the content without moving the card (loading -> loaded). */
  update(content: DocumentFragment): void {
    if (this.box && !this.box.hidden) this.box.replaceChildren(content);
  }

  hide(): void {
    if (this.box) this.box.hidden = true;
  }

  get visible(): boolean {
    return !!this.box && !this.box.hidden;
  }

  /** Whether an event's target is the card (events from inside a shadow root are retargeted to its host). */
  owns(target: EventTarget | null): boolean {
    return !!this.host && target === this.host;
  }

  destroy(): void {
    this.host?.remove();
    this.host = null;
    this.box = null;
  }
}
