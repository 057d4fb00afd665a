/**
 * Reading a proto Frame (typed packed columns): each cell's text as the grid and st.table show
 * it, and a sort key. Shared by the core (st.table) and the grid chunk (which bundles its own
 * copy: this module keeps no state).
 */
import { type Frame, type FrameColumn, FrameColumn_Kind as Kind } from "./gen/stbundle";

/** One column ready to show: its label, whether it holds numbers (right-aligned), its cells. */
export interface ShownColumn {
  readonly name: string;
  readonly dtype: string;
  readonly numeric: boolean;
  readonly isIndex: boolean;
  /** The text of row r ("" for null cells: see `isNull`). */
  text(r: number): string;
  isNull(r: number): boolean;
  /** A value that sorts the column: a number or a string; null cells sort last. */
  sortKey(r: number): number | string;
}

function bit(bytes: Uint8Array, i: number): boolean {
  const b = i >> 3;
  return b < bytes.length && ((bytes[b] >> (i & 7)) & 1) === 1;
}

const UNIT_MS: Record<string, number> = { s: 1000, ms: 1, us: 1e-3, ns: 1e-6 };

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function isoDate(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function isoTime(d: Date, fractionMs: number): string {
  const base = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return fractionMs ? `${base}.${pad(fractionMs, 3)}` : base;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** Wall-clock time of `ms` in `zone` as a UTC date (so the UTC getters read local parts). */
function inZone(ms: number, zone: string): Date {
  let fmt = zoneFormats.get(zone);
  if (!fmt) {
    try {
      fmt = new Intl.DateTimeFormat("en-US", {
        timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric",
        hour: "numeric", minute: "numeric", second: "numeric",
      });
    } catch {
      fmt = new Intl.DateTimeFormat("en-US", { timeZone: "UTC" });
    }
    zoneFormats.set(zone, fmt);
  }
  const p: Record<string, number> = {};
  for (const part of fmt.formatToParts(new Date(ms))) p[part.type] = Number(part.value);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, ms % 1000));
}

function floatText(v: number): string {
  if (Number.isNaN(v)) return "";
  if (!Number.isFinite(v)) return v > 0 ? "∞" : "-∞";
  if (Number.isInteger(v) && Math.abs(v) < 1e16) return v.toFixed(1).replace(/\.0$/, "");
  const fixed = Math.abs(v) >= 1e-4 && Math.abs(v) < 1e16 ? v.toFixed(4) : v.toPrecision(5);
  return fixed.includes("e") ? fixed : fixed.replace(/0+$/, "").replace(/\.$/, "");
}

function durationText(ms: number): string {
  const sign = ms < 0 ? "-" : "";
  let rest = Math.abs(ms);
  const days = Math.floor(rest / 86_400_000);
  rest -= days * 86_400_000;
  const d = new Date(rest);
  return `${sign}${days} day${days === 1 ? "" : "s"} ${isoTime(d, Math.round(rest % 1000))}`;
}

/** A bytes field as a fresh, aligned buffer (protobuf gives a view at any offset). */
function aligned(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer as ArrayBuffer;
}

/** `ints` read in place: value of row r as a number (int64 beyond 2^53 loses precision). */
function intReader(col: FrameColumn): (r: number) => number {
  const buf = aligned(col.ints);
  switch (col.intWidth) {
    case 1: { const a = new Int8Array(buf); return (r) => a[r]; }
    case 2: { const a = new Int16Array(buf); return (r) => a[r]; }
    case 4: { const a = new Int32Array(buf); return (r) => a[r]; }
    default: { const a = new BigInt64Array(buf); return (r) => Number(a[r]); }
  }
}

const utf8 = new TextDecoder();

/** `text` cells, decoded when first read. */
function textReader(col: FrameColumn): (r: number) => string {
  const ends = new Uint32Array(aligned(col.textEnds));
  const data = col.text;
  const cache: (string | undefined)[] = [];
  return (r) => {
    let t = cache[r];
    if (t === undefined) {
      t = r < ends.length ? utf8.decode(data.subarray(r ? ends[r - 1] : 0, ends[r])) : "";
      cache[r] = t;
    }
    return t;
  };
}

