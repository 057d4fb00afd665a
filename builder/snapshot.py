"""A memory snapshot of Pyodide with the runtime imported, so the page starts in under a second.

Most of a static site's start-up is Pyodide starting Python and importing protobuf and the
runtime. Pyodide can save its WebAssembly memory once that is done (`loadPyodide({_makeSnapshot:
true})`, then `makeMemorySnapshot()`) and a later `loadPyodide({_loadSnapshot})` continues from
there. The build does it with the site's own Pyodide, standard library, wheels and the app's
imports, and ships the memory's non-zero pages gzip-compressed (snapshot_format.py: about 26 of
45 MB, 8 MB gzip) as a hashed asset.

The standard library: the snapshot is made with the site's precompiled zip (bytecode.py: a fast
build, a compact heap), but the page restores it with Pyodide's own zip of sources, 1.4 MB less
to download: every module the precompiled zip has bytecode for is in memory already. So the last
step drops zipimport's in-memory directory of the zip (file offsets, which differ between the
two): a later import from it, or a traceback's source line, reads the directory of the zip the
page loaded, once.

The snapshot holds memory only: the page still unpacks the wheels and the app (the file system
is not in it) and reseeds `random`, which would otherwise start every visit in the same state.
It is an optimisation only: the page falls back to a normal start, with one console line, when
it is missing, corrupt or made by another Pyodide build (Pyodide checks its build id).

Where it is made matters. Pyodide records in that memory how the engine suspends WebAssembly
(JSPI), which live runs need (runtime_wasm/live.py). A snapshot made without JSPI can never
suspend, and one made with the old JSPI API (`WebAssembly.Suspender`, Node 20's
`--experimental-wasm-stack-switching`) fails in Chromium with "trying to suspend JS frames".
So it is made under Node only when that Node has the current API (`WebAssembly.Suspending`),
else in a headless Chromium (snapshot_browser.py), else not at all: the build says which.
Not for apps that need Pyodide's packages either (their shared libraries are not in memory).
"""

from __future__ import annotations

import gzip
import hashlib
import subprocess
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from stbundle.builder import (
    snapshot_browser,
    snapshot_format,
    snapshot_heap,
    tool_cache,
    wasm_module,
)
from stbundle.builder.bytecode import find_node

#: Bumped when what the snapshot holds, or how it is made, changes (part of the cache key).
FORMAT = "memory-snapshot-10"
TIMEOUT_S = 240
#: What the page imports first (runtime_wasm/src/main.ts): in the snapshot, nothing is left to do.
RUNTIME_MODULES = (
    "stbundle.runtime_wasm.code_cache",
    "stbundle.runtime_wasm.bridge",
    "stbundle.runtime_py.api",
    "stbundle.runtime_wasm.warm_up",  # run in idle time after the first run
)

#: Run in the started Pyodide, with `stb_modules` (comma-separated names) set: what it holds.
PREPARE = """
import gc, importlib, sys
from importlib.machinery import FileFinder
for finder in list(sys.path_importer_cache.values()):
    if isinstance(finder, FileFinder):
        finder.invalidate_caches()
for name in stb_modules.split(","):
    if name:
        try:
            importlib.import_module(name)
        except Exception as exc:  # an import of the app's may fail here: the page imports it then
            print(f"not in the snapshot: {name} ({exc!r})", file=sys.stderr)
del stb_modules
# A first run, as the page's is (runtime_wasm/warm_up.py's built-in script, never the app): what
# any run imports and sets up on first use is then in the snapshot too, not compiled in the page.
try:
    from stbundle.runtime_wasm import warm_up
    _stb_warm = warm_up.WarmUp(runs=2)
    while _stb_warm.step():
        pass
    if _stb_warm.failure:
        print(f"no warm-up run in the snapshot: {_stb_warm.failure}", file=sys.stderr)
    del _stb_warm, warm_up
except Exception as exc:
    print(f"no warm-up run in the snapshot: {exc!r}", file=sys.stderr)
# The page loads another zip at the same path (the module's docstring): zipimport reads its
# directory afresh at the first import or source line it needs from it.
import zipimport
zipimport._zip_directory_cache.clear()
gc.collect()
"""

