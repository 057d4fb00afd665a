"""Static build (`bundle build`) of the counter app, measured in one run on one machine.

    /work/venv/bin/python bench/bench_static.py [--app examples/counter.py] [--runs 5] [--clicks 40]
    /work/venv/bin/python bench/bench_static.py --baseline REV [--candidate REV] [--runs 5]

--baseline REV measures only the default build against the same app built with stbundle at git
revision REV (bench_pages.py's worktree build), or `--candidate REV`'s build against it (to leave
out uncommitted work): the memory snapshot's size (non-zero bytes, as shipped) and cold/warm TTI
of both sites, interleaved in one run; it prints, never writes.

Needs the offline inputs of `scripts/dev setup` ($STBUNDLE_PYODIDE_DIR, $STBUNDLE_WHEEL_CACHE).
Measures, in headless Chromium at /usr/bin/chromium against a local static server (hashed
assets and Pyodide cacheable for an hour, index.html revalidated, as a static host would):
  (a) time to interactive, cold (a new browser profile on disk: empty cache) and warm (same
      profile, reload 3 s after the first visit's idle work): navigation start -> the app's
      first run rendered; the site as built by
      default (memory snapshot, builder/snapshot.py), the same with --no-snapshot, and with
      --no-snapshot --no-precompile (Pyodide's standard library as sources), against a bare
      Pyodide load (navigation start -> loadPyodide() resolved), interleaved in one run; a warm
      visit waits for the page to have stored its bytecode cache first; medians of --runs; and
      the bytes a first visit transfers (Resource Timing transferSize, page included);
  (b) in-page interaction latency: performance.now() at the click, a MutationObserver resolving
      when the new count is in the DOM; median of --clicks clicks; and for live runs
      (tests/browser/apps/long_run.py): click -> first frame showing the progress bar of a
      3-second run, and Stop -> the page says the run ended, medians of --live samples;
  (c) bytes vs objects across the Python/JS boundary: per counter run, serializing ForwardMsgs
      and decoding them in JS vs converting them to JS objects (json_format + to_js);
  (d) site weight excluding Pyodide, gzip -9 per file, and what the page downloads;
  (e) build time: `build_site` in-process and `bundle build` as a process, CDN mode (no copy).
Prints a table and writes it under "## Static build" in bench/README.md.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from stbundle.builder import BuildOptions, build_site, python_pack  # noqa: E402
from stbundle.builder.pyodide_dist import PYODIDE_VERSION  # noqa: E402

from tests.browser_support import CHROMIUM, CHROMIUM_ARGS, launch_chromium  # noqa: E402
from tests.builder.static_site import PYODIDE_DIR, WHEEL_CACHE, build  # noqa: E402

README = ROOT / "bench" / "README.md"
HEADING = "## Static build"
SNAPSHOT = "snapshot.bin.gz"
SNAPSHOT_FILES = (SNAPSHOT, "snapshot.layout")  # the snapshot and its layout's own file
LIVE_APP = ROOT / "tests" / "browser" / "apps" / "long_run.py"

CLICK_JS = """
async ([label, pattern]) => {
  const re = new RegExp(pattern);
  const button = [...document.querySelectorAll("button")]
    .find((b) => b.textContent.trim() === label);
  if (!button) throw new Error("no button " + label);
  return await new Promise((resolve, reject) => {
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (!re.test(document.body.textContent)) return;
      observer.disconnect();
      resolve(performance.now() - t0);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    setTimeout(() => { observer.disconnect(); reject(new Error("timeout")); }, 10000);
    button.click();
  });
}
"""

BARE_HTML = """<!doctype html><html><body><script type="module">
const indexURL = new URL("pyodide/%(version)s/", location.href).toString();
const { loadPyodide } = await import(indexURL + "pyodide.mjs");
await loadPyodide({ indexURL });
window.readyAt = performance.now();
</script></body></html>
"""

# Loads Pyodide and the site's wheels, then times (c) inside the page.
BOUNDARY_HTML = """<!doctype html><html><body><script src="%(renderer)s"></script>
<script type="module">
window.addEventListener("error", () => { window.failed = true; });
window.addEventListener("unhandledrejection", () => { window.failed = true; });
const indexURL = new URL("pyodide/%(version)s/", location.href).toString();
const { loadPyodide } = await import(indexURL + "pyodide.mjs");
const py = await loadPyodide({ indexURL });
const site = py.runPython("import site; site.getsitepackages()[0]");
py.unpackArchive(await (await fetch("%(packages)s")).arrayBuffer(), "zip", { extractDir: site });
py.FS.mkdirTree("/app");
py.FS.writeFile("/app/app.py", %(app)s);
window.stbDecode = (bytes) => stbundle.decodeForwardMsg(bytes);
window.result = py.runPython(`
import time
from google.protobuf import json_format
from pyodide.ffi import to_js
from js import Object, stbDecode as decode
from stbundle.runtime_py.app_session import AppSession

msgs = []
s = AppSession("/app/app.py", msgs.append)
s.start(); s.run_pending()
def per_run(fn, n=30):
    t = time.perf_counter()
    for _ in range(n):
        for m in msgs:
            fn(m)
    return (time.perf_counter() - t) / n * 1000
serialize = per_run(lambda m: m.SerializeToString())
as_bytes = per_run(lambda m: decode(to_js(m.SerializeToString())))
def as_object(m):
    return to_js(json_format.MessageToDict(m), dict_converter=Object.fromEntries)
as_objects = per_run(as_object)
{"messages": len(msgs), "serialize_ms": serialize, "bytes_ms": as_bytes,
 "objects_ms": as_objects}
`).toJs({ dict_converter: Object.fromEntries });
</script></body></html>
"""


class _Handler(SimpleHTTPRequestHandler):
    """A static host: hashed assets and the versioned Pyodide cache, the page revalidates."""

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def end_headers(self) -> None:
        immutable = "/assets/" in self.path or f"/pyodide/{PYODIDE_VERSION}/" in self.path
        self.send_header("Cache-Control", "max-age=3600" if immutable else "no-cache")
        super().end_headers()


def serve(root: Path) -> tuple[ThreadingHTTPServer, str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Handler, directory=root))
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}/"


def app_tti(page: Any, url: str, reload: bool = False) -> float:
    if reload:
        page.reload()
    else:
        page.goto(url)
    page.wait_for_function(
        "['ready', 'failed'].includes(document.documentElement.dataset.stbState)", timeout=120_000
    )
    if page.evaluate("document.documentElement.dataset.stbState") != "ready":
        raise RuntimeError(page.inner_text("body"))
    return float(page.evaluate("performance.getEntriesByName('stb:first-run')[0].startTime"))


def bare_tti(page: Any, url: str, reload: bool = False) -> float:
    if reload:
        page.reload()
    else:
        page.goto(url)
    page.wait_for_function("window.readyAt !== undefined", timeout=120_000)
    return float(page.evaluate("window.readyAt"))


# When each of the big downloads ended (ms since navigation; from the HTTP cache on a warm visit).
DOWNLOADS = """performance.getEntriesByType('resource')
  .map((e) => [e.name.split('/').pop().split('?')[0], e.responseEnd])"""
#: The start-up timeline: downloads ended, then the page's marks (runtime_wasm/src), in order.
TIMELINE = {
    "pyodide.asm.mjs": "Pyodide's JS (1.2 MB) downloaded",
    "site-packages.pack.gz": "packages downloaded",
    "stdlib": "standard library downloaded",
    "snapshot.bin.gz": "snapshot downloaded",
    "pyodide.asm.wasm": "wasm downloaded",
    "stb:snapshot-header": "snapshot's layout arrived (its own file)",
    "stb:wasm-instantiated": "wasm compiled and instantiated",
    "stb:snapshot-written": "snapshot written into memory",
    "stb:pyodide-loaded": "Pyodide started",
    "stb:installed": "packages and app installed",
    "stb:runtime-imported": "runtime imported",
    "stb:first-run": "first run rendered",
}


def marks(page: Any) -> dict[str, float]:
    entries = page.evaluate(
        "performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])"
    )
    found = {name: float(t) for name, t in entries}
    for name, end in page.evaluate(DOWNLOADS):
        key = "stdlib" if name.startswith("python_stdlib") else name
        if key in TIMELINE:
            found[key] = float(end)
    return found


# The page stored its bytecode cache, or had nothing new to store (the "stb:code-cache" mark comes
# first, then the store): the next visit finds what this one compiled.
STORED = """(() => {
  if (performance.getEntriesByName("stb:code-cache-stored").length > 0) return true;
  const mark = performance.getEntriesByName("stb:code-cache")[0];
  return mark !== undefined && performance.now() - mark.startTime > 500;
})()"""
#: How long after the first visit's idle work the warm visit comes (every kind alike).
SETTLE_MS = 3000
RESTORED = "performance.getEntriesByName('stb:pyodide-loaded')[0]?.detail?.snapshot"
# The URLs a visit fetched, to mark what of the site a first visit downloads.
REQUESTED = "performance.getEntriesByType('resource').map((e) => e.name)"
TRANSFERRED = """
performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource"))
  .reduce((sum, e) => sum + (e.transferSize || 0), 0)
