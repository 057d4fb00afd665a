/**
 * The memory snapshot of the started runtime (builder/snapshot.py): fetched while the page
 * starts, restored by `loadPyodide({_loadSnapshot})`. It is only an optimisation: whatever goes
 * wrong (missing, corrupt, made by another Pyodide build) ends in a normal start, said once in
 * the console by the caller.
 */
import { absolute } from "./config";

const GZIP_MAGIC = [0x1f, 0x8b];

/** The snapshot's bytes, gunzipped (unless the host already decoded them). Rejects on failure. */
export async function fetchSnapshot(url: string): Promise<Uint8Array> {
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
    },
    async pull(controller) {
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
  });
  const gzip = head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
  const stream: ReadableStream<BufferSource> = gzip ? body.pipeThrough(new DecompressionStream("gzip")) : body;
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

interface EmscriptenModule {
  HEAP8: Int8Array;
  _emscripten_resize_heap(size: number): boolean;
}

export type CreateModule = (settings: object) => Promise<EmscriptenModule>;

/**
 * Pyodide's module factory, made to grow the new module's memory to the snapshot's size before
 * the snapshot is copied in: the memory starts smaller than a runtime that has imported
 * protobuf and stbundle (Pyodide 314 sizes it from the wasm, not from `INITIAL_MEMORY`).
 */
export function growingTo(
  factory: Promise<{ default: CreateModule }>,
  snapshot: Promise<Uint8Array>,
): CreateModule {
  return async (settings) => {
    const [{ default: create }, data] = await Promise.all([factory, snapshot]);
    const module = await create(settings);
    if (module.HEAP8.length < data.length && !module._emscripten_resize_heap(data.length)) {
      throw new Error(`could not grow Pyodide's memory to ${data.length} bytes`);
    }
    return module;
  };
}
