// The syntax model file (syntax.bin): the label lists it was trained with, the tag dictionary, then one sparse weight
// table per pass (POS, chunk): kept feature buckets, and per bucket only its non-zero labels with one-byte weight codes.
import { CHUNK_TAGS, POS_TAGS } from './labels';
import type { TagDictionary } from './tag-dictionary';

const MAGIC = 0x4e595346; // "FSYN" little-endian
const VERSION = 2;

export interface SparseTable {
  /** Feature hashes are reduced to `hash & ((1 << bucketBits) - 1)` before lookup. */
  bucketBits: number;
  /** Sorted bucket ids of the rows kept. */
  buckets: Uint32Array;
  /** Row r's entries are rowStarts[r] .. rowStarts[r + 1] - 1. */
  rowStarts: Uint32Array;
  /** Label id of each entry. */
  labels: Uint8Array;
  /** Codebook index of each entry's weight. */
  codes: Uint8Array;
  codebook: Float32Array;
}

export interface SyntaxModelData {
  dictionary: TagDictionary;
  pos: SparseTable;
  chunk: SparseTable;
}

/** Label lists are ASCII: plain byte copies, with no TextDecoder to set up while the worker starts. */
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const unascii = (b: Uint8Array) => String.fromCharCode(...b);

class Writer {
  private parts: Uint8Array[] = [];
  u32(v: number) { const b = new Uint8Array(4); new DataView(b.buffer).setUint32(0, v, true); this.parts.push(b); }
  bytes(b: Uint8Array) { this.u32(b.length); this.parts.push(b); }
  f32s(v: Float32Array) { this.bytes(new Uint8Array(Float32Array.from(v).buffer)); }
  done(): Uint8Array {
    const out = new Uint8Array(this.parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of this.parts) { out.set(p, at); at += p.length; }
    return out;
  }
}

class Reader {
  private at = 0;
  private readonly view: DataView;
  constructor(private readonly b: Uint8Array) { this.view = new DataView(b.buffer, b.byteOffset, b.byteLength); }
  u32() { if (this.at + 4 > this.b.length) throw new Error('corrupt syntax model (truncated)'); const v = this.view.getUint32(this.at, true); this.at += 4; return v; }
  bytes() { const n = this.u32(); if (this.at + n > this.b.length) throw new Error('corrupt syntax model (truncated)'); const out = this.b.subarray(this.at, this.at + n); this.at += n; return out; }
  f32s() { const b = this.bytes(); const out = new Float32Array(b.length >> 2); new Uint8Array(out.buffer).set(b.subarray(0, out.length * 4)); return out; }
}

/** Unsigned LEB128 varints: sorted bucket gaps and small row lengths mostly fit one byte. */
function varints(values: ArrayLike<number>): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    let v = values[i];
    while (v >= 0x80) { out.push((v & 0x7f) | 0x80); v >>>= 7; }
    out.push(v);
  }
  return Uint8Array.from(out);
}

function unvarints(bytes: Uint8Array, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let p = 0;
  for (let i = 0; i < count; i++) {
    let v = 0, shift = 0, b: number;
    // Values stay below 2^28 (buckets below 2^bucketBits, short rows), so 32-bit shifts are exact and fast.
    do { b = bytes[p++]; v |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80 && shift < 28);
    if (b & 0x80 || p > bytes.length) throw new Error('corrupt syntax model (varints)');
    out[i] = v >>> 0;
  }
  if (p !== bytes.length) throw new Error('corrupt syntax model (varints)');
  return out;
}

function writeTable(w: Writer, t: SparseTable): void {
  const rows = t.buckets.length;
  const gaps = t.buckets.map((b, r) => (r ? b - t.buckets[r - 1] : b));
  const lengths = new Uint32Array(rows).map((_, r) => t.rowStarts[r + 1] - t.rowStarts[r]);
  w.u32(t.bucketBits); w.u32(rows); w.u32(t.labels.length);
  w.f32s(t.codebook);
  w.bytes(varints(gaps)); w.bytes(varints(lengths)); w.bytes(t.labels); w.bytes(t.codes);
}

function readTable(r: Reader, labelCount: number): SparseTable {
  const bucketBits = r.u32(), rows = r.u32(), entries = r.u32();
  const codebook = r.f32s();
  const gaps = unvarints(r.bytes(), rows), lengths = unvarints(r.bytes(), rows);
  const labels = r.bytes(), codes = r.bytes();
  if (codebook.length !== 256 || labels.length !== entries || codes.length !== entries) throw new Error('corrupt syntax model (weights)');
  const buckets = new Uint32Array(rows), rowStarts = new Uint32Array(rows + 1);
  for (let i = 0; i < rows; i++) { buckets[i] = (i ? buckets[i - 1] : 0) + gaps[i]; rowStarts[i + 1] = rowStarts[i] + lengths[i]; }
  let maxLabel = 0;
  for (let e = 0; e < entries; e++) if (labels[e] > maxLabel) maxLabel = labels[e];
  if (rowStarts[rows] !== entries || maxLabel >= labelCount) throw new Error('corrupt syntax model (rows)');
  return { bucketBits, buckets, rowStarts, labels, codes, codebook };
}

export function encodeSyntaxModel(m: SyntaxModelData): Uint8Array {
  const w = new Writer();
  w.u32(MAGIC); w.u32(VERSION);
  w.bytes(ascii(POS_TAGS.join(' '))); w.bytes(ascii(CHUNK_TAGS.join(' ')));
  w.bytes(new Uint8Array(Uint32Array.from(m.dictionary.hashes).buffer)); w.bytes(m.dictionary.tags);
  writeTable(w, m.pos); writeTable(w, m.chunk);
  return w.done();
}

export function decodeSyntaxModel(bytes: Uint8Array): SyntaxModelData {
  const r = new Reader(bytes);
  if (bytes.length < 8 || r.u32() !== MAGIC) throw new Error('not a Fact Annotator syntax model');
  const version = r.u32();
  if (version !== VERSION) throw new Error(`syntax model version ${version}, expected ${VERSION}`);
  // Label ids are positions in these lists: a model trained with other lists would mislabel everything.
  if (unascii(r.bytes()) !== POS_TAGS.join(' ') || unascii(r.bytes()) !== CHUNK_TAGS.join(' ')) throw new Error('syntax model was trained with other label lists');
  const hashBytes = r.bytes(), tags = r.bytes();
  if (hashBytes.length !== tags.length * 4 || tags.some((t) => t >= POS_TAGS.length)) throw new Error('corrupt syntax model (dictionary)');
  const hashes = new Uint32Array(tags.length);
  new Uint8Array(hashes.buffer).set(hashBytes);
  return { dictionary: { hashes, tags: tags.slice() }, pos: readTable(r, POS_TAGS.length), chunk: readTable(r, CHUNK_TAGS.length) };
}