"""


def measure_tti(
    pw: Any, urls: dict[str, str], runs: int, snapshot_sizes: dict[str, int]
) -> dict[str, Any]:
    """Cold and warm TTI of each site in `urls` ("bare": a bare Pyodide page), interleaved.

    Each visit pair gets a browser with a new profile on disk, as a visitor's browser has: an
    incognito context keeps large responses (Pyodide's wasm, the snapshot) in no cache at all.
    A page that restored the snapshot fetched it in a worker, outside the page's Resource
    Timing: its bytes are counted from the file (`snapshot_sizes`, by kind).
    """
    times: dict[str, list[float]] = {}
    stages: dict[str, list[dict[str, float]]] = {}  # "cold", "warm" (kind "app"), "cold_base", …
    requested: set[str] = set()
    for _ in range(runs):
        for kind, url in urls.items():
            profile = tempfile.TemporaryDirectory(prefix="stb-bench-profile-")
            context = pw.chromium.launch_persistent_context(
                profile.name, executable_path=CHROMIUM, args=CHROMIUM_ARGS
            )
            page = context.new_page()
            if kind == "bare":
                times.setdefault("cold_bare", []).append(bare_tti(page, url))
                times.setdefault("bytes_bare", []).append(float(page.evaluate(TRANSFERRED)))
                page.wait_for_timeout(SETTLE_MS)
                times.setdefault("warm_bare", []).append(bare_tti(page, url, reload=True))
            else:
                times.setdefault(f"cold_{kind}", []).append(app_tti(page, url))
                restored = page.evaluate(RESTORED) is True
                shipped = snapshot_sizes.get(kind, 0) if restored else 0
                transferred = float(page.evaluate(TRANSFERRED)) + shipped
                times.setdefault(f"bytes_{kind}", []).append(transferred)
                tag = "" if kind == "app" else f"_{kind}"
                stages.setdefault(f"cold{tag}", []).append(marks(page))
                if kind == "app":
                    fetched = {u.removeprefix(url).split("?")[0] for u in page.evaluate(REQUESTED)}
                    requested.update(fetched)
                # the next visit finds the bytecode this one stored (runtime_wasm/codecache.ts),
                # and comes back a little later, as a visitor would: Chromium writes its cache of
                # compiled WebAssembly a moment after the code was optimised.
                page.wait_for_function(STORED, timeout=30_000)
                page.wait_for_timeout(SETTLE_MS)
                times.setdefault(f"warm_{kind}", []).append(app_tti(page, url, reload=True))
                stages.setdefault(f"warm{tag}", []).append(marks(page))
            context.close()
            profile.cleanup()
    result: dict[str, Any] = {k: statistics.median(v) for k, v in times.items()}
    result["requested"] = requested
    for visit, rows in stages.items():
        result[f"stages_{visit}"] = {
            n: statistics.median(r[n] for r in rows) for n in TIMELINE if all(n in r for r in rows)
        }
    return result


WARMED = "performance.getEntriesByName('stb:warmed-up').length > 0"
WARM_UP_DETAIL = "performance.getEntriesByName('stb:warmed-up')[0].detail"


def measure_latency(
    browser: Any, site_url: str, clicks: int, warm_ups: list[Any] | None = None
) -> dict[str, list[float]]:
    """Clicks at once after the first run ("first"), then once the page's idle work (bytecode
    stored, interpreter warmed up: runtime_wasm/warm_up.py) is over and SETTLE_MS more ("idle"),
    as a person who reads the page first would click. A new context: nothing cached. The
    warm-up's mark (runs, ms) is appended to `warm_ups` when given."""
    context = browser.new_context()
    page = context.new_page()
    app_tti(page, site_url)
    samples: dict[str, list[float]] = {"first": [], "idle": []}
    n = 0
    for phase in samples:
        if phase == "idle":
            page.wait_for_function(WARMED, timeout=180_000)  # 200 runs in idle time, under load
            if warm_ups is not None:
                warm_ups.append(page.evaluate(WARM_UP_DETAIL))
            page.wait_for_timeout(SETTLE_MS)
        for _ in range(clicks):
            n += 1
            pattern = rf"Count\s*=\s*{n}(?!\d)"
            samples[phase].append(float(page.evaluate(CLICK_JS, ["Increment", pattern])))
    context.close()
    return samples


# The page is between runs (its running indicator hidden) and shows the button named `label`.
IDLE_WITH_BUTTON = """(label) => {
  const running = document.querySelector(".stb-running");
  return (!running || running.hidden) && [...document.querySelectorAll("button")]
    .some((b) => b.textContent.trim() === label && !b.closest(".stb-stale"));
}"""

# Click -> the first animation frame (the page paints right after it) showing the progress bar.
FIRST_PAINT_JS = """
async () => {
  const button = [...document.querySelectorAll("button")]
    .find((b) => b.textContent.trim() === "Count for 3 seconds");
  if (!button) throw new Error("no button 'Count for 3 seconds' in the page");
  return await new Promise((resolve, reject) => {
    const t0 = performance.now();
    const frame = () => {
      if (document.querySelector("[role=progressbar]")) return resolve(performance.now() - t0);
      if (performance.now() - t0 > 10000) return reject(new Error("timeout"));
      requestAnimationFrame(frame);
    };
    button.click();
    requestAnimationFrame(frame);
  });
}
"""

# Stop -> the running indicator hidden: the session said the run ended.
STOP_JS = """
async () => {
  const stop = document.querySelector(".stb-running .stb-stop");
  if (!stop) throw new Error("no Stop control in the page");
  const running = stop.closest(".stb-running");
  return await new Promise((resolve, reject) => {
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (!running.hidden) return;
      observer.disconnect();
      resolve(performance.now() - t0);
    });
    observer.observe(running, { attributes: true });
    setTimeout(() => reject(new Error("timeout")), 10000);
    stop.click();
  });
}
"""

HAS_TEXT = "(text) => document.body.textContent.includes(text)"


def measure_live(browser: Any, url: str, samples: int) -> dict[str, list[float]]:
    """First intermediate paint after a click that starts a long run, and Stop -> run ended."""
    context = browser.new_context()
    page = context.new_page()
    app_tti(page, url)
    paint, stop = [], []
    for _ in range(samples):
        page.get_by_role("button", name="Say hello").click()  # a run without the bar
        page.wait_for_function(HAS_TEXT, arg="Hello from the app", timeout=20_000)
        page.wait_for_function(IDLE_WITH_BUTTON, arg="Count for 3 seconds", timeout=20_000)
        page.wait_for_function("!document.querySelector('[role=progressbar]')")
        paint.append(float(page.evaluate(FIRST_PAINT_JS)))
        page.wait_for_function(HAS_TEXT, arg="Counted to 30", timeout=20_000)
        page.wait_for_function(IDLE_WITH_BUTTON, arg="Loop for 20 seconds", timeout=20_000)
        page.get_by_role("button", name="Loop for 20 seconds").click()
        page.wait_for_function(HAS_TEXT, arg="Looped 1 s", timeout=20_000)
        stop.append(float(page.evaluate(STOP_JS)))
    context.close()
    return {"paint": paint, "stop": stop}


