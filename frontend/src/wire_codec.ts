/**
 * Protobuf binary decode and encode for every message of proto/stbundle.proto, driven by the
 * field table gen.mjs writes (gen/wire_schema.ts). One small table-driven codec instead of
 * generated per-message code keeps the core renderer small; the objects it builds have the
 * shape of ts-proto's types (gen/stbundle.ts): lowerCamelCase properties, proto3 defaults for
 * scalars and repeated fields, `undefined` for absent messages and `optional` fields, oneofs as
 * `{ $case, value }`, 64-bit integers as numbers (an unsafe integer is an error, not a silent
 * rounding). tests/frontend/test_wire_codec.py checks it against ts-proto's generated code.
 */
import { type FieldRow, type MessageTypes, schema } from "./gen/wire_schema";

type MessageName = keyof MessageTypes;
type Obj = Record<string, unknown>;

// Protobuf field types (FieldDescriptorProto.Type) used as table codes.
const DOUBLE = 1, FLOAT = 2, INT64 = 3, UINT64 = 4, INT32 = 5, FIXED64 = 6, FIXED32 = 7, BOOL = 8;
const STRING = 9, MESSAGE = 11, BYTES = 12, UINT32 = 13, ENUM = 14, SFIXED32 = 15, SFIXED64 = 16;
const SINT32 = 17, SINT64 = 18;
const REPEATED = 1, OPTIONAL = 2;

/** The wire type a field of this protobuf type is written with (0 varint, 1 fixed64, 5 fixed32). */
function wireType(type: number): number {
  if (type === DOUBLE || type === FIXED64 || type === SFIXED64) return 1;
  if (type === FLOAT || type === FIXED32 || type === SFIXED32) return 5;
  return type === STRING || type === BYTES || type === MESSAGE ? 2 : 0;
}

interface Field {
  no: number;
  key: string;
  type: number;
  repeated: boolean;
  optional: boolean;
  ref: MessageName;
  oneof: string;
}

interface Compiled {
  fields: Field[];
  /** Fields by number (a sparse array: numbers are small). */
  byNumber: (Field | undefined)[];
  /** A decoded message before its fields are read: every property at its default. Copied,
   * so all messages of a type share one object shape; `fresh` lists the properties whose
   * default is mutable (lists, bytes) and must not be shared. */
  template: Obj;
  fresh: [string, () => unknown][];
}

const compiled = new Map<string, Compiled>();

/** A message's table turned into lookups, once per message type. */
function compile(name: MessageName): Compiled {
  let c = compiled.get(name);
  if (c === undefined) {
    const fields = (schema[name] as readonly FieldRow[]).map(
      ([no, key, type, flags = 0, ref = "", oneof = ""]): Field => ({
        no,
        key,
        type,
        repeated: (flags & REPEATED) !== 0,
        optional: (flags & OPTIONAL) !== 0,
        ref: ref as MessageName,
        oneof,
      }),
    );
    const byNumber: (Field | undefined)[] = [];
    const template: Obj = {};
    const fresh: [string, () => unknown][] = [];
    for (const f of fields) {
      byNumber[f.no] = f;
      if (f.repeated) fresh.push([f.key, () => []]);
      else if (f.oneof || f.type === MESSAGE || f.optional) template[f.oneof || f.key] = undefined;
      else if (f.type === BYTES) fresh.push([f.key, () => new Uint8Array(0)]);
      else template[f.key] = scalarDefault(f.type);
    }
    for (const [key] of fresh) template[key] = undefined;
    c = { fields, byNumber, template, fresh };
    compiled.set(name, c);
  }
  return c;
}

/** proto3's implicit default of a singular scalar field. */
function scalarDefault(type: number): unknown {
  if (type === STRING) return "";
  if (type === BOOL) return false;
  if (type === BYTES) return new Uint8Array(0);
  return 0;
}

// ---- decode -------------------------------------------------------------------------------

const utf8Decoder = new TextDecoder();
const TWO_32 = 4294967296;

