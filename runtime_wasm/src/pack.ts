/**
 * The site's Python packages, and the app's own files, each as one pack (builder/python_pack.py):
 * fetched while Pyodide starts, gunzipped by the browser, their files written straight into
 * Pyodide's file system.
 */
const MAGIC = "STBPACK1";
const GZIP_MAGIC = [0x1f, 0x8b];

/** A file or folder of Emscripten's file system (its in-memory one here). */
interface FSNode {
  node_ops: { mknod?(parent: FSNode, name: string, mode: number, dev: number): FSNode };
}

/** The part of Pyodide's file system (Emscripten's FS) the pack needs. */
export interface PackFS {
  mkdirTree(path: string): void;
  writeFile(path: string, data: Uint8Array): void;
  lookupPath(path: string): { node: FSNode };
  open(node: FSNode, flags: number): object;
  write(stream: object, data: Uint8Array, offset: number, length: number, position: number): number;
  close(stream: object): void;
}

const REGULAR_FILE = 0o100666; // S_IFREG, rw for all: what FS.writeFile makes
const O_WRONLY = 1;

/**
 * Write `data` as the new file `name` of the folder `parent` (at `path`). Made in the folder's
 * node, not by path: `FS.writeFile` resolves the whole path twice per file, component by
 * component (202 files of protobuf and the runtime: ~60% of the install's time in a profile).
 * Anything unexpected there: `FS.writeFile` after all.
 */
function writeNew(fs: PackFS, parent: FSNode, name: string, path: string, data: Uint8Array): void {
  try {
    const stream = fs.open(parent.node_ops.mknod!(parent, name, REGULAR_FILE, 0), O_WRONLY);
    try {
      fs.write(stream, data, 0, data.length, 0);
    } finally {
      fs.close(stream);
    }
  } catch {
    fs.writeFile(path, data);
  }
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
  const folders = new Map<string, FSNode>();
  for (let i = 0; i < count; i++) {
    const size = view.getUint32(16 + 8 * i, true);
    if (at + size > pack.length) throw new Error(`${what} are truncated`);
    const path = `${root}/${names[i]}`;
    const slash = path.lastIndexOf("/");
    const dir = path.slice(0, slash);
    let folder = folders.get(dir);
    if (!folder) {
      fs.mkdirTree(dir);
      folder = fs.lookupPath(dir).node;
      folders.set(dir, folder);
    }
    writeNew(fs, folder, path.slice(slash + 1), path, pack.subarray(at, at + size));
    at += size;
  }
}
