"""Precompiled standard library for sites that ship their own Pyodide (`--pyodide-dir`).

Pyodide's `python_stdlib.zip` holds sources only, and compiling them is most of Pyodide's start:
in headless Chromium a bare `loadPyodide()` takes ~1.4 s warm and ~2.4 s cold, ~0.6 s and ~1.1 s
with the modules it imports precompiled (bench/README.md, "Static build"). The build therefore
runs that Pyodide once under Node, imports the runtime into it the way the page does, and writes
a copy of the zip with a checked hash-based `.pyc` beside the source of every standard-library
module imported by then (stdlib_compile.py). The page passes it to `loadPyodide` as `stdLibURL`.

Bytecode is specific to the interpreter, so only the Pyodide that will run it can produce it:
without node, or with Pyodide from a URL (nothing of Pyodide's is in the site), the site keeps
the original zip and the build says so. The result is cached by the hash of everything it
depends on, so only the first build with a given Pyodide and runtime pays the ~3-5 s under Node.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from stbundle.builder import tool_cache

STDLIB_ZIP = "python_stdlib.zip"
#: Bumped when what is compiled, or how, changes (part of the cache key).
FORMAT = "stdlib-pyc-1"
TIMEOUT_S = 180

# Load Pyodide, install the wheels as the page does (unpackArchive), import what the page imports,
# then let stdlib_compile.py write the zip. argv: pyodide dir, stdlib_compile.py, out, wheels…
_NODE_SCRIPT = r"""
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
const [dir, script, out, ...wheels] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(`${dir}/pyodide.mjs`).href);
const quiet = () => {};
const py = await loadPyodide({ indexURL: `${dir}/`, stdout: quiet, stderr: console.error });
const site = py.runPython("import site; site.getsitepackages()[0]");
for (const wheel of wheels) {
  py.unpackArchive(new Uint8Array(readFileSync(wheel)), "wheel", { extractDir: site });
}
py.runPython(`
import sys
from importlib.machinery import FileFinder
for finder in list(sys.path_importer_cache.values()):
    if isinstance(finder, FileFinder):
        finder.invalidate_caches()
import stbundle.runtime_wasm.code_cache
import stbundle.runtime_wasm.bridge
import stbundle.runtime_py.api
import stbundle.runtime_wasm.warm_up
`);
py.runPython(readFileSync(script, "utf8"));
const data = py.runPython(`
zip_path = next(p for p in sys.path if p.endswith(".zip"))
precompile(zip_path, imported_from(zip_path))
`);
writeFileSync(out, data.toJs());
data.destroy();
"""


@dataclass(frozen=True)
class Precompiled:
    data: bytes | None  # the precompiled zip, or None when the site keeps the original
    note: str  # what the build did, for its output
    cached: bool = False


def find_node() -> str | None:
    return shutil.which("node")


def _digest(pyodide_dir: Path, wheels: list[tuple[str, bytes]]) -> str:
    h = hashlib.sha256(FORMAT.encode())
    h.update((Path(__file__).parent / "stdlib_compile.py").read_bytes())
    h.update(_NODE_SCRIPT.encode())
    h.update((pyodide_dir / STDLIB_ZIP).read_bytes())
    for name in ("pyodide.asm.wasm", "pyodide.asm.mjs"):
        h.update(f"{name}:{(pyodide_dir / name).stat().st_size}".encode())
    for name, data in wheels:
        h.update(name.encode())
        h.update(hashlib.sha256(data).digest())
    return h.hexdigest()


def precompile_stdlib(
    pyodide_dir: Path, wheels: list[tuple[str, bytes]], cache: Path
) -> Precompiled:
    """Pyodide's stdlib zip with bytecode for the modules the page imports at start-up."""
    key = _digest(pyodide_dir, wheels)
    cached = cache / f"python_stdlib-{key[:32]}.zip"
    if cached.is_file():
        return Precompiled(cached.read_bytes(), "standard library precompiled (cached)", True)
    node = find_node()
    if node is None:
        return Precompiled(
            None,
            "standard library shipped as sources: node is not installed, and bytecode for "
            "Pyodide can only be produced by running it (the page compiles at start-up instead)",
        )
    with tempfile.TemporaryDirectory(prefix="stb-pyc-") as tmp:
        work = Path(tmp)
        paths = []
        for name, data in wheels:
            (work / name).write_bytes(data)
            paths.append(str(work / name))
        script = work / "compile.mjs"
        script.write_text(_NODE_SCRIPT, encoding="utf-8")
        out = work / STDLIB_ZIP
        command = [
            node,
            str(script),
            str(pyodide_dir.resolve()),
            str(Path(__file__).parent / "stdlib_compile.py"),
            str(out),
            *paths,
        ]
        try:
            proc = subprocess.run(
                command, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            return Precompiled(None, f"standard library shipped as sources: {exc}")
        if proc.returncode != 0 or not out.is_file():
            tail = " ".join((proc.stderr or proc.stdout).strip().splitlines()[-3:])
            return Precompiled(
                None,
                f"standard library shipped as sources: compiling it under Node failed ({tail})",
            )
        data = out.read_bytes()
    tool_cache.store(cached, data)
    return Precompiled(data, "standard library precompiled for Pyodide under Node")


def stdlib_file_name(data: bytes) -> str:
    """A content-addressed name, so a cached page never pairs with another build's zip."""
    return f"python_stdlib.{hashlib.sha256(data).hexdigest()[:12]}.zip"
