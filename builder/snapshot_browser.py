"""Making the memory snapshot (snapshot.py) in a headless Chromium, where Node cannot.

A snapshot must be made by an engine with the current JSPI API, or the page restored from it
cannot suspend (see snapshot.py). Chromium ≥ 137 has it. The build serves the site's Pyodide,
standard library and wheels from a loopback HTTP server to a page that starts Pyodide, imports
what the snapshot holds and posts the memory back; the browser is started for that page alone
(its own temporary profile) and ended when the page has answered or the time is up.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

TIMEOUT_S = 240
#: Where to look for a browser, after $STBUNDLE_CHROMIUM.
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

_PAGE = """<!doctype html><meta charset="utf-8"><script type="module">
const report = (path, body) => fetch(path, { method: "POST", body });
try {
  if (!("Suspending" in WebAssembly)) throw new Error("this browser has no WebAssembly JSPI");
  const { loadPyodide } = await import("./pyodide/pyodide.mjs");
  const config = %(config)s;
  const options = { indexURL: new URL("./pyodide/", location.href).href, _makeSnapshot: true };
  if (config.stdlib) options.stdLibURL = "./stdlib.zip";
  const py = await loadPyodide(options);
  const site = py.runPython("import site; site.getsitepackages()[0]");
  for (const name of config.wheels) {
    const data = await (await fetch(`./wheels/${name}`)).arrayBuffer();
    py.unpackArchive(data, "wheel", { extractDir: site });
  }
  py.globals.set("stb_modules", config.modules);
  py.runPython(config.prepare);
  await report("./snapshot", py.makeMemorySnapshot());
} catch (err) {
  await report("./error", String(err && err.stack || err));
}
</script>
"""


def find_browser() -> str | None:
    """A Chromium to make snapshots with: $STBUNDLE_CHROMIUM, else one on PATH."""
    configured = os.environ.get("STBUNDLE_CHROMIUM")
    if configured:
        return configured if Path(configured).is_file() else shutil.which(configured)
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


class _Exchange:
    """What the page is served, and what it answered."""

    def __init__(self, files: dict[str, bytes]) -> None:
        self.files = files
        self.answer: tuple[str, bytes] | None = None
        self.done = threading.Event()


def _handler(exchange: _Exchange) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            data = exchange.files.get(self.path.split("?")[0])
            if data is None:
                self.send_error(404)
                return
            self.send_response(200)
            kind = "text/html" if self.path.endswith(".html") else "application/octet-stream"
            if self.path.endswith((".mjs", ".js")):
                kind = "text/javascript"
            elif self.path.endswith(".wasm"):
                kind = "application/wasm"
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            self.send_response(204)
            self.end_headers()
            if exchange.answer is None:
                exchange.answer = (self.path, body)
                exchange.done.set()

    return Handler


def _end(proc: subprocess.Popen[bytes]) -> None:
    """End the browser this build started, and its helper processes (its process group)."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
        except (ProcessLookupError, PermissionError):
            return
        try:
            proc.wait(10)
            return
        except subprocess.TimeoutExpired:
            continue


def make(
    browser: str,
    pyodide_dir: Path,
    stdlib: bytes | None,
    wheels: list[tuple[str, bytes]],
    modules: list[str],
    prepare: str,
) -> bytes | str:
    """The raw snapshot made in `browser`, or why not."""
    config = {
        "stdlib": stdlib is not None,
        "wheels": [name for name, _ in wheels],
        "modules": ",".join(modules),
        "prepare": prepare,
    }
    files = {"/make.html": (_PAGE % {"config": json.dumps(config)}).encode()}
    for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "pyodide-lock.json"):
        files[f"/pyodide/{name}"] = (pyodide_dir / name).read_bytes()
    files["/pyodide/python_stdlib.zip"] = (pyodide_dir / "python_stdlib.zip").read_bytes()
    if stdlib is not None:
        files["/stdlib.zip"] = stdlib
    for name, data in wheels:
        files[f"/wheels/{name}"] = data
    exchange = _Exchange(files)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(exchange))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/make.html"
    try:
        # ignore_cleanup_errors: a helper process of the browser may still be writing there.
        with tempfile.TemporaryDirectory(
            prefix="stb-snapshot-profile-", ignore_cleanup_errors=True
        ) as profile:
            command = [browser, *_FLAGS, f"--user-data-dir={profile}", url]
            try:
                # Its own process group: ending it ends the browser's helper processes too.
                proc = subprocess.Popen(
                    command,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    start_new_session=True,
                )
            except OSError as exc:
                return f"could not start {browser}: {exc}"
            try:
                answered = exchange.done.wait(TIMEOUT_S)
            finally:
                _end(proc)
    finally:
        server.shutdown()
        server.server_close()
    if not answered or exchange.answer is None:
        return f"{browser} did not answer within {TIMEOUT_S} s"
    path, body = exchange.answer
    if path != "/snapshot":
        reason = body.decode("utf-8", "replace").strip().splitlines()
        return f"making it in {browser} failed ({reason[0] if reason else 'no reason given'})"
    return body
