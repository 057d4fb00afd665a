/**
 * The memory snapshot of the started runtime (builder/snapshot.py, laid out as
 * builder/snapshot_format.py says): fetched while the page starts, its header handed to
 * `loadPyodide({_loadSnapshot})` as soon as it arrives (so Pyodide instantiates its WebAssembly
 * while the rest downloads), its non-zero pages written straight into the new module's memory as
 * they are decompressed. It is only an optimisation: whatever goes wrong (missing, corrupt, made
 * by another Pyodide build) ends in a normal start, said once in the console by the caller.
 */
import { absolute } from "./config";

const GZIP_MAGIC = [0x1f, 0x8b];
const MAGIC = "STBSNAP1";
/** MAGIC, then header length, memory length and run count (u32 little-endian). */
const PREFIX = 20;

interface Layout {
  /** Pyodide's own header: what `_loadSnapshot` resolves to (its memory part is empty). */
  header: Uint8Array;
  memoryLength: number;
  /** [start, length] of each non-zero stretch of memory, ascending. */
  runs: [number, number][];
}

/** A snapshot being downloaded and decompressed; `restoreInto` puts its memory in a module. */
export class Snapshot {
  /** Pyodide's header; rejects when the snapshot cannot be read. */
  readonly header: Promise<Uint8Array>;
  private readonly layout: Promise<Layout>;
  private readonly finished: Promise<void>;
  private memory: Uint8Array | null = null;
  private pending: Uint8Array[] = [];
  private run = 0;
  private offset = 0; // bytes of the current run written
  private runs: [number, number][] = [];
  private expected = 0; // bytes of memory the runs hold
  private received = 0;

  constructor(url: string) {
    let gotLayout!: (layout: Layout) => void;
    let failed!: (err: unknown) => void;
    this.layout = new Promise((resolve, reject) => {
      gotLayout = resolve;
      failed = reject;
    });
    this.finished = this.pump(url, gotLayout);
    this.finished.catch(failed); // before the layout arrived: nothing to restore from
    this.header = this.layout.then((layout) => layout.header);
    // Reported where they are awaited (the caller's fallback), never as unhandled rejections.
    this.header.catch(() => undefined);
    this.finished.catch(() => undefined);
  }

  /** Grow `module`'s memory to the snapshot's size and write the snapshot's memory into it. */
  async restoreInto(module: EmscriptenModule): Promise<void> {
    const layout = await this.layout;
    const before = module.HEAP8.length;
    if (before < layout.memoryLength && !module._emscripten_resize_heap(layout.memoryLength)) {
      throw new Error(`could not grow Pyodide's memory to ${layout.memoryLength} bytes`);
    }
    const memory = new Uint8Array(module.HEAP8.buffer, 0, layout.memoryLength);
    // What instantiating wrote where the snapshot has zeros (grown memory is zero already).
    let end = 0;
    for (const [start, length] of [...layout.runs, [layout.memoryLength, 0] as [number, number]]) {
      if (end < before && start > end) memory.fill(0, end, Math.min(start, before));
      end = start + length;
    }
    this.memory = memory;
    for (const chunk of this.pending.splice(0)) this.write(chunk);
    await this.finished;
  }

  private async pump(url: string, gotLayout: (layout: Layout) => void): Promise<void> {
    const reader = (await decompressed(url)).getReader();
    let head: Uint8Array = new Uint8Array(0);
    let layout: Layout | null = null;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (layout) {
        this.take(value);
        continue;
      }
      head = concat(head, value);
      layout = parseLayout(head);
      if (!layout) continue;
      this.runs = layout.runs;
      this.expected = layout.runs.reduce((sum, [, length]) => sum + length, 0);
      gotLayout(layout);
      this.take(head.subarray(layoutSize(layout)));
    }
    if (!layout || this.received < this.expected) throw new Error("the memory snapshot is truncated");
  }

  private take(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.received += chunk.length;
    if (this.received > this.expected) throw new Error("the memory snapshot has bytes past its last run");
    if (this.memory) this.write(chunk);
    else this.pending.push(chunk);
  }

  /** Copy decompressed bytes to where the current run says. */
  private write(chunk: Uint8Array): void {
    const memory = this.memory!;
    let at = 0;
    while (at < chunk.length) {
      const run = this.runs[this.run]!; // take() checked the total
      const n = Math.min(run[1] - this.offset, chunk.length - at);
      memory.set(chunk.subarray(at, at + n), run[0] + this.offset);
      at += n;
      this.offset += n;
      if (this.offset === run[1]) {
        this.run += 1;
        this.offset = 0;
      }
    }
  }
}

/** The snapshot's bytes as a stream, gunzipped (unless the host already decoded them). */
async function decompressed(url: string): Promise<ReadableStream<Uint8Array>> {
  const response = await fetch(absolute(url));
  if (!response.ok || !response.body) {
    throw new Error(`could not fetch ${url}: HTTP ${response.status} ${response.statusText}`.trim());
  }
  const reader = response.body.getReader();
  const first = await reader.read();
  const head = first.value ?? new Uint8Array();
  const body = new ReadableStream<BufferSource>({
    start(controller) {
      if (head.length) controller.enqueue(head);
      if (first.done) controller.close();
    },
    async pull(controller) {
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
  });
  const gzip = head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
  const stream = gzip ? body.pipeThrough(new DecompressionStream("gzip")) : body;
  return stream as ReadableStream<Uint8Array>;
}

/** The layout, once `head` holds all of it; null while more bytes are needed. */
function parseLayout(head: Uint8Array): Layout | null {
  if (head.length < PREFIX) return null;
  if (new TextDecoder().decode(head.subarray(0, MAGIC.length)) !== MAGIC) {
    throw new Error("not a stbundle memory snapshot");
  }
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const headerLength = view.getUint32(8, true);
  const memoryLength = view.getUint32(12, true);
  const count = view.getUint32(16, true);
  if (head.length < PREFIX + headerLength + 8 * count) return null;
  const runs: [number, number][] = [];
  let end = 0;
  for (let i = 0; i < count; i++) {
    const at = PREFIX + headerLength + 8 * i;
    const run: [number, number] = [view.getUint32(at, true), view.getUint32(at + 4, true)];
    if (run[0] < end || run[0] + run[1] > memoryLength) throw new Error("the memory snapshot's runs are out of order");
    end = run[0] + run[1];
    runs.push(run);
  }
  // A copy: Pyodide reads the header as 32-bit words, so it must start a buffer.
  const header = head.slice(PREFIX, PREFIX + headerLength);
  return { header, memoryLength, runs };
}

function layoutSize(layout: Layout): number {
  return PREFIX + layout.header.length + 8 * layout.runs.length;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

interface EmscriptenModule {
  HEAP8: Int8Array;
  _emscripten_resize_heap(size: number): boolean;
}

export type CreateModule = (settings: object) => Promise<EmscriptenModule>;

/**
 * Pyodide's module factory, made to restore `snapshot` into each new module before Pyodide reads
 * the snapshot's (empty) memory part: the module's memory is grown to the snapshot's size first
 * (Pyodide 314 sizes it from the wasm, not from `INITIAL_MEMORY`).
 */
export function restoringFrom(factory: Promise<{ default: CreateModule }>, snapshot: Snapshot): CreateModule {
  return async (settings) => {
    const { default: create } = await factory;
    const module = await create(settings);
    await snapshot.restoreInto(module);
    return module;
  };
}
