/**
 * The memory snapshot of the started runtime (builder/snapshot.py, laid out as
 * builder/snapshot_format.py says): fetched while the page starts, its header handed to
 * `loadPyodide({_loadSnapshot})` from the layout's own small file as soon as that arrives
 * (Pyodide instantiates its WebAssembly only once it has the header: taken from the snapshot's
 * first inflated bytes, that waited for the worker's start and download, ~0.3-0.5 s into a warm
 * visit), its shipped pages written straight into the new module's memory as they are
 * decompressed; the pages it keeps as instantiation left them are checked, not shipped.
 * It is only an optimisation: whatever goes wrong (missing, corrupt, made by another Pyodide
 * build) ends in a normal start, said once in the console by the caller.
 */
import { absolute } from "./config";

const MAGIC = "STBSNAP2";
/** MAGIC, then header length, memory length, run count, kept count, kept checksum (u32 LE). */
const PREFIX = 28;

interface Layout {
  /** The layout's bytes, as the snapshot starts with them. */
  bytes: Uint8Array;
  /** Pyodide's own header: what `_loadSnapshot` resolves to (its memory part is empty). */
  header: Uint8Array;
  memoryLength: number;
  /** [start, length] of each shipped stretch of memory, ascending. */
  runs: [number, number][];
  /** [start, length] of each stretch left as instantiating the module wrote it, ascending. */
  kept: [number, number][];
  /** FNV-1a of every 16th 32-bit word of the kept stretches. */
  keptChecksum: number;
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

  /** `url`: the snapshot; `layoutUrl`: its layout, the file the snapshot must start with. */
  constructor(url: string, layoutUrl: string) {
    let failed!: (err: unknown) => void;
    const bodyFailed = new Promise<never>((_, reject) => (failed = reject));
    // A snapshot that fails before the layout arrived: nothing to restore from.
    this.layout = Promise.race([fetchLayout(layoutUrl), bodyFailed]);
    this.finished = this.pump(url);
    this.finished.catch(failed);
    this.header = this.layout.then((layout) => {
      performance.mark("stb:snapshot-header");
      return layout.header;
    });
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
    if (checksum(memory, layout.kept) !== layout.keptChecksum) {
      throw new Error("this Pyodide module starts with other memory than the snapshot was made from");
    }
    // What instantiating wrote where the snapshot has zeros (grown memory is zero already).
    const written = [...layout.runs, ...layout.kept].sort((a, b) => a[0] - b[0]);
    let end = 0;
    for (const [start, length] of [...written, [layout.memoryLength, 0] as [number, number]]) {
      if (end < before && start > end) memory.fill(0, end, Math.min(start, before));
      end = start + length;
    }
    this.memory = memory;
    for (const chunk of this.pending.splice(0)) this.write(chunk);
    await this.finished;
  }

  private async pump(url: string): Promise<void> {
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
      const expected = await this.layout;
      const size = expected.bytes.length;
      if (head.length < size) continue;
      if (!sameBytes(head.subarray(0, size), expected.bytes)) throw new Error("the memory snapshot does not start with its layout file");
      layout = expected;
      this.runs = layout.runs;
      this.expected = layout.runs.reduce((sum, [, length]) => sum + length, 0);
      this.take(head.subarray(layout.bytes.length));
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

/**
 * The snapshot's bytes as a stream, gunzipped (unless the host already decoded them). The
 * download and the gunzip run in a worker: inflating 26 MB took 150-300 ms of the page's main
 * thread, in the middle of Pyodide's start (and on a returning visit it held up the wasm's
 * streaming from the HTTP cache, which the main thread feeds). Where a worker cannot be made
 * (a Content-Security-Policy without blob: workers), the same code runs in the page.
 */
async function decompressed(url: string): Promise<ReadableStream<Uint8Array>> {
  const source = absolute(url);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const emit = (chunk: Uint8Array | null): void => (chunk ? controller.enqueue(chunk) : controller.close());
      const inPage = (): void => void pumpDecompressed(source, emit).catch((err) => controller.error(err));
      let worker: Worker;
      try {
        const code = WORKER.replace("PUMP", pumpDecompressed.toString());
        const blobUrl = URL.createObjectURL(new Blob([code], { type: "text/javascript" }));
        worker = new Worker(blobUrl);
        URL.revokeObjectURL(blobUrl);
      } catch {
        inPage();
        return;
      }
      let received = false;
      worker.onmessage = (event: MessageEvent<Uint8Array | null | { error: string }>) => {
        received = true;
        const data = event.data;
        if (data === null || data instanceof Uint8Array) emit(data);
        else controller.error(new Error(data.error));
        if (!(data instanceof Uint8Array)) worker.terminate();
      };
      worker.onerror = (event) => {
        event.preventDefault();
        worker.terminate();
        if (received) controller.error(new Error(`the snapshot's worker failed: ${event.message}`));
        else inPage(); // the worker never ran (its script refused): do it here
      };
      worker.postMessage(source);
    },
  });
}