def measure_boundary(browser: Any, url: str) -> dict[str, float]:
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    page.wait_for_function("window.result !== undefined || window.failed", timeout=120_000)
    if errors:
        raise RuntimeError(errors)
    result = page.evaluate("window.result")
    context.close()
    return {k: float(v) for k, v in result.items()}


def weight(site: Path, requested: set[str]) -> list[tuple[str, int, int, bool]]:
    """(file, raw bytes, gzip -9 bytes, loaded by the page) for every non-Pyodide file;
    `requested`: the site paths a first visit fetched (lazy renderer chunks included)."""
    rows = []
    for path in sorted(site.rglob("*")):
        rel = path.relative_to(site).as_posix()
        if not path.is_file() or rel.startswith("pyodide/") or rel.endswith(SNAPSHOT_FILES):
            continue  # Pyodide and the memory snapshot are reported as first-visit bytes
        data = path.read_bytes()
        loaded = rel == "index.html" or rel in requested
        rows.append((rel, len(data), len(gzip.compress(data, compresslevel=9)), loaded))
    return rows


def measure_build(app: Path, out: Path, runs: int) -> dict[str, float]:
    inproc = []
    for i in range(runs):
        t = time.perf_counter()
        build_site(BuildOptions(app=app, out=out / f"cdn{i}", wheel_cache=WHEEL_CACHE))
        inproc.append(time.perf_counter() - t)
    process = []
    bundle = Path(sys.executable).parent / "bundle"
    env = {**os.environ, "STBUNDLE_WHEEL_CACHE": str(WHEEL_CACHE)}
    for i in range(runs):
        t = time.perf_counter()
        subprocess.run(
            [str(bundle), "build", str(app), "--out", str(out / f"cli{i}")],
            check=True, capture_output=True, env=env,
        )  # fmt: skip
        process.append(time.perf_counter() - t)
    t = time.perf_counter()
    build(app, out / "local")
    with_copy = time.perf_counter() - t
    return {
        "in_process": statistics.median(inproc),
        "process": statistics.median(process),
        "with_copy": with_copy,
    }


def table(
    app: Path,
    tti: dict[str, Any],
    lat: dict[str, dict[str, list[float]]],
    live: dict[str, list[float]],
    boundary: dict[str, float],
    rows: list[tuple[str, int, int, bool]],
    times: dict[str, float],
    runs: int,
    pyodide_sizes: dict[str, int],
) -> str:
    loaded = [r for r in rows if r[3]]
    loaded_gz = sum(r[2] for r in loaded)

    def timeline() -> list[str]:
        cold, warm = tti["stages_cold"], tti["stages_warm"]
        rows = [
            "| step (default build) | cold visit | warm visit |",
            "| --- | ---: | ---: |",
        ]
        order = sorted((n for n in TIMELINE if n in cold), key=lambda n: cold[n])
        for n in order:
            rows.append(f"| {TIMELINE[n]} | {cold[n]:.0f} | {warm.get(n, float('nan')):.0f} |")
        return rows

    def clicks(site: str, phase: str) -> str:
        q = statistics.quantiles(lat[site][phase], n=10)
        return f"{statistics.median(lat[site][phase]):.2f} ms ({q[8]:.2f} ms)"

    def tti_row(label: str, kind: str, goal: str = "") -> list[str]:
        cold, warm = tti[f"cold_{kind}"], tti[f"warm_{kind}"]
        return [
            f"| TTI cold, {label} | {cold / 1000:.2f} s | "
            f"bare Pyodide {tti['cold_bare'] / 1000:.2f} s"
            f"; no snapshot {tti['cold_nosnap'] / 1000:.2f} s | x{cold / tti['cold_bare']:.2f} "
            f"bare, x{cold / tti['cold_nosnap']:.2f} no snapshot{goal and '; goal ≤ 1.0 s'} |",
            f"| TTI warm, {label} | {warm / 1000:.2f} s | "
            f"bare Pyodide {tti['warm_bare'] / 1000:.2f} s"
            f"; no snapshot {tti['warm_nosnap'] / 1000:.2f} s | x{warm / tti['warm_bare']:.2f} "
            f"bare, x{warm / tti['warm_nosnap']:.2f} no snapshot{goal and '; goal ≤ 0.4 s'} |",
        ]

    def mb(kind: str) -> str:
        return f"{tti[f'bytes_{kind}'] / 2**20:.1f} MB"

    paint, stop = statistics.median(live["paint"]), statistics.median(live["stop"])
    lines = [
        HEADING,
        "",
        f"`python bench/bench_static.py` — app `{app.relative_to(ROOT)}`, Pyodide "
        f"{PYODIDE_VERSION} from the site (`--pyodide-dir`), headless Chromium, local static "
        f"server (no compression), medians of {runs} runs (TTI), "
        f"{len(lat['app']['first'])} clicks per row and {len(live['paint'])} live-run samples, "
        "same run, same machine.",
        "",
        "| measure | stbundle static | reference | ratio / goal |",
        "| --- | --- | --- | --- |",
        *tti_row("default build (memory snapshot)", "app", "goal"),
        *tti_row("`--no-snapshot`", "nosnap"),
        *tti_row("`--no-snapshot --no-precompile`", "sources"),
        f"| bytes transferred, first visit | {mb('app')} (snapshot) | no snapshot {mb('nosnap')}"
        f"; bare Pyodide {mb('bare')} | snapshot {pyodide_sizes['snapshot_raw'] / 2**20:.1f} MB "
        f"raw, {pyodide_sizes['snapshot'] / 2**20:.1f} MB as shipped (gzip) |",
        f"| click → DOM, median (p90), clicks at once after the first run | "
        f"{clicks('app', 'first')} | `--no-snapshot` {clicks('nosnap', 'first')} | goal ≤ 5 ms |",
        f"| click → DOM, median (p90), after the page's idle work | {clicks('app', 'idle')} | "
        f"`--no-snapshot` {clicks('nosnap', 'idle')} | goal ≤ 5 ms |",
        f"| click → first intermediate paint of a long run, median | {paint:.1f} ms | | "
        "goal ≤ 50 ms |",
        f"| Stop → run ended, median | {stop:.1f} ms | | goal ≤ 200 ms |",
        f"| site weight excl. Pyodide, loaded by the page, gzip | {loaded_gz / 1024:.1f} KB | | "
        "goal ≤ 300 KB |",
        f"| build time, `build_site` in-process (CDN mode) | {times['in_process']:.2f} s | | "
        "goal ≤ 2 s |",
        f"| build time, `bundle build` process (CDN mode) | {times['process']:.2f} s | | |",
        f"| build time with the Pyodide copy (`--pyodide-dir`), precompiled stdlib cached | "
        f"{times['with_copy']:.2f} s | | first build with a new runtime: ~4 s under Node |",
        "",
        "Start-up timeline (median ms since navigation; downloads: when the response ended):",
        "",
        *timeline(),
        "",
        f"Pyodide files the page downloads (gzip -9): the precompiled standard library "
        f"{pyodide_sizes['precompiled'] / 1024:.0f} KB in place of the original "
        f"{pyodide_sizes['original'] / 1024:.0f} KB "
        f"({(pyodide_sizes['precompiled'] - pyodide_sizes['original']) / 1024:+.0f} KB; "
        "Pyodide's side, outside the site-weight budget).",
        "",
        f"Python → JS boundary, one counter run ({boundary['messages']:.0f} ForwardMsgs): "
        f"bytes (SerializeToString → Uint8Array → the renderer's decoder) "
        f"{boundary['bytes_ms']:.2f} ms, of which serializing {boundary['serialize_ms']:.2f} ms; "
        f"JS objects (json_format.MessageToDict → to_js) {boundary['objects_ms']:.2f} ms, "
        "before the conversion to the renderer's message shape that objects would still need "
        "(oneofs as `$case`, enums as numbers): the site passes bytes, one decoding path "
        "with serve mode.",
        "",
        "Site weight (gzip -9; ✓ = downloaded by the page):",
        "",
        "| file | raw | gzip | loaded |",
        "| --- | ---: | ---: | :---: |",
    ]
    for rel, raw, gz, used in rows:
        name = re.sub(r"assets/[0-9a-f]{12}/", "assets/…/", rel)
        mark = "✓" if used else ""
        lines.append(f"| {name} | {raw / 1024:.1f} KB | {gz / 1024:.1f} KB | {mark} |")
    return "\n".join(lines) + "\n" + NOTES


