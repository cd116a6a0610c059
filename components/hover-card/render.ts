// Builds the hover card's content from an actor card; page-derived strings only ever go in as textContent.
import type { ActorCard } from '@/lib/messaging/content-to-background';

const QUOTE_CHARS = 220;
const TYPE_LABEL: Record<string, string> = { person: 'Person', organization: 'Organisation', country: 'Country', place: 'Place', claim: 'Claim' };

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function header(doc: Document, type: string, name: string): HTMLElement {
  const head = el(doc, 'div', 'head');
  head.append(el(doc, 'span', `type ${type}`, TYPE_LABEL[type] ?? type), el(doc, 'span', 'name', name));
  return head;
}

function stanceItem(doc: Document, s: ActorCard['stances'][number]): HTMLLIElement {
  const li = el(doc, 'li');
  const quote = el(doc, 'div', 'quote');
  if (s.polarity) quote.append(el(doc, 'span', `polarity ${s.polarity}`, s.polarity));
  quote.append(doc.createTextNode(clip(s.text, QUOTE_CHARS)));
  li.append(quote);
  if (s.target) li.append(el(doc, 'div', 'meta', `on ${s.target}`));
  const date = new Date(s.analysedAt).toLocaleDateString();
  li.append(el(doc, 'div', 'meta', [s.pageTitle, s.site, date].filter(Boolean).join(' · ')));
  return li;
}

export interface CardSubject {
  /** The actor as the page's paint plan names it, shown while the stored card loads or if it cannot. */
  name: string;
  type: string;
}

export function renderLoading(doc: Document, subject: CardSubject): DocumentFragment {
  const f = doc.createDocumentFragment();
  f.append(header(doc, subject.type, subject.name), el(doc, 'div', 'muted', 'Loading stances…'));
  return f;
}

export function renderActorCard(doc: Document, card: ActorCard, subject: CardSubject): DocumentFragment {
  const f = doc.createDocumentFragment();
  const actor = card.actor;
  f.append(header(doc, actor?.type ?? subject.type, actor?.name ?? subject.name));
  const aliases = (actor?.aliases ?? []).filter((a) => a !== actor?.name).slice(0, 4);
  if (aliases.length) f.append(el(doc, 'div', 'aliases', `Also: ${aliases.join(', ')}`));
  f.append(el(doc, 'h3', undefined, 'Latest stances'));
  if (card.stances.length === 0) {
    f.append(el(doc, 'div', 'muted', 'No stances recorded yet.'));
    return f;
  }
  const list = el(doc, 'ul');
  for (const s of card.stances) list.append(stanceItem(doc, s));
  f.append(list);
  return f;
}

/** A claim whose speaker is unknown: the card shows the claim itself. */
export function renderClaim(doc: Document, text: string): DocumentFragment {
  const f = doc.createDocumentFragment();
  f.append(header(doc, 'claim', 'Speaker not identified'), el(doc, 'div', 'quote', clip(text, QUOTE_CHARS)));
  return f;
}

export function renderError(doc: Document, subject: CardSubject, message: string): DocumentFragment {
  const f = doc.createDocumentFragment();
  f.append(header(doc, subject.type, subject.name), el(doc, 'div', 'muted', message));
  return f;
}
