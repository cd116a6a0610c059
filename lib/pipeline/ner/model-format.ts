// The single-file binary model: gazetteers, then one weight table per tagging pass (pruned hashed feature rows,
// a 256-value weight codebook, tag transitions).
import type { GazetteerData } from './gazetteer';
import { TAG_COUNT } from './labels';

const MAGIC = 0x52454e46; // "FNER" little-endian
const VERSION = 3;

export interface WeightTable {
  /** Feature hashes are reduced to `hash & ((1 << bucketBits) - 1)` before lookup. */
  bucketBits: number;
  /** Sorted bucket ids of the rows kept. */
  buckets: Uint32Array;
  /** codes[row * TAG_COUNT + tag] indexes the codebook. */
  codes: Uint8Array;
  codebook: Float32Array;
  transitions: Float32Array;
}

export interface NerModelData {
  /** Names by entity type mined from the training data, hashed. */
  gazetteer: GazetteerData;
  /** Word classes from a general lexicon (first names, surnames, places, ordinary words...), hashed. */
  lexicon: GazetteerData;
  /** Pass 1 tags from local features; pass 2 adds what pass 1 found elsewhere in the document. */
  passes: WeightTable[];
}

class Writer {
  private chunks: Uint8Array[] = [];
  u32(v: number) { const b = new Uint8Array(4); new DataView(b.buffer).setUint32(0, v, true); this.chunks.push(b); }
  f32s(vs: Float32Array) { const b = new Uint8Array(vs.length * 4); const d = new DataView(b.buffer); vs.forEach((v, i) => d.setFloat32(i * 4, v, true)); this.chunks.push(b); }
  bytes(b: Uint8Array) { this.u32(b.length); this.chunks.push(b); }
  u32s(vs: Uint32Array) { this.u32(vs.length); const b = new Uint8Array(vs.length * 4); const d = new DataView(b.buffer); vs.forEach((v, i) => d.setUint32(i * 4, v, true)); this.chunks.push(b); }
  gazetteer(g: GazetteerData) { this.u32s(g.nameKeys); this.u32s(g.nameMasks); this.u32s(g.prefixKeys); }
  done(): Uint8Array {
    const out = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let p = 0;
    for (const c of this.chunks) { out.set(c, p); p += c.length; }
    return out;
  }
}

class Reader {
  private p = 0;
  private readonly view: DataView;
  constructor(private readonly b: Uint8Array) { this.view = new DataView(b.buffer, b.byteOffset, b.byteLength); }
  u32() { if (this.p + 4 > this.b.length) throw new Error('corrupt NER model (truncated)'); const v = this.view.getUint32(this.p, true); this.p += 4; return v; }
  f32s(n: number) { const out = new Float32Array(n); for (let i = 0; i < n; i++) { out[i] = this.view.getFloat32(this.p, true); this.p += 4; } return out; }
  bytes() { const n = this.u32(); if (this.p + n > this.b.length) throw new Error('corrupt NER model (truncated)'); const out = this.b.subarray(this.p, this.p + n); this.p += n; return out; }
  u32s() { const n = this.u32(); if (this.p + n * 4 > this.b.length) throw new Error('corrupt NER model (truncated)'); const out = new Uint32Array(n); for (let i = 0; i < n; i++) { out[i] = this.view.getUint32(this.p, true); this.p += 4; } return out; }
  gazetteer(): GazetteerData {
    const nameKeys = this.u32s(), nameMasks = this.u32s(), prefixKeys = this.u32s();
    if (nameKeys.length !== nameMasks.length) throw new Error('corrupt NER model (gazetteer)');
    return { nameKeys, nameMasks, prefixKeys };
  }
}

/** Sorted bucket ids as gaps in LEB128 varints: most gaps fit a byte. */
function encodeBuckets(buckets: Uint32Array): Uint8Array {
  const out: number[] = [];
  let prev = 0;
  for (const b of buckets) {
    let v = b - prev;
    prev = b;
    while (v >= 0x80) { out.push((v & 0x7f) | 0x80); v >>>= 7; }
    out.push(v);
  }
  return Uint8Array.from(out);
}

function decodeBuckets(bytes: Uint8Array, rows: number): Uint32Array {
  const buckets = new Uint32Array(rows);
  let p = 0, prev = 0;
  for (let r = 0; r < rows; r++) {
    let v = 0, shift = 0, b: number;
    do { b = bytes[p++]; v += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
    buckets[r] = prev += v;
  }
  if (p !== bytes.length) throw new Error('corrupt NER model (keys)');
  return buckets;
}

export function encodeModel(m: NerModelData): Uint8Array {
  const w = new Writer();
  w.u32(MAGIC); w.u32(VERSION);
  w.gazetteer(m.gazetteer);
  w.gazetteer(m.lexicon);
  w.u32(m.passes.length);
  for (const t of m.passes) {
    w.u32(t.bucketBits); w.u32(t.buckets.length);
    w.f32s(t.codebook); w.f32s(t.transitions);
    w.bytes(encodeBuckets(t.buckets));
    w.bytes(t.codes);
  }
  return w.done();
}

export function decodeModel(bytes: Uint8Array): NerModelData {
  const r = new Reader(bytes);
  if (bytes.length < 8 || r.u32() !== MAGIC) throw new Error('not a Fact Annotator NER model');
  const version = r.u32();
  if (version !== VERSION) throw new Error(`NER model version ${version}, expected ${VERSION}`);
  const gazetteer = r.gazetteer();
  const lexicon = r.gazetteer();
  const passes: WeightTable[] = [];
  for (let n = r.u32(), k = 0; k < n; k++) {
    const bucketBits = r.u32(), rows = r.u32();
    const codebook = r.f32s(256);
    const transitions = r.f32s((TAG_COUNT + 1) * TAG_COUNT);
    const buckets = decodeBuckets(r.bytes(), rows);
    const codes = r.bytes();
    if (codes.length !== rows * TAG_COUNT) throw new Error('corrupt NER model (weights)');
    passes.push({ bucketBits, buckets, codes, codebook, transitions });
  }
  return { gazetteer, lexicon, passes };
}