# How the start-up got here (figures from the investigation, same machine, each same-run against
# bare Pyodide; the table above is what this script measures every time).
NOTES = """
What the start-up costs and what each technique did (first measured: cold 3.02 s vs bare 2.39 s,
warm 2.04 s vs bare 1.49 s; Pyodide loaded → first run was +0.52 s warm):

- **Compiling Python from source is most of Pyodide's own start.** `python_stdlib.zip` holds
  sources only; early in a page's life the wasm interpreter runs unoptimised and compiling ~160
  standard-library modules (encodings, zipfile, shutil, asyncio for the webloop, …) dominates.
  A bare `loadPyodide()` with those modules precompiled (checked hash-based `.pyc` beside each
  source, PEP 552) took 0.59 s warm and 1.07 s cold instead of 1.67 s and 3.51 s in the same run.
  Adopted: `bundle build --pyodide-dir` runs that Pyodide under Node once, imports the runtime
  the way the page does, and writes `pyodide/<version>/python_stdlib.<hash>.zip` with bytecode for
  every stdlib module imported by then (builder/bytecode.py; ~4 s the first time, then cached in
  `~/.cache/stbundle/bytecode` by content hash); the page passes it as `stdLibURL` and falls back
  to the original zip if it fails. Sources stay, so tracebacks and `inspect` are unchanged. Cost:
  +1.3 MB gzip on Pyodide's side for a first visit (not site weight). Not done with Pyodide from a
  URL (nothing of Pyodide's is in the site) or without node: the build says so (`note:`), and
  `--no-precompile` turns it off (the "stdlib as sources" rows above).
- **Bytecode cache in the page (IndexedDB)** for everything imported after Pyodide is up (protobuf,
  the runtime, their stdlib modules: 82 modules): a meta-path finder serves a module's cached code
  object when the hash of its source matches, and records what it compiled; the page stores it when
  idle after the first run (~35 ms) and reads it while Pyodide loads. Warm: runtime import
  293 → 127 ms, first run 85 → 20 ms. No bytes on the wire, works with the CDN too.
- **No importlib.metadata at start**: the page's `importlib.invalidate_caches()` imported it (for
  its metadata finder) — ~50 ms in the install stage; it now invalidates the path finder's
  directory listings only.
- **Lazy stdlib imports in runtime_py**: `urllib.parse` (with `ipaddress`, ~60 ms under Pyodide)
  only when there is a query string, `tomllib` (~25 ms) only when a config/secrets file exists.
  `import stbundle.runtime_py.api` in CPython: ~51 ms (goal ≤ 150 ms).
- Rejected — **build-time `.pyc` for the site's wheels**: bytecode gzips to about twice its
  source (protobuf's imported modules 127 → 242 KB, the runtime 72 → 183 KB; still 206 and
  169 KB at `-OO`), so even sourceless wheels would take the site from ~290 KB to ~520 KB, over
  the 300 KB budget; warm visits get the same effect from the page's cache for free.
- **Memory snapshot of the started runtime** (2026-12-01; earlier rejected for its size):
  Pyodide's whole memory after it started and imported protobuf and the runtime (43 MB, 8.1 MB
  gzip), made at build time with the site's own Pyodide and stdlib zip, restored by
  `loadPyodide({_loadSnapshot})` (builder/snapshot.py). The page still unpacks the wheels and the
  app (the file system is not in the snapshot) and reseeds `random`. It must be made by an engine
  with the current JSPI API: Pyodide records the engine's JSPI in that memory, and a snapshot made
  under Node 20 (old `Suspender` API, `--experimental-wasm-stack-switching`) fails in Chromium with
  "trying to suspend JS frames", one made without JSPI cannot suspend at all. So the build uses
  Node only when it has `WebAssembly.Suspending`, else a headless Chromium (snapshot_browser.py,
  ~20 s once, then cached by content hash). Pyodide 314 sizes memory from the wasm, not from
  `INITIAL_MEMORY`, so the page grows it (`_emscripten_resize_heap`) before the copy. Trade: +8 MB
  gzip on a first visit for the cold start in the table; `--no-snapshot` keeps a light site.
  Missing, corrupt or another build's snapshot (Pyodide checks its build id): a normal start and
  one console line; browsers without JSPI do not use it.
- **Before the changes below** (2026-12-01 13:03, idle machine, `--runs 3`): TTI cold 1.90 s with
  the snapshot, 3.26 s without, bare Pyodide 5.02 s (x0.38 bare); warm 1.71 s with the snapshot,
  1.12 s without, bare 3.03 s; click → DOM 9.5 ms (p90 21.8 ms); site weight 416 KB gzip.
- **Returning visitors start from the snapshot too** (2026-12-01 afternoon). Before, a returning
  visitor started without it, from the bytecode the first visit had compiled in idle time: that
  still runs Python's own start, and on the idle machine at 13:03 it measured 1.71 s against
  1.12 s for a `--no-snapshot` site's warm start. Why slower than the same path on the other site:
  Chromium keeps compiled WebAssembly for a returning visit only once enough of it was optimised
  (V8's code cache follows tier-up), and a visit restored from the snapshot runs little of
  Pyodide's code, so the next visit compiled the interpreter again (its "Pyodide loaded" stage
  took as long as a cold one: ~2.2 s against 0.67 s). The snapshot itself, from the HTTP cache,
  was slow to unpack as well: gunzipping 45 MB into one buffer through `Response.arrayBuffer()`
  measured 450-620 ms in the page, then Pyodide copied it into the new memory.
- **Snapshot layout and restore** (builder/snapshot_format.py, runtime_wasm/src/snapshot.ts):
  the shipped snapshot holds Pyodide's header and only the non-zero 4 KiB pages of its memory
  (26 of 45 MB; same 8.2 MB gzip). The page hands `loadPyodide` the header as soon as it has
  arrived, so Pyodide instantiates its WebAssembly while the memory still downloads, and the
  decompressed stream is written page run by page run straight into the new module's memory (no
  45 MB buffer, no copy); zero runs are cleared where instantiation wrote. Streaming 26 MB
  through `DecompressionStream` without collecting it measured 123-160 ms in the page.
- **A smaller snapshot** (2026-12-01 19:55-21:05; builder/snapshot_heap.py, builder/wasm_module.py):
  two kinds of pages no longer ship. The heap's free memory: Pyodide builds CPython without
  pymalloc, so every object is a dlmalloc chunk, and after the runtime's imports and the first
  run 11 of the heap's 26 MB were free (`mallinfo` in the page) yet still held old bytes; the
  build walks dlmalloc's chunks from the wasm's `__heap_base`, checks each against dlmalloc's
  rules (a heap it cannot walk ships as it was) and zeroes free chunks past their free-list
  links: non-zero memory 25.9 → 17.9 MB, gzip 8.30 → 6.80 MB. And the pages still as the wasm's
  data segments put them (818 pages, 3.2 MB of constant tables, frozen modules and strings):
  the page finds them in the new module and checks them first against the snapshot's FNV-1a of
  every 16th word (a mismatch is a normal start and one console line; all of the words took
  10-48 ms of cold JavaScript, +40-50 ms in the restore stage of an A/B; in the page,
  instantiation changes 3 of the data segments' pages, 152 bytes, none of them kept): 17.9 →
  14.7 MB, gzip 6.80 → 5.46 MB. Together 5.46 MB as shipped against 8.30 MB (-34 %), a first
  visit 23.0 → 20.1 MB. TTI, `bench_static.py --baseline REV --candidate REV`, medians of 7,
  same run, load 8-13: zeroing alone (3dc9b0d against 03d060b) cold 2.66 against 3.34 s, warm
  1.58 against 1.68 s; the kept pages with the sampled check (against 538b4ca) cold 2.62
  against 3.19 s, warm 1.40 against 1.23 s, and again at 21:04 as the load fell from 2.6 (to
  9.7): cold 2.19 against 2.25 s, warm 0.93 against 1.31 s (restore stage, wasm instantiated
  → snapshot written: 52 / 29 ms against 43 / 38 ms). Over seven such A/Bs this evening the
  cold start was faster in six (x0.75-1.10), the warm one in four (x0.71-1.51): at this load,
  noise (Chromium's compiled-wasm cache hits or misses on a returning visit) is larger than
  what inflating 11 MB less in the worker saves. Measured, not adopted: gzip -9 (5.48 → 5.40
  MB, +9 s to make each new snapshot), zeroing the dead C stack (12 pages). Of the 15 MB of
  heap in use, 5.4 MB are the 8,947 code objects of the modules Pyodide and the runtime import.
- **One pack for the Python packages** (builder/python_pack.py, runtime_wasm/src/pack.ts):
  protobuf, the runtime and pure-Python requirements ship as one gzip stream of files written
  straight into site-packages by the page (no zipfile in Python), without RECORD files,
  protobuf's benchmarks and test helpers, and without the comments and docstrings of protobuf
  and the runtime (builder/source_slim.py; lines kept, so tracebacks name the same lines; never
  for the app's requirements, some of which read their docstrings). The two wheels were 239 +
  174 KB gzip -9 as shipped, the pack is 220 KB (solid compression alone: 323 KB).
- **Live runs** (runtime_wasm/live.py): where the browser has JSPI, each run is started with
  `callPromising()`; after an element the runtime waits on a promise that resolves after the next
  paint (at most once per 1/60 s of script time, at once for a spinner), and `time.sleep` waits on
  a timer. Clicks during a run reach the session (`handle_back_msg`) and stop the run at its next
  element, as in serve mode; the Stop control also ends a sleep. A Web Worker was not needed:
  clicks stay in-page function calls (the click → DOM row above).
- Overlap: the packages, the app and the stored bytecode are fetched/read while Pyodide starts,
  and Pyodide's WebAssembly is instantiated while the snapshot's memory downloads.
- **Where a snapshot visit's start went** (2026-12-01 16:40-16:45, Chromium traces with the
  `v8.wasm` categories and CPU profiles, load average 9-17 on the 2 cores, so absolute times are
  2-3x an idle machine's). Cold: the downloads started only once renderer.js and the bootstrap
  had run (~0.4 s); Pyodide's streaming compile of its wasm began at 1.44 s although the wasm was
  downloaded at 1.13 s, because it waits for pyodide.asm.mjs (1.2 MB of JS) to be fetched and
  evaluated (~0.3 s); restoring and Pyodide's own JS start then took 1.75 s of main thread, the
  first run 0.66 s: 1.05 s of that was `wasm.CompileLazy` (1,888 interpreter functions compiled
  on their first call), while 3.9 s of optimising compilation ran in background threads on the
  same 2 cores. Inflating the snapshot took 0.22 s of main thread. Warm: the compiled wasm does
  come from Chromium's code cache (`wasm.GetNativeModuleFromCache` in the trace, no lazy
  compiles), but only once its 9.6 MB response was read from the HTTP cache (0.93 s, the main
  thread meanwhile inflating the snapshot, 0.30 s, and feeding the wasm's stream); then 0.53 s of
  Pyodide's JS start (261 tiny wasm modules compiled for its imports' signatures, its symbol
  table) and the restore, and the first run.
- **The page starts from its head**: the bootstrap is an `async` script in `<head>` with
  `<link rel="modulepreload">` for pyodide.mjs and pyodide.asm.mjs, so Pyodide's JS downloads
  and compiles while the page parses, and the downloads start before renderer.js has run (the
  loading screen and the mount wait for the document). **The snapshot is inflated in a worker**
  (its download too; posted in ~1 MiB pieces, written into memory by the page), no longer on
  the main thread; where no worker can be made the same code runs in the page. A/B in one run
  (load average 16-19, medians of 4, alternating): cold 5.54 s against 6.66 s for the build
  before these changes, warm 3.46 s against 3.66 s; worker against in-page inflate only (load
  25-33): cold 7.74 s against 12.02 s, warm 4.92 s against 5.63 s.
- **The snapshot holds a first run**: builder/snapshot.py runs the warm-up's built-in script
  (below) twice before saving memory, so what any run imports or sets up on first use (6 modules
  for the counter) is in memory: a cold page's first run now compiles no module (the code-cache
  mark says 0 misses, was 6). +43 KB gzip of snapshot.
- **Why clicks were slower on a snapshot page, and the fix**: Python's state is the same on both
  kinds of page (checked in the page: gc thresholds and counts, no trace or profile function, no
  sys.monitoring tool, same flags); what differs is the WebAssembly code. A pure-Python loop of
  200,000 additions took 170-229 ms on a snapshot page against 60-65 ms on a `--no-snapshot` one
  (same load), and a trace of 20 clicks showed 2.08 s of Chromium's optimising (TurboFan)
  compilation in background threads on the snapshot page against 6 ms: a `--no-snapshot` page
  ran Python's whole start before the first click, so the interpreter's hot functions were
  already optimised; a restored page had run little and its first clicks ran baseline (Liftoff)
  code while the optimiser worked (with `--js-flags=--no-liftoff` both pages ran the loop alike).
  Fix (runtime_wasm/warm_up.py): after the first run, in idle time, a throwaway session of the
  page's bridge reruns a small built-in script (never the app) 24 times, a few runs per idle
  period and never during the page's own run, so tier-up starts before the person clicks; the
  optimised code is also what Chromium caches for the next visit. A/B in one run (load 16-19,
  50 clicks each): clicks at once after the first run 17.4 ms median against 50.0 ms without the
  warm-up, clicks 6 s later 8.7 ms against 29.4 ms.
- **Clicks after the warm-up were still ~1.8x slower on a snapshot page: deopts, and the fix**
  (2026-12-01 19:55-20:45, Chromium traces with the `v8.wasm` categories, load average 8-17).
  During 3 batches of 20 clicks after the 24-run warm-up, each batch still had 0.03-5 s of
  optimising compilation and 0-4 main-thread baseline recompiles (8 ms each) of the interpreter
  loop (the wasm's largest function, 79 KB); on a `--no-snapshot` page none.
  `--js-flags=--trace-deopt` named them: "wrong call target" deopts, at indirect calls (a
  type's slot, a vectorcall) in small helpers inlined into the loop whose feedback had seen
  1-4 targets. Chromium (since 137)
  inlines such calls speculatively and sends the whole function back to baseline code on a new
  target; each deopt adds one target to the feedback, so the loop goes back and forth several
  times (V8 stops speculating after 10 deopts of a function). A `--no-snapshot` page does that
  during Python's start (6 recompiles before its first click); a restored page did it during
  the person's first clicks. With `--js-flags=--no-wasm-deopt` the same snapshot page answered
  clicks in 4.1 ms (p90 6.3, load 10). Python's state was not the cause (same gc, flags; the
  Python part of a click, `run_pending`, took 2-3 ms on both pages). Even the warm-up's own
  script, run again after the warm-up, deopted: the warm-up was too short. Changes
  (runtime_wasm/warm_up.py, runtime_wasm/src/main.ts): **200 runs instead of 24** (traced after
  the warm-up: 100 runs left deopts in the clicks of 1 page of 2, 200 and 300 runs none in 7);
  **each run takes a click's path**: the BackMsg a click on the script's widgets sends (its
  widget states, page and client context, ids from call sites as a built app's) handed in as
  bytes from JavaScript, the run started with `callPromising()`, the ForwardMsgs decoded by the
  renderer's codec, the live-run turns taken (resolving at once) every other run; warmed through
  Python only, the first clicks still compiled 4 functions never run before; **one run per
  background task** (`scheduler.postTask`, priority background; idle callbacks where missing)
  instead of a few per idle period, so a click waits for one run at most and the 200 runs end
  sooner; **no run within 500 ms of the page's last BackMsg**: without that pause, clicks at once
  after the first run waited for the warm-up's runs between them (19.50 ms median, p90 95.60,
  against 11.45 ms with the old short warm-up; load 11-13). Same-run A/B,
  `python bench/bench_clicks.py --baseline 10b939c --rounds 3 --clicks 40` (counter app, 3 rounds
  of 40 clicks per phase and site, sites in rotating order; working tree with other engineers'
  uncommitted work; clicks at once after the first run, and after the page's idle work and 3 s
  more), median (p90) in ms:

  | clicks (run, load average) | this change | 10b939c | `--no-snapshot` | ratio |
  | --- | ---: | ---: | ---: | ---: |
  | at once, 20:54 (8.2-9.0) | 12.30 (45.00) | 19.60 (77.80) | 5.55 (11.00) | 0.628 |
  | idle work done, 20:54 | 4.70 (15.80) | 9.35 (36.40) | 4.90 (13.00) | 0.503 |
  | at once, 20:57 (8.3-7.4) | 12.80 (22.00) | 14.00 (40.40) | 5.30 (8.20) | 0.914 |
  | idle work done, 20:57 | 5.00 (7.80) | 8.90 (19.10) | 4.95 (12.30) | 0.562 |
  | idle work done, 20:36 (8.4-8.2), no pause | 4.40 (12.80) | 9.45 (26.50) | 4.35 (7.10) | 0.466 |
  | idle work done, 20:49 (11-12.7), no pause | 5.10 (15.90) | 10.80 (49.30) | 4.50 (6.90) | 0.472 |

  The warm-up took 4.5-8.0 s for its 200 runs (24 runs: 0.5-6.3 s). After it a snapshot page
  answers as a `--no-snapshot` page does (≤ 5 ms median at load 8; 5.1 at load 12). Clicks at
  once after the first run are still 2.2-2.4x a `--no-snapshot` page's: they run before the
  optimiser's rounds are over (their own runs warm the interpreter; the warm-up waits). The crash
  seen at 19:46 ("Target crashed" in these clicks) was not reproduced: the latency phase looped
  27 times on snapshot pages (15 with the old warm-up, 12 with the new; 80 clicks each, load
  8-17) without one, the page's wasm memory constant at 43 MB and its JS heap at 16-46 MB, not
  growing with clicks.
- **The table above, 2026-12-01 21:24-21:27 UTC, load 1.9-2.5** (the machine otherwise idle):
  every change of this evening in. Against 19:48 the same day (load 1.6): cold 1.59 s (1.58),
  warm 0.63 s (0.70), clicks after the idle work 3.75 ms (8.95), at once 7.60 ms (7.85), first
  visit 20.1 MB (23.1). Not met: cold <= 1.0 s, warm <= 0.4 s, clicks at once <= 5 ms. Where a
  warm start goes (a Chromium trace of one, load ~5): the wasm read from the HTTP cache and its
  compiled code taken from Chromium's code cache (a cache hit) ~100 ms, then ~170 ms of
  Pyodide's own JavaScript after instantiation (Emscripten's dynamic linking: `updateGOT`,
  `reportUndefinedSymbols`, `addFunction` and its 261 one-function wasm modules), neither ours to
  change; then the snapshot written, Pyodide's start, install and the first run (~130 ms).
- **Tried and taken out (21:15-21:23)**: `<link rel="preload">` of Pyodide's wasm, standard
  library and lock file. One build with and without them, same run, 7 rounds at load 1.2-2.4:
  cold 1619 vs 1520 ms, warm 571 vs 575 ms; under an emulated 50 Mbit/s, 40 ms network, 4
  rounds: cold 6343 vs 6497 ms, warm 748 vs 710 ms. No gain to show, so no preloads. Kept from
  the same change: the app's files ship as a pack written straight into the file system (Pyodide's
  `unpackArchive` of the app's zip imported shutil/zipfile: 147 ms of a cold start in a trace).
- One "Target crashed" again at 21:16, in a same-run A/B's visits (not in clicks); 24 visits
  in a loop right after (8 profiles x 3 visits) and 42 more in the A/Bs did not crash.
- **The "Target crashed" cause, found 2026-12-01 23:50** (tests/crash_dumps.py reads Chromium's
  crash dumps): all 13 crashes of the day were one SIGSEGV at one instruction of Chromium's
  frame-pointer stack scan (`ScanStackForNextFrame`), which its allocation samplers (GWP-ASan, the
  lightweight use-after-free detector) run on a sampled malloc/free. On a static page Python runs
  under JSPI on a small WebAssembly stack, and the scan, bounded only by the thread's main stack,
  reads past that stack's top. Chromium's `StackScanMaxFramePointerToStackEndGap` feature stops
  it (on by default only on ChromeOS): CHROMIUM_ARGS turn it on for every test and bench browser.
  With sampling boosted, 14 of 14 visits crashed without it, 0 of 40 with it. A page cannot turn it
  on, so a visitor's Chrome on Linux can still meet it, rarely, until Chromium fixes the scan.
- **The table above, 2026-12-02 01:22-01:26 UTC, load 0.0-2.1**, after this session's changes
  (lazy tables, parallel fragments, login, the time zone named during the downloads, the Python
  pack compressed with zopfli). At 00:46 (load 0.0-2.2), before zopfli, the same bench gave cold
  1.63 s, warm 0.56 s, clicks at once 8.10 ms, after the idle work 4.10 ms, and a site weight of
  307.4 KB: the session's new runtime modules had grown the Python pack from 244.6 to 252.7 KB.
  zopfli (gzip's format, about 5% smaller than gzip -9) and leaving st.login's server side out of
  the static runtime bring the pack to 239.1 KB and the site to 293.7 KB. The TTI differences
  between the two runs (cold 1.63 / 1.74 s, warm 0.56 / 0.67 s) are run-to-run spread: only the
  pack's compression changed between them.
- **A cold visit: where its start goes, and what changed** (2026-12-02 02:16-03:20, H3; Chromium
  traces with the `v8.wasm` and `v8.compile` categories, CPU profiles, a cProfile and timers of
  the page's Python; load 3-11 on the 2 cores, so times are up to 2x an idle machine's, and the
  traced ones ~2x more). A traced cold visit (load 7): before the snapshot's header, downloads and
  ~0.4 s of idle main thread; header -> wasm instantiated, Pyodide's own JavaScript, compiled
  lazily on first call (260 `V8.CompileCode` + `ParseFunction` of pyodide.asm.mjs, ~540 ms
  traced), its 261 one-function modules (`wasm.SyncCompile` 99 + `SyncInstantiate` 69 ms) and
  `wasm.FinishStreaming` (172 ms); snapshot written -> Pyodide started, 802 `wasm.CompileLazy`
  (317 ms traced: Liftoff compiles of the interpreter's functions on their first call, on the
  main thread); the first-run stage, 407 more `wasm.CompileLazy` (124 ms), the renderer's
  JavaScript compiled on first call (`V8.CompileCode` 87 + `CompileIgnition` 24 + `ParseFunction`
  17 ms) and 4 frames with style and layout of the page under the loading screen (44 ms); in the
  background, `wasm.TopTierCompilation` of the interpreter loop (one unit, 1.4 s traced) from the
  restore on. Changes: **the standard library a restored page loads is Pyodide's own**
  (python_stdlib.zip, 2.5 MB, gzip 2444 KB) instead of the precompiled one (4.0 MB, 3816 KB): its
  bytecode is for modules the snapshot holds already; the snapshot is still made with the
  precompiled zip (5.80 MB gzip; made from sources: 6.30 MB) and drops zipimport's directory of
  it last, so later imports and source lines read the zip the page loaded. A first visit 20.2 ->
  18.8 MB. TTI cold, 5 visits each alternating (same build otherwise), load 6.8-7.9: 2529 against
  2823 ms median. **renderer.js and bootstrap.js carry Chromium's compile hint**
  (`//# allFunctionsCalledOnLoad`, Chromium >= 136): their functions are compiled while they
  stream in, off the main thread; JS `V8.CompileCode` of the first-run stage 30 against 76 ms
  (traced, medians of 5, load 8-10). **Under the loading screen a live run's turn waits for a
  frame at most every 250 ms** (the first run's elements no longer each pay a frame and a layout
  of the hidden page). Both together, 9 visits each, load 9.6: runtime imported -> first run 248
  against 343 ms, TTI cold 1871 against 2009 ms. But `bench_static.py --baseline af36859
  --candidate 5de57ff --runs 9` (load 6.6-11.4) gave TTI cold 2.43 against 2.41 s, and the
  session's start (194b371) against 9c7f270, 5 each (load 7.3-8.5), 2.44 against 2.45 s cold
  (warm 1.43 against 1.05 s, H2's changes): at this load the spread of a cold start (±0.4 s) is
  larger than what these changes save. Measured, not adopted: **compiling the wasm at boot**
  (`WebAssembly.compileStreaming` on the main thread, or in a worker posting the Module; the
  instance made through Pyodide's `instantiateWasm`): compiled by ~1.35 s, but instantiated no
  earlier (1751 / 1891 against 1662 ms) and TTI 2778 / 2615 against 2448 ms (7 each, load 9-11):
  the 2 cores are the limit, and compiling during pyodide.asm.mjs's evaluation and the snapshot's
  inflating only moves the contention; it would also replace Pyodide's `instantiateStreaming` for
  one call and fetch the wasm twice (the second from the HTTP cache). **The time zone asked in a
  plain task** instead of an idle callback: the idle callback runs in the install stage (Blink
  grants no idle period while Pyodide starts: 85 ms there in a trace), but moving it measured no
  difference (8 each, load 3-9). **Chromium's compile hint on pyodide.asm.mjs** (prepended to the
  site's copy): wasm instantiated 1764 against 1935 ms, Pyodide started 2071 against 2739, TTI
  2792 against 3196 ms (7 each, load 6-8): promising, but it edits Pyodide's own file (and cannot
  apply with Pyodide from the CDN): left for a decision. Clicks at once after the first run,
  `bench_clicks.py --baseline 6a83f36`, twice at load 9: 13.75 against 11.15 ms, then 6.15
  against 16.55 ms (after the idle work 4.60 / 4.65 against 4.80 / 5.10): no effect to tell from
  the spread; they run while the interpreter loop is still baseline code or deopts (above).
- **Where a warm visit's start goes, and what changed** (2026-12-02 02:15-03:20; Chromium traces
  with the `v8.wasm` categories, CPU profiles, a cProfile of the page's Python, and for these
  measurements only marks around `WebAssembly.instantiateStreaming` and a count of
  `new WebAssembly.Module`; load 3-13 on the 2 cores, so times are up to 2x an idle machine's).
  *Waiting for the header*: Pyodide calls its module factory, and so `instantiateStreaming`, only
  once `_loadSnapshot` has resolved; the page resolved it from the snapshot's first inflated
  bytes, which came from its worker (the worker's start, its read of the HTTP cache) 0.3-0.9 s
  into a warm visit, the wasm's response unread meanwhile. The layout (~1 KB: Pyodide's header
  and the runs) now ships as a file of its own (`snapshot.layout`, builder/snapshot_format.py),
  fetched by the page; the snapshot must start with it (else a normal start and one console
  line). Navigation -> `instantiateStreaming` called, warm, 8 visit pairs each alternating: 451
  ms median against 894 before (d388085), and now about when pyodide.asm.mjs (1.2 MB of JS) has
  been evaluated. *Chromium's part* (a traced warm visit, load 7, 748 ms to the first run): the
  wasm's 9.6 MB read from the HTTP cache and fed to V8 (it needs the wire bytes even on a code
  cache hit) ~120 ms, `wasm.FinishStreaming` 56 ms of which `wasm.Deserialize` 39 ms (the code
  cache), `wasm.AsyncInstantiate` 27 ms. *Pyodide's part*: then one 174 ms task of Pyodide's own
  JavaScript, mostly `receiveInstance` (173-225 ms in CPU profiles under load):
  `reportUndefinedSymbols` 87-94 ms, of which `convertJsFunctionToWasm` 56-70 ms (261
  one-function wasm modules compiled and instantiated synchronously, one per JS-implemented
  function whose address the main module takes), and `updateGOT` 47-94 ms (`addFunction` for
  each of the main module's exports; its first call maps the whole function table,
  `updateTableMap` ~20 ms), `applySignatureConversions` 8-23, `mergeLibSymbols` 5-26 ms. That is
  the main module's own dynamic linking, the same for a bare `loadPyodide()` and with or without
  a snapshot: the snapshot carries no shared libraries (Pyodide 314's `restoreSnapshot` copies
  memory and re-links hiwire keys, `syncUpSnapshotLoad1/2`; `loadDylibs` finds no library to
  load: every module the runtime imports is built into the main module), so no import left out
  of the snapshot would shorten it, and the page cannot shorten it without patching Pyodide.
  Then Pyodide's `finalizeBootstrap` (20-30 ms, its own runPython-like calls). *The page's part*
  after that, changed: the snapshot's inflated pieces had queued behind Pyodide's task, 15 worker
  messages of 1 MiB at ~1 ms each (now 4 MiB pieces); the install wrote protobuf's and the
  runtime's 202 files with `FS.writeFile`, which resolves the whole path twice per file and
  throws and catches ENOENT for each new one (~60 % of the install in a profile; now made in
  their folder's node); the page's three Python snippets went through Pyodide's runPython, whose
  AST pass (`ast.fix_missing_locations`) and second compile took ~20 ms (now the built-in exec).
  Stages, warm, medians of the same-run A/Bs: install (Pyodide started -> installed) 62 -> 19 ms
  (8 pairs, d388085 against 338513c), restore (wasm instantiated -> snapshot written) 65 -> 46
  ms, wasm instantiated -> first run 352 -> 247 ms; TTI warm 2358 -> 1563 ms at load ~8 (and
  `bench_static.py --baseline`, 7 each: 2.61 -> 2.02 s for the layout file alone, load 7-13).
  *Left*: the first run itself (~35-45 ms warm: compiling the app, finding config files,
  the live run's turns) and, before instantiation, the evaluation of pyodide.asm.mjs (a second
  visit also has Chromium produce its code cache, ~20-40 ms of main thread: caches are made on a
  script's second load, used from the third).
- **The table above, 2026-12-02 03:45-03:48 UTC, on a quiet machine (load 0.1 at the start, 1.8
  at the end)**, with this session's start-up changes (the layout file, the install by folder
  node, exec, the source stdlib on restored pages, the compile hints of renderer.js and
  bootstrap.js): TTI cold 1.62 s (01:22: 1.74 s), warm 0.58 s (0.67 s), clicks at once 6.20 ms
  (7.75 ms), after the idle work 4.15 ms (3.40 ms), first visit 18.8 MB (20.2 MB). Still short of
  1.0 s, 0.4 s and 5 ms. Warm, by the timeline: 0.29 s until the wasm's bytes are read from
  Chromium's cache (the page, Pyodide's 1.2 MB of JS evaluated), 0.21 s instantiating it, most
  of it Pyodide's own linking of its main module (~0.17 s, above), 0.09 s restore, install and
  first run. Cold adds the downloads, Liftoff's first-call compiles and the background tier-up
  on 2 cores. An earlier table at 03:12-03:20 (load 8.9 -> 2.4) gave 3.02 / 1.13 s: load, not code.
  Site weight 294.0 KB against 293.7: bootstrap.js 6.9 -> 7.2 KB gzip (the layout's fetch, the
  install by folder node, runStatements, and the compile hint's comment).
- **Tried and dropped, 03:37-03:44 (load 3.3)**: the same compile hint prepended to the site's
  copy of Pyodide's pyodide.asm.mjs (`--baseline f5be57e --candidate 6a1fa1b --runs 7`): TTI cold
  1.63 s both (x0.999), warm 0.67 against 0.63 s (x1.07); Pyodide started at 1381 against 1387 ms
  cold. A -400 ms seen in one A/B at load 6-8 did not hold, so Pyodide's files ship unchanged.
"""