/**
 * The worker: `PUMP` is pumpDecompressed's source. Its output is posted in pieces of about 4 MiB,
 * so the page handles a few messages, not one per inflated block: on a warm visit they wait for
 * Pyodide's instantiation, then each took ~1 ms of the page's main thread (15 of them with
 * pieces of 1 MiB, in a trace under load). Nothing waits for the first piece: Pyodide's header
 * comes from the layout's own file.
 */
const WORKER = `
onmessage = (event) => {
  let parts = [], size = 0;
  const post = () => {
    const out = new Uint8Array(size);
    let at = 0;
    for (const part of parts) { out.set(part, at); at += part.length; }
    parts = []; size = 0;
    postMessage(out, [out.buffer]);
  };
  (PUMP)(event.data, (chunk) => {
    if (chunk) {
      parts.push(chunk); size += chunk.length;
      if (size >= 1 << 22) post();
    } else {
      if (size) post();
      postMessage(null);
    }
  }).catch((err) => postMessage({ error: String((err && err.message) || err) }));
};`;

/**
 * Fetch `url` and hand its bytes to `emit`, gunzipped when they are gzip, then `null`. Whole in
 * itself (no outside names): its source is also the snapshot worker's.
 */
async function pumpDecompressed(url: string, emit: (chunk: Uint8Array | null) => void): Promise<void> {
  const response = await fetch(url);
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
  const gzip = head[0] === 0x1f && head[1] === 0x8b;
  const stream = (gzip ? body.pipeThrough(new DecompressionStream("gzip")) : body) as ReadableStream<Uint8Array>;
  const out = stream.getReader();
  for (;;) {
    const next = await out.read();
    if (next.done) break;
    emit(next.value);
  }
  emit(null);
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
  const keptCount = view.getUint32(20, true);
  if (head.length < PREFIX + headerLength + 8 * (count + keptCount)) return null;
  const table = (first: number, n: number): [number, number][] => {
    const runs: [number, number][] = [];
    let end = 0;
    for (let i = first; i < first + n; i++) {
      const at = PREFIX + headerLength + 8 * i;
      const run: [number, number] = [view.getUint32(at, true), view.getUint32(at + 4, true)];
      if (run[0] < end || run[0] + run[1] > memoryLength) throw new Error("the memory snapshot's runs are out of order");
      end = run[0] + run[1];
      runs.push(run);
    }
    return runs;
  };
  // A copy: Pyodide reads the header as 32-bit words, so it must start a buffer.
  const header = head.slice(PREFIX, PREFIX + headerLength);
  const bytes = head.subarray(0, PREFIX + headerLength + 8 * (count + keptCount));
  const [runs, kept] = [table(0, count), table(count, keptCount)];
  return { bytes, header, memoryLength, runs, kept, keptChecksum: view.getUint32(24, true) };
}

/** The layout's own file (fetched here, not in the snapshot's worker: it is needed first). */
async function fetchLayout(url: string): Promise<Layout> {
  const response = await fetch(absolute(url));
  if (!response.ok) throw new Error(`could not fetch ${url}: HTTP ${response.status} ${response.statusText}`.trim());
  const data = new Uint8Array(await response.arrayBuffer());
  const layout = parseLayout(data);
  if (!layout || layout.bytes.length !== data.length) throw new Error(`${url} is not a memory snapshot's layout`);
  return layout;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * FNV-1a over every 16th 32-bit little-endian word of each of `runs` in `memory`
 * (snapshot_format.checksum): all of them took 10-48 ms of cold JavaScript before Pyodide starts.
 */
function checksum(memory: Uint8Array, runs: [number, number][]): number {
  let h = 0x811c9dc5;
  for (const [start, length] of runs) {
    const words = new Uint32Array(memory.buffer, memory.byteOffset + start, length >> 2);
    for (let i = 0; i < words.length; i += 16) h = Math.imul(h ^ words[i]!, 0x01000193) >>> 0;
  }
  return h;
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
    performance.mark("stb:wasm-instantiated");
    await snapshot.restoreInto(module);
    performance.mark("stb:snapshot-written");
    return module;
  };
}