# argv: pyodide dir, stdlib zip ("" for Pyodide's own), out, modules (comma-separated), wheels…
_NODE_SCRIPT = r"""
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
const [dir, stdlib, out, modules, prepare, ...wheels] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(`${dir}/pyodide.mjs`).href);
const quiet = () => {};
const options = { indexURL: `${dir}/`, _makeSnapshot: true, stdout: quiet, stderr: console.error };
if (stdlib) options.stdLibURL = stdlib;
const py = await loadPyodide(options);
const site = py.runPython("import site; site.getsitepackages()[0]");
for (const wheel of wheels) {
  py.unpackArchive(new Uint8Array(readFileSync(wheel)), "wheel", { extractDir: site });
}
py.globals.set("stb_modules", modules);
py.runPython(readFileSync(prepare, "utf8"));
writeFileSync(out, py.makeMemorySnapshot());
"""

_HAS_CURRENT_JSPI = "process.exit('Suspending' in WebAssembly ? 0 : 1)"
#: V8's flag for the current JSPI API in Node versions that have it off by default.
_JSPI_FLAG = "--experimental-wasm-jspi"


@dataclass(frozen=True)
class Snapshot:
    data: bytes | None  # gzip-compressed memory snapshot, or None when the site has none
    note: str  # what the build did, for its output
    layout: bytes = b""  # the start of `data` uncompressed, up to its memory (snapshot_format)


def layout_of(data: bytes) -> bytes:
    """The layout at the start of a gzip-compressed shipped snapshot, inflating no further than
    it; ValueError if it is not one."""
    inflate = zlib.decompressobj(wbits=31)  # gzip
    try:
        start = inflate.decompress(data, snapshot_format.PREFIX)
        end = snapshot_format.layout_length(start)
        start += inflate.decompress(inflate.unconsumed_tail, end - len(start))
    except zlib.error as exc:
        raise ValueError(f"not a gzip-compressed snapshot ({exc})") from exc
    return snapshot_format.layout(start)


def node_jspi_args(node: str) -> list[str] | None:
    """Node's arguments for the current JSPI API, or None when this Node lacks it."""
    for flags in ([], [_JSPI_FLAG]):
        try:
            proc = subprocess.run(
                [node, *flags, "-e", _HAS_CURRENT_JSPI], capture_output=True, timeout=30
            )
        except (OSError, subprocess.TimeoutExpired):
            return None
        if proc.returncode == 0:
            return flags
    return None


def _digest(
    pyodide_dir: Path, stdlib: bytes | None, wheels: list[tuple[str, bytes]], modules: list[str]
) -> str:
    h = hashlib.sha256(FORMAT.encode())
    h.update(PREPARE.encode())
    for name in ("pyodide.asm.wasm", "pyodide.asm.mjs", "pyodide.mjs", "python_stdlib.zip"):
        h.update(hashlib.sha256((pyodide_dir / name).read_bytes()).digest())
    h.update(hashlib.sha256(stdlib or b"").digest())
    for name, data in wheels:
        h.update(name.encode() + hashlib.sha256(data).digest())
    h.update(",".join(modules).encode())
    return h.hexdigest()