class Reader {
  pos = 0;
  readonly view: DataView;
  constructor(readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  /** A varint's low 32 bits as an unsigned number; the rest of a longer varint is skipped. */
  uint32(): number {
    const buf = this.buf;
    let value = 0;
    for (let shift = 0; shift < 32; shift += 7) {
      const b = buf[this.pos++];
      if (b === undefined) throw new RangeError("truncated protobuf message");
      value |= (b & 0x7f) << shift;
      if (b < 0x80) return value >>> 0;
    }
    // A negative int32 takes ten bytes: the high ones carry no information here.
    for (let i = 0; i < 5; i++) if (buf[this.pos++] < 0x80) return value >>> 0;
    throw new RangeError("invalid varint in protobuf message");
  }

  /** A full 64-bit varint, exact. */
  uint64(): bigint {
    let value = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      const b = this.buf[this.pos++];
      if (b === undefined) throw new RangeError("truncated protobuf message");
      value |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) return value;
    }
    throw new RangeError("invalid varint in protobuf message");
  }

  /** Where a length-delimited part of `n` bytes starting here ends. */
  limit(n: number): number {
    const end = this.pos + n;
    if (end > this.buf.length) throw new RangeError("truncated protobuf message");
    return end;
  }

  take(n: number): number {
    const start = this.pos;
    this.pos += n;
    if (this.pos > this.buf.length) throw new RangeError("truncated protobuf message");
    return start;
  }

  bytes(): Uint8Array {
    const n = this.uint32();
    const start = this.take(n);
    return this.buf.subarray(start, start + n);
  }

  skip(wire: number): void {
    if (wire === 0) this.uint64();
    else if (wire === 1) this.take(8);
    else if (wire === 2) this.take(this.uint32());
    else if (wire === 5) this.take(4);
    else throw new RangeError(`unsupported protobuf wire type ${wire}`);
  }
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError("a 64-bit integer in a protobuf message is beyond Number.MAX_SAFE_INTEGER");
  }
  return Number(value);
}

function readScalar(r: Reader, type: number): unknown {
  switch (type) {
    case STRING:
      return utf8Decoder.decode(r.bytes());
    case BOOL:
      return r.uint32() !== 0;
    case INT32:
      return r.uint32() | 0;
    case UINT32:
    case ENUM:
      return r.uint32();
    case SINT32: {
      const n = r.uint32();
      return (n >>> 1) ^ -(n & 1);
    }
    case DOUBLE:
      return r.view.getFloat64(r.take(8), true);
    case FLOAT:
      return r.view.getFloat32(r.take(4), true);
    case FIXED32:
      return r.view.getUint32(r.take(4), true);
    case SFIXED32:
      return r.view.getInt32(r.take(4), true);
    case BYTES:
      return r.bytes();
    case INT64:
      return safeNumber(BigInt.asIntN(64, r.uint64()));
    case UINT64:
      return safeNumber(r.uint64());
    case SINT64: {
      const n = r.uint64();
      return safeNumber(n & 1n ? -(n >> 1n) - 1n : n >> 1n);
    }
    case FIXED64:
      return safeNumber(r.view.getBigUint64(r.take(8), true));
    case SFIXED64:
      return safeNumber(r.view.getBigInt64(r.take(8), true));
  }
  throw new RangeError(`unsupported protobuf field type ${type}`);
}

function readMessage(name: MessageName, r: Reader, end: number): Obj {
  const { byNumber, template, fresh } = compile(name);
  const obj: Obj = { ...template };
  for (let i = 0; i < fresh.length; i++) obj[fresh[i][0]] = fresh[i][1]();
  while (r.pos < end) {
    const tag = r.uint32();
    const wire = tag & 7;
    const f = byNumber[tag >>> 3];
    if (f === undefined) {
      r.skip(wire);
      continue;
    }
    let value: unknown;
    if (f.type === MESSAGE) {
      if (wire !== 2) throw new RangeError(`field ${f.key} of ${name} has wire type ${wire}`);
      value = readMessage(f.ref, r, r.limit(r.uint32()));
    } else if (f.repeated && wire === 2 && f.type !== STRING && f.type !== BYTES) {
      // A packed run of numbers.
      const list = obj[f.key] as unknown[];
      const packedEnd = r.limit(r.uint32());
      while (r.pos < packedEnd) list.push(readScalar(r, f.type));
      if (r.pos !== packedEnd) throw new RangeError(`packed field ${f.key} of ${name} overruns its length`);
      continue;
    } else {
      value = readScalar(r, f.type);
    }
    if (f.repeated) (obj[f.key] as unknown[]).push(value);
    else if (f.oneof) obj[f.oneof] = { $case: f.key, value };
    else obj[f.key] = value;
  }
  if (r.pos !== end) throw new RangeError(`protobuf message ${name} overruns its length`);
  return obj;
}

/** Decodes one message of type `name` from its binary encoding. */
export function decodeMessage<K extends MessageName>(name: K, bytes: Uint8Array): MessageTypes[K] {
  const r = new Reader(bytes);
  return readMessage(name, r, bytes.length) as unknown as MessageTypes[K];
}

