// Cheap 32-bit hashing for feature strings and feature conjunctions (no string building on the hot path).

/** FNV-1a over the UTF-16 code units of s[from, to). */
export function hashString(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's finaliser: spreads the bits so that nearby inputs land in far-apart buckets. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of a feature template applied to one value hash. */
export function mix1(template: number, a: number): number {
  return fmix(Math.imul(template + 1, 0x9e3779b1) ^ a);
}

/** Hash of a feature template applied to two value hashes (a conjunction such as previous word + this shape). */
export function mix2(template: number, a: number, b: number): number {
  return fmix(mix1(template, a) ^ Math.imul(b, 0x27d4eb2f));
}

export function mix3(template: number, a: number, b: number, c: number): number {
  return fmix(mix2(template, a, b) ^ Math.imul(c, 0x165667b1));
}
