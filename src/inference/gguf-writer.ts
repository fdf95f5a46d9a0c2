/**
 * A minimal GGUF v3 writer: metadata key/values plus F32 tensors, laid out
 * exactly as llama.cpp's gguf reader expects. Output is deterministic: the same
 * input produces the same bytes.
 *
 * Format: magic "GGUF", version, tensor count, kv count, the kv pairs, the
 * tensor infos, padding to `general.alignment`, then the tensor data with each
 * tensor aligned. All integers little-endian.
 */

const GGUF_MAGIC = 0x46554747; // "GGUF" read as a little-endian u32
const GGUF_VERSION = 3;
export const GGUF_DEFAULT_ALIGNMENT = 32;

/** GGUF metadata value type ids. */
const T = {
  uint32: 4,
  int32: 5,
  float32: 6,
  bool: 7,
  string: 8,
  array: 9,
} as const;

/** ggml tensor type id for F32. */
const GGML_TYPE_F32 = 0;

export type GgufValue =
  | { type: 'uint32'; value: number }
  | { type: 'int32'; value: number }
  | { type: 'float32'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'string'; value: string }
  | { type: 'string[]'; value: readonly string[] }
  | { type: 'float32[]'; value: readonly number[] }
  | { type: 'int32[]'; value: readonly number[] };

export interface GgufTensor {
  readonly name: string;
  /** ggml order: dims[0] is the fastest-varying (row length). */
  readonly dims: readonly number[];
  readonly data: Float32Array;
}

/** Growable little-endian byte buffer. */
class ByteSink {
  private buf = Buffer.alloc(1 << 16);
  length = 0;

  private ensure(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = Buffer.alloc(size);
    this.buf.copy(next, 0, 0, this.length);
    this.buf = next;
  }

  u32(v: number): void { this.ensure(4); this.buf.writeUInt32LE(v, this.length); this.length += 4; }
  i32(v: number): void { this.ensure(4); this.buf.writeInt32LE(v, this.length); this.length += 4; }
  f32(v: number): void { this.ensure(4); this.buf.writeFloatLE(v, this.length); this.length += 4; }
  u64(v: number): void { this.ensure(8); this.buf.writeBigUInt64LE(BigInt(v), this.length); this.length += 8; }
  u8(v: number): void { this.ensure(1); this.buf.writeUInt8(v, this.length); this.length += 1; }
  bytes(b: Uint8Array): void { this.ensure(b.length); this.buf.set(b, this.length); this.length += b.length; }
  str(s: string): void { const b = Buffer.from(s, 'utf8'); this.u64(b.length); this.bytes(b); }
  padTo(alignment: number): void { while (this.length % alignment !== 0) this.u8(0); }
  result(): Buffer { return this.buf.subarray(0, this.length); }
}

function writeValue(sink: ByteSink, v: GgufValue): void {
  switch (v.type) {
    case 'uint32': sink.u32(T.uint32); sink.u32(v.value); return;
    case 'int32': sink.u32(T.int32); sink.i32(v.value); return;
    case 'float32': sink.u32(T.float32); sink.f32(v.value); return;
    case 'bool': sink.u32(T.bool); sink.u8(v.value ? 1 : 0); return;
    case 'string': sink.u32(T.string); sink.str(v.value); return;
    case 'string[]':
      sink.u32(T.array); sink.u32(T.string); sink.u64(v.value.length);
      for (const s of v.value) sink.str(s);
      return;
    case 'float32[]':
      sink.u32(T.array); sink.u32(T.float32); sink.u64(v.value.length);
      for (const x of v.value) sink.f32(x);
      return;
    case 'int32[]':
      sink.u32(T.array); sink.u32(T.int32); sink.u64(v.value.length);
      for (const x of v.value) sink.i32(x);
      return;
  }
}

function alignUp(n: number, alignment: number): number {
  return Math.ceil(n / alignment) * alignment;
}

/**
 * Serialises metadata and tensors into one GGUF v3 file image. Keys are
 * written in the given order; `general.alignment` is honoured if present.
 */
export function writeGguf(metadata: ReadonlyArray<readonly [string, GgufValue]>, tensors: readonly GgufTensor[]): Buffer {
  const alignEntry = metadata.find(([k]) => k === 'general.alignment');
  const alignment = alignEntry && alignEntry[1].type === 'uint32' ? alignEntry[1].value : GGUF_DEFAULT_ALIGNMENT;

  const sink = new ByteSink();
  sink.u32(GGUF_MAGIC);
  sink.u32(GGUF_VERSION);
  sink.u64(tensors.length);
  sink.u64(metadata.length);
  for (const [key, value] of metadata) {
    sink.str(key);
    writeValue(sink, value);
  }

  let offset = 0;
  const offsets: number[] = [];
  for (const t of tensors) {
    const elements = t.dims.reduce((a, b) => a * b, 1);
    if (elements !== t.data.length) throw new Error(`tensor ${t.name}: dims ${t.dims.join('x')} do not match ${t.data.length} values`);
    offsets.push(offset);
    offset = alignUp(offset + t.data.byteLength, alignment);
  }
  tensors.forEach((t, i) => {
    sink.str(t.name);
    sink.u32(t.dims.length);
    for (const d of t.dims) sink.u64(d);
    sink.u32(GGML_TYPE_F32);
    sink.u64(offsets[i] ?? 0);
  });

  sink.padTo(alignment);
  for (const t of tensors) {
    const bytes = new Uint8Array(t.data.length * 4);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < t.data.length; i++) view.setFloat32(i * 4, t.data[i] ?? 0, true);
    sink.bytes(bytes);
    sink.padTo(alignment);
  }
  return sink.result();
}