def snapshot_size_of(site: Path) -> tuple[int, int]:
    """(non-zero bytes of memory, bytes as shipped) of a site's memory snapshot."""
    url = json.loads((site / "manifest.json").read_text(encoding="utf-8"))["config"]["snapshotUrl"]
    if not url:
        raise SystemExit(f"{site} has no memory snapshot (see `bundle build` notes)")
    shipped = (site / url).read_bytes()
    return len(gzip.decompress(shipped)), len(shipped)


def measure_against(rev: str, app: Path, runs: int, candidate: str | None = None) -> None:
    """--baseline: the default build now (or at `candidate`) and at `rev`, snapshot sizes and
    TTI, one run."""
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_pages import build_baseline

    load = [os.getloadavg()[0]]
    now = candidate[:10] if candidate else "now"
    kinds = {"app": now, "base": rev[:10]}  # measure_tti's kind -> column
    with tempfile.TemporaryDirectory(prefix="stb-bench-") as tmp:
        root = Path(tmp)
        if candidate:
            build_baseline(candidate, app, root / "www" / "app", root / "candidate")
        else:
            build(app, root / "www" / "app")
        build_baseline(rev, app, root / "www" / "base", root / "work")
        sizes = {kind: snapshot_size_of(root / "www" / kind) for kind in kinds}
        httpd, url = serve(root / "www")
        try:
            with sync_playwright() as pw:
                urls = {kind: f"{url}{kind}/" for kind in kinds}
                tti = measure_tti(pw, urls, runs, {k: v[1] for k, v in sizes.items()})
        finally:
            httpd.shutdown()
    load.append(os.getloadavg()[0])
    print(
        f"{app.name}: {candidate or 'working tree'} against {rev}, medians of {runs} "
        f"(load average {load[0]:.1f} at the start, {load[1]:.1f} at the end)"
    )
    rows = {
        "snapshot, non-zero memory": [f"{sizes[k][0] / 2**20:.2f} MB" for k in kinds],
        "snapshot as shipped (gzip)": [f"{sizes[k][1] / 2**20:.2f} MB" for k in kinds],
        "bytes transferred, first visit": [f"{tti[f'bytes_{k}'] / 2**20:.1f} MB" for k in kinds],
        "TTI cold": [f"{tti[f'cold_{k}'] / 1000:.2f} s" for k in kinds],
        "TTI warm": [f"{tti[f'warm_{k}'] / 1000:.2f} s" for k in kinds],
    }
    print(f"{'':32}" + "".join(f"{column:>12}" for column in kinds.values()))
    for label, cells in rows.items():
        print(f"{label:32}" + "".join(f"{cell:>12}" for cell in cells))
    for visit in ("cold", "warm"):
        print(f"TTI {visit}, {now} / {rev[:10]}: {tti[f'{visit}_app'] / tti[f'{visit}_base']:.3f}")
        stages = tti[f"stages_{visit}"]
        print(f"  {now}: " + ", ".join(f"{name} {t:.0f}" for name, t in stages.items()))
        stages = tti[f"stages_{visit}_base"]
        print(f"  {rev[:10]}: " + ", ".join(f"{name} {t:.0f}" for name, t in stages.items()))


