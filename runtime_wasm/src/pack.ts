/**
 * The site's Python packages, and the app's own files, each as one pack (builder/python_pack.py):
 * fetched while Pyodide starts, gunzipped by the browser, their files written straight into
 * Pyodide's file system.
 */
const MAGIC = "STBPACK1";
const GZIP_MAGIC = [0x1f, 0x8b];

/** The part of Pyodide's file system the pack needs. */
export interface PackFS {
  mkdirTree(path: string): void;
  writeFile(path: string, data: Uint8Array): void;
}

/** The pack's bytes as fetched, gunzipped (unless the host already decoded them). */
export async function gunzipped(fetched: ArrayBuffer): Promise<Uint8Array> {
  const data = new Uint8Array(fetched);
  if (data[0] !== GZIP_MAGIC[0] || data[1] !== GZIP_MAGIC[1]) return data;
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Write every file of `pack` (`what` it holds, for errors) under `root`. Throws on a pack that is not one. */
export function installPack(fs: PackFS, pack: Uint8Array, root: string, what: string): void {
  const view = new DataView(pack.buffer, pack.byteOffset, pack.byteLength);
  const text = new TextDecoder();
  if (pack.length < 12 || text.decode(pack.subarray(0, MAGIC.length)) !== MAGIC) {
    throw new Error(`${what} are not a stbundle pack`);
  }
  const count = view.getUint32(8, true);
  let at = 12 + 8 * count;
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = view.getUint32(12 + 8 * i, true);
    names.push(text.decode(pack.subarray(at, at + length)));
    at += length;
  }
  const made = new Set<string>();
  for (let i = 0; i < count; i++) {
    const size = view.getUint32(16 + 8 * i, true);
    if (at + size > pack.length) throw new Error(`${what} are truncated`);
    const path = `${root}/${names[i]}`;
    const dir = path.slice(0, path.lastIndexOf("/"));
    if (!made.has(dir)) {
      fs.mkdirTree(dir);
      made.add(dir);
    }
    fs.writeFile(path, pack.subarray(at, at + size));
    at += size;
  }
}