// ---- encode -------------------------------------------------------------------------------

const utf8Encoder = new TextEncoder();

class Writer {
  private buf = new Uint8Array(64);
  private view = new DataView(this.buf.buffer);
  pos = 0;

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
    grown.set(this.buf);
    this.buf = grown;
    this.view = new DataView(grown.buffer);
  }

  varint(value: number): void {
    this.room(10);
    if (value >= 0 && value < TWO_32) {
      while (value > 0x7f) {
        this.buf[this.pos++] = (value & 0x7f) | 0x80;
        value = Math.floor(value / 128);
      }
      this.buf[this.pos++] = value;
    } else {
      this.bigVarint(BigInt.asUintN(64, BigInt(value)));
    }
  }

  bigVarint(value: bigint): void {
    this.room(10);
    while (value > 0x7fn) {
      this.buf[this.pos++] = Number(value & 0x7fn) | 0x80;
      value >>= 7n;
    }
    this.buf[this.pos++] = Number(value);
  }

  raw(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  fixed(size: 4 | 8, write: (view: DataView, at: number) => void): void {
    this.room(size);
    write(this.view, this.pos);
    this.pos += size;
  }

  finish(): Uint8Array<ArrayBuffer> {
    return this.buf.slice(0, this.pos);
  }
}

function writeScalar(w: Writer, type: number, value: unknown): void {
  switch (type) {
    case STRING:
      return writeBytes(w, utf8Encoder.encode(value as string));
    case BYTES:
      return writeBytes(w, value as Uint8Array);
    case BOOL:
      return w.varint(value ? 1 : 0);
    case INT32:
    case UINT32:
    case ENUM:
    case INT64:
    case UINT64:
      return w.varint(value as number);
    case SINT32:
    case SINT64: {
      const n = BigInt(value as number);
      return w.bigVarint(BigInt.asUintN(64, (n << 1n) ^ (n < 0n ? -1n : 0n)));
    }
    case DOUBLE:
      return w.fixed(8, (v, at) => v.setFloat64(at, value as number, true));
    case FLOAT:
      return w.fixed(4, (v, at) => v.setFloat32(at, value as number, true));
    case FIXED32:
      return w.fixed(4, (v, at) => v.setUint32(at, value as number, true));
    case SFIXED32:
      return w.fixed(4, (v, at) => v.setInt32(at, value as number, true));
    case FIXED64:
      return w.fixed(8, (v, at) => v.setBigUint64(at, BigInt(value as number), true));
    case SFIXED64:
      return w.fixed(8, (v, at) => v.setBigInt64(at, BigInt(value as number), true));
  }
  throw new RangeError(`unsupported protobuf field type ${type}`);
}

function writeBytes(w: Writer, bytes: Uint8Array): void {
  w.varint(bytes.length);
  w.raw(bytes);
}

function writeField(w: Writer, f: Field, value: unknown): void {
  if (f.type === MESSAGE) {
    w.varint((f.no << 3) | 2);
    writeBytes(w, encodeMessage(f.ref, value as never));
  } else {
    w.varint((f.no << 3) | wireType(f.type));
    writeScalar(w, f.type, value);
  }
}

function isDefault(f: Field, value: unknown): boolean {
  if (f.type === BYTES) return (value as Uint8Array).length === 0;
  return value === scalarDefault(f.type);
}

/** Encodes `message` of type `name`: fields at their proto3 default are left out. */
export function encodeMessage<K extends MessageName>(name: K, message: MessageTypes[K]): Uint8Array<ArrayBuffer> {
  const obj = message as unknown as Obj;
  const w = new Writer();
  for (const f of compile(name).fields) {
    if (f.oneof) {
      const chosen = obj[f.oneof] as { $case: string; value: unknown } | undefined;
      if (chosen?.$case === f.key) writeField(w, f, chosen.value);
      continue;
    }
    const value = obj[f.key];
    if (value === undefined || value === null) continue;
    if (!f.repeated) {
      if (f.type === MESSAGE || f.optional || !isDefault(f, value)) writeField(w, f, value);
    } else if (f.type === STRING || f.type === BYTES || f.type === MESSAGE) {
      for (const item of value as unknown[]) writeField(w, f, item);
    } else if ((value as unknown[]).length) {
      // Repeated numbers are packed, as proto3 does by default.
      const packed = new Writer();
      for (const item of value as unknown[]) writeScalar(packed, f.type, item);
      w.varint((f.no << 3) | 2);
      writeBytes(w, packed.finish());
    }
  }
  return w.finish();
}
