// Actor ids: `${type}:${slug}`, the same for the same actor on every page so stances group across pages.
import type { ActorType } from '../../model';

/** Lowercase ASCII words joined by hyphens; accents are folded ("Sébastien" -> "sebastien"). */
export function slug(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Names in other scripts have no ASCII letters; a hash of the text keeps their ids stable and distinct.
  return ascii || `u${fnv1a(name.normalize('NFC').toLowerCase()).toString(36)}`;
}

export function actorId(type: ActorType, name: string): string {
  return `${type}:${slug(name)}`;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