/** The text of one cell of a column, and its sort key. */
function reader(col: FrameColumn): { text: (r: number) => string; key: (r: number) => number | string } {
  const int = intReader(col);
  switch (col.kind) {
    case Kind.INT:
      return { text: (r) => String(int(r)), key: int };
    case Kind.FLOAT: {
      const f = new Float64Array(aligned(col.floats));
      return { text: (r) => floatText(f[r]), key: (r) => f[r] };
    }
    case Kind.BOOL:
      return { text: (r) => String(bit(col.bools, r)), key: (r) => (bit(col.bools, r) ? 1 : 0) };
    case Kind.DATETIME: {
      const scale = UNIT_MS[col.unit] ?? 1;
      return {
        text: (r) => {
          const ms = int(r) * scale;
          const d = col.timezone ? inZone(ms, col.timezone) : new Date(ms);
          return `${isoDate(d)} ${isoTime(d, Math.round(((ms % 1000) + 1000) % 1000))}`;
        },
        key: int,
      };
    }
    case Kind.DATE:
      return { text: (r) => isoDate(new Date(int(r) * 86_400_000)), key: int };
    case Kind.TIME:
      return { text: (r) => isoTime(new Date(int(r) / 1000), Math.round((int(r) / 1000) % 1000)), key: int };
    case Kind.TIMEDELTA: {
      const scale = UNIT_MS[col.unit] ?? 1;
      return { text: (r) => durationText(int(r) * scale), key: int };
    }
    case Kind.CATEGORY:
    case Kind.STRING:
      if (col.categories.length) {
        const cat = (r: number): string => col.categories[int(r)] ?? "";
        return { text: cat, key: cat };
      }
      break;
    case Kind.DECIMAL: {
      const t = textReader(col);
      return { text: t, key: (r) => Number(t(r)) };
    }
    default:
      break;
  }
  const t = textReader(col);
  return { text: t, key: t };
}

const NUMERIC = new Set<Kind>([Kind.INT, Kind.FLOAT, Kind.DECIMAL, Kind.TIMEDELTA]);

function shown(col: FrameColumn, isIndex: boolean): ShownColumn {
  const read = reader(col);
  const nulls = col.nulls;
  const floats = col.kind === Kind.FLOAT ? new Float64Array(aligned(col.floats)) : null;
  const codes = col.categories.length ? intReader(col) : null;
  const isNull = (r: number): boolean =>
    (nulls.length > 0 && bit(nulls, r)) || (floats !== null && Number.isNaN(floats[r])) ||
    (codes !== null && codes(r) < 0);
  const display = col.display;
  return {
    name: col.name,
    dtype: col.dtype,
    numeric: NUMERIC.has(col.kind),
    isIndex,
    text: display.length ? (r) => display[r] ?? "" : (r) => (isNull(r) ? "" : read.text(r)),
    isNull,
    sortKey: (r) => (isNull(r) ? Number.NaN : read.key(r)),
  };
}

/** A column holding the row numbers 0..n-1 (a frame's default RangeIndex). */
function rangeColumn(): ShownColumn {
  return {
    name: "", dtype: "int64", numeric: true, isIndex: true,
    text: (r) => String(r), isNull: () => false, sortKey: (r) => r,
  };
}

/** The columns to show, index first (unless hidden), data columns in `order` when given. */
export function shownColumns(frame: Frame, hideIndex: boolean, order: readonly string[] = []): ShownColumn[] {
  const out: ShownColumn[] = [];
  if (!hideIndex) {
    if (frame.rangeIndex || frame.index.length === 0) out.push(rangeColumn());
    else for (const level of frame.index) out.push(shown(level, true));
  }
  const data = frame.columns.map((c) => shown(c, false));
  if (order.length) {
    for (const name of order) {
      const c = data.find((d) => d.name === name);
      if (c) out.push(c);
    }
  } else {
    out.push(...data);
  }
  return out;
}

/** Compares two sort keys: numbers numerically, text by locale; nulls (NaN) last. */
export function compareKeys(a: number | string, b: number | string): number {
  const an = typeof a === "number" && Number.isNaN(a);
  const bn = typeof b === "number" && Number.isNaN(b);
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b));
}
