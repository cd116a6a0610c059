// Linear-model weights keyed by the hash of each feature's name, and sinks that receive features as name parts.
//
// Why: the claim models have tens of thousands of string features, and scoring by building each name and looking it
// up in an object spent most of the cue finder's time hashing fresh strings. A feature is now emitted as the parts of
// its name ("w,n1=", "said", ",", "that"); the scoring sink folds them into the FNV-1a hash of the whole name without
// joining them, and the trainers, which need the names, join the same parts. One feature function serves both.
import { base64ToBytes, bytesToBase64 } from './base64';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fold(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** The key a feature name is stored under: FNV-1a of its UTF-16 code units; never 0, which marks an empty slot. */
export function featureKey(name: string): number {
  return fold(FNV_OFFSET, name) >>> 0 || 1;
}

/** Receives each feature of an example as up to seven parts of its name. */
export interface FeatureSink {
  emit(a: string, b?: string, c?: string, d?: string, e?: string, f?: string, g?: string): void;
}

/** Collects the joined feature names (trainers). */
export class NameSink implements FeatureSink {
  readonly names: string[] = [];
  emit(a: string, b = '', c = '', d = '', e = '', f = '', g = ''): void {
    this.names.push(a + b + c + d + e + f + g);
  }
}

/** Weights in an open-addressing table of hashed keys; absent features weigh 0. */
export class HashedWeights {
  private constructor(
    private readonly keys: Uint32Array,
    private readonly values: Float64Array,
    private readonly mask: number,
  ) {}

  /**
   * Decodes the base64 form `encodeWeights` writes. Values are kept as doubles, the arithmetic the trainers sum in,
   * so a score exactly at a threshold stays on the side it was trained on.
   */
  static decode(base64: string): HashedWeights {
    const bytes = base64ToBytes(base64);
    const view = new DataView(bytes.buffer);
    const n = view.getUint32(0, true);
    let size = 2;
    while (size < n * 2) size *= 2;
    const keys = new Uint32Array(size);
    const values = new Float64Array(size);
    for (let i = 0; i < n; i++) {
      const key = view.getUint32(4 + i * 4, true);
      let slot = key & (size - 1);
      while (keys[slot] !== 0) slot = (slot + 1) & (size - 1);
      keys[slot] = key;
      values[slot] = view.getInt16(4 + n * 4 + i * 2, true) / 100;
    }
    return new HashedWeights(keys, values, size - 1);
  }

  get(key: number): number {
    for (let slot = key & this.mask; ; slot = (slot + 1) & this.mask) {
      const k = this.keys[slot];
      if (k === key) return this.values[slot];
      if (k === 0) return 0;
    }
  }
}

/** Sums the weights of the features it receives (runtime scoring); `reset()` before each example. */
export class ScoreSink implements FeatureSink {
  sum = 0;
  constructor(private readonly weights: HashedWeights) {}

  reset(): this {
    this.sum = 0;
    return this;
  }

  emit(a: string, b?: string, c?: string, d?: string, e?: string, f?: string, g?: string): void {
    let h = fold(FNV_OFFSET, a);
    if (b !== undefined) h = fold(h, b);
    if (c !== undefined) h = fold(h, c);
    if (d !== undefined) h = fold(h, d);
    if (e !== undefined) h = fold(h, e);
    if (f !== undefined) h = fold(h, f);
    if (g !== undefined) h = fold(h, g);
    this.sum += this.weights.get(h >>> 0 || 1);
  }
}

/**
 * Encodes weights (rounded to hundredths, as the trainers write them) as base64: a count, the keys, then the
 * values as hundredths in 16 bits. Throws on a weight beyond ±327.67. Two names with the same 32-bit key (about one
 * pair in a model of 60,000 features) share one slot at run time anyway: the weight of larger magnitude is kept.
 */
export function encodeWeights(weights: ReadonlyMap<string, number>): string {
  const sorted = [...weights].map(([name, w]) => [featureKey(name), Math.round(w * 100), name] as const).sort((x, y) => x[0] - y[0] || Math.abs(y[1]) - Math.abs(x[1]) || (x[2] < y[2] ? -1 : 1));
  const entries = sorted.filter((e, i) => i === 0 || sorted[i - 1][0] !== e[0]);
  const bytes = new Uint8Array(4 + entries.length * 6);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, entries.length, true);
  entries.forEach(([key, hundredths, name], i) => {
    if (Math.abs(hundredths) > 32767) throw new Error(`weight of ${name} out of range: ${hundredths / 100}`);
    view.setUint32(4 + i * 4, key, true);
    view.setInt16(4 + entries.length * 4 + i * 2, hundredths, true);
  });
  return bytesToBase64(bytes);
}