def write_readme(section: str) -> None:
    text = README.read_text(encoding="utf-8") if README.exists() else "# Benchmarks\n"
    pattern = re.compile(rf"^{re.escape(HEADING)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    README.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", type=Path, default=ROOT / "examples" / "counter.py")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--clicks", type=int, default=40)
    parser.add_argument("--live", type=int, default=7, help="live-run samples")
    parser.add_argument("--no-readme", action="store_true", help="only print the table")
    parser.add_argument("--baseline", metavar="REV", help="the snapshot site against git REV")
    parser.add_argument("--candidate", metavar="REV", help="with --baseline: git REV, not now")
    args = parser.parse_args()
    app = args.app.resolve()
    if not (PYODIDE_DIR / "pyodide.asm.wasm").is_file():
        raise SystemExit(f"no Pyodide at {PYODIDE_DIR}: run scripts/dev setup")
    if args.baseline:
        measure_against(args.baseline, app, args.runs, args.candidate)
        return

    with tempfile.TemporaryDirectory(prefix="stb-bench-") as tmp:
        root = Path(tmp)
        times = measure_build(app, root / "builds", args.runs)
        site = root / "www" / "repo"
        build(app, site)
        build(app, root / "www" / "nosnap", snapshot=False)
        build(app, root / "www" / "sources", precompile=False, snapshot=False)
        build(LIVE_APP, root / "www" / "live")
        stdlib = json.loads((site / "manifest.json").read_text(encoding="utf-8"))["config"]
        if not stdlib["snapshotUrl"]:
            raise SystemExit("the default build made no memory snapshot (see `bundle build` notes)")
        shipped = (site / stdlib["snapshotUrl"]).read_bytes()
        pyodide_sizes = {
            "original": len(gzip.compress((PYODIDE_DIR / "python_stdlib.zip").read_bytes(), 9)),
            "precompiled": len(gzip.compress((site / stdlib["stdlibUrl"]).read_bytes(), 9)),
            "snapshot": len(shipped),
            "snapshot_raw": len(gzip.decompress(shipped)),
        }
        (site / "bare.html").write_text(BARE_HTML % {"version": PYODIDE_VERSION})
        config = (site / "index.html").read_text(encoding="utf-8")
        renderer = re.search(r"(assets/[0-9a-f]+/renderer\.js)", config)
        assert renderer is not None
        # The site's packages as a zip the boundary page unpacks (the site's own pack is read by
        # its bootstrap only).
        installed = python_pack.unpack((site / stdlib["sitePackages"]).read_bytes())
        (site / "boundary-packages.zip").write_bytes(python_pack.as_wheel(installed))
        (site / "boundary.html").write_text(
            BOUNDARY_HTML
            % {
                "version": PYODIDE_VERSION,
                "packages": "boundary-packages.zip",
                "renderer": renderer.group(1),
                "app": repr(app.read_text(encoding="utf-8")),
            }
        )
        httpd, base = serve(root / "www")
        try:
            with sync_playwright() as pw:
                browser = launch_chromium(pw)
                urls = {
                    "bare": base + "repo/bare.html",
                    "app": base + "repo/",
                    "nosnap": base + "nosnap/",
                    "sources": base + "sources/",
                }
                tti = measure_tti(pw, urls, args.runs, {"app": len(shipped)})
                extras = ("bare.html", "boundary.html", "boundary-packages.zip")
                rows = [r for r in weight(site, tti["requested"]) if r[0] not in extras]
                lat = {
                    "app": measure_latency(browser, base + "repo/", args.clicks),
                    "nosnap": measure_latency(browser, base + "nosnap/", args.clicks),
                }
                live = measure_live(browser, base + "live/", args.live)
                boundary = measure_boundary(browser, base + "repo/boundary.html")
                browser.close()
        finally:
            httpd.shutdown()
    section = table(app, tti, lat, live, boundary, rows, times, args.runs, pyodide_sizes)
    print(section)
    if not args.no_readme:
        write_readme(section)
        print(f"written under {HEADING!r} in {README.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