def make_snapshot(
    pyodide_dir: Path,
    stdlib: bytes | None,
    wheels: list[tuple[str, bytes]],
    app_imports: list[str],
    cache: Path,
) -> Snapshot:
    """Pyodide's memory after importing the runtime and `app_imports`, gzip-compressed.

    `stdlib` is the standard-library zip the page will load (None: Pyodide's own). Cached by
    the hash of everything it depends on.
    """
    modules = [*RUNTIME_MODULES, *sorted(set(app_imports))]
    key = _digest(pyodide_dir, stdlib, wheels, modules)
    cached = cache / f"snapshot-{key[:32]}.bin.gz"
    if cached.is_file():
        data = cached.read_bytes()
        try:
            layout = layout_of(data)
        except ValueError as exc:
            return Snapshot(None, f"no memory snapshot: the cached one is unreadable ({exc})")
        return Snapshot(data, "memory snapshot of the started runtime (cached)", layout)
    with tempfile.TemporaryDirectory(prefix="stb-snapshot-") as tmp:
        work = Path(tmp)
        made = _with_node(pyodide_dir, stdlib, wheels, modules, work)
        if isinstance(made, str):
            browser = snapshot_browser.find_browser()
            if browser is None:
                return Snapshot(None, f"no memory snapshot: {made}, and no Chromium was found")
            made = snapshot_browser.make(browser, pyodide_dir, stdlib, wheels, modules, PREPARE)
            if isinstance(made, str):
                return Snapshot(None, f"no memory snapshot: {made}")
    wasm = (pyodide_dir / "pyodide.asm.wasm").read_bytes()
    try:
        made, zeroed = without_free_memory(made, wasm)
        shipped = snapshot_format.encode(made, as_instantiated(wasm))
    except ValueError as exc:
        return Snapshot(None, f"no memory snapshot: {exc}")
    data = gzip.compress(shipped, compresslevel=6, mtime=0)
    tool_cache.store(cached, data)
    note = (
        f"memory snapshot of the started runtime: {len(made) / 2**20:.1f} MB, "
        f"{len(data) / 2**20:.1f} MB gzip, {zeroed} (--no-snapshot: a lighter site that starts "
        "slower)"
    )
    return Snapshot(data, note, snapshot_format.layout(shipped))


def without_free_memory(made: bytes, wasm: bytes) -> tuple[bytes, str]:
    """Pyodide's snapshot with its heap's free memory zeroed (snapshot_heap.py), and what was
    done; as it was when its heap cannot be walked. ValueError if it is not a snapshot."""
    header, memory = snapshot_format.pyodide_parts(made)
    heap = bytearray(memory)
    try:
        zeroed = snapshot_heap.zero_free_memory(heap, snapshot_heap.heap_base(wasm))
    except ValueError as exc:
        return made, f"its free heap memory kept ({exc})"
    return header + bytes(heap), f"{zeroed / 2**20:.1f} MB of free heap memory zeroed"


def as_instantiated(wasm: bytes) -> bytes:
    """The memory Pyodide's module starts with (its data segments): the snapshot's pages that
    still hold it are not shipped (snapshot_format.py). b"" (ship every page) when unreadable."""
    try:
        return wasm_module.initial_memory(wasm)
    except ValueError:
        return b""


def _with_node(
    pyodide_dir: Path,
    stdlib: bytes | None,
    wheels: list[tuple[str, bytes]],
    modules: list[str],
    work: Path,
) -> bytes | str:
    """The raw snapshot made under Node, or why not."""
    node = find_node()
    if node is None:
        return "node is not installed"
    flags = node_jspi_args(node)
    if flags is None:
        return "this node has no current WebAssembly JSPI (WebAssembly.Suspending)"
    paths = []
    for name, data in wheels:
        (work / name).write_bytes(data)
        paths.append(str(work / name))
    stdlib_path = ""
    if stdlib is not None:
        (work / "stdlib.zip").write_bytes(stdlib)
        stdlib_path = str(work / "stdlib.zip")
    script = work / "snapshot.mjs"
    script.write_text(_NODE_SCRIPT, encoding="utf-8")
    prepare = work / "prepare.py"
    prepare.write_text(PREPARE, encoding="utf-8")
    out = work / "snapshot.bin"
    command = [node, *flags, str(script), str(pyodide_dir.resolve()), stdlib_path, str(out)]
    command += [",".join(modules), str(prepare), *paths]
    try:
        proc = subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"node: {exc}"
    if proc.returncode != 0 or not out.is_file():
        lines = [ln for ln in (proc.stderr or proc.stdout).splitlines() if 0 < len(ln) < 300]
        return f"making it under Node failed ({' '.join(lines[-3:])})"
    return out.read_bytes()
