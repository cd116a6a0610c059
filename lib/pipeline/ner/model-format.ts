// The single-file binary model: pruned hashed feature rows, a 256-value weight codebook, transitions and gazetteer.
import { TAG_COUNT } from './labels';

const MAGIC = 0x52454e46; // "FNER" little-endian
const VERSION = 1;

export interface NerModelData {
  /** Feature hashes are reduced to `hash & ((1 << bucketBits) - 1)` before lookup. */
  bucketBits: number;
  /** Sorted bucket ids of the rows kept. */
  buckets: Uint32Array;
  /** codes[row * TAG_COUNT + tag] indexes the codebook. */
  codes: Uint8Array;
  codebook: Float32Array;
  transitions: Float32Array;
  gazetteer: string;
}

function writeVarint(out: number[], v: number): void {
  while (v >= 0x80) { out.push((v & 0x7f) | 0x80); v >>>= 7; }
  out.push(v);
}

export function encodeModel(m: NerModelData): Uint8Array {
  const keyBytes: number[] = [];
  let prev = 0;
  for (const b of m.buckets) { writeVarint(keyBytes, b - prev); prev = b; }
  const gaz = new TextEncoder().encode(m.gazetteer);
  const header = 6 * 4;
  const size = header + 256 * 4 + m.transitions.length * 4 + keyBytes.length + m.codes.length + gaz.length;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let p = 0;
  for (const v of [MAGIC, VERSION, m.bucketBits, m.buckets.length, keyBytes.length, gaz.length]) { view.setUint32(p, v, true); p += 4; }
  for (const v of m.codebook) { view.setFloat32(p, v, true); p += 4; }
  for (const v of m.transitions) { view.setFloat32(p, v, true); p += 4; }
  bytes.set(keyBytes, p); p += keyBytes.length;
  bytes.set(m.codes, p); p += m.codes.length;
  bytes.set(gaz, p);
  return bytes;
}

export function decodeModel(bytes: Uint8Array): NerModelData {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let p = 0;
  const u32 = () => { const v = view.getUint32(p, true); p += 4; return v; };
  if (bytes.byteLength < 24 || u32() !== MAGIC) throw new Error('not a Fact Annotator NER model');
  const version = u32();
  if (version !== VERSION) throw new Error(`NER model version ${version}, expected ${VERSION}`);
  const bucketBits = u32(), rows = u32(), keyLength = u32(), gazLength = u32();
  const codebook = new Float32Array(256);
  for (let i = 0; i < 256; i++) { codebook[i] = view.getFloat32(p, true); p += 4; }
  const transitions = new Float32Array((TAG_COUNT + 1) * TAG_COUNT);
  for (let i = 0; i < transitions.length; i++) { transitions[i] = view.getFloat32(p, true); p += 4; }
  const buckets = new Uint32Array(rows);
  let prev = 0;
  for (let r = 0; r < rows; r++) {
    let v = 0, shift = 0, b: number;
    do { b = bytes[p++]; v += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
    prev += v;
    buckets[r] = prev;
  }
  if (p !== 24 + 256 * 4 + transitions.length * 4 + keyLength) throw new Error('corrupt NER model (keys)');
  const codes = bytes.slice(p, p + rows * TAG_COUNT);
  p += rows * TAG_COUNT;
  const gazetteer = new TextDecoder().decode(bytes.subarray(p, p + gazLength));
  return { bucketBits, buckets, codes, codebook, transitions, gazetteer };
}
