"""Shared browser-test support: Debian Chromium under Playwright, a static file server, the
renderer bundle and the page template.

The pytest fixtures built on these (``browser``, ``static_server``) live in tests/conftest.py,
so every folder shares one definition. ``StaticServer`` serves a temporary directory; tests add
their own pages with ``static_server.write(name, text)``.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import subprocess
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
FRONTEND = REPO / "frontend"
STATIC = REPO / "stbundle" / "static"
TEMPLATES = REPO / "templates"
CHROMIUM = "/usr/bin/chromium"
#: Playwright's own --enable-features (chromiumSwitches.ts in its driver): Chromium keeps only the
#: last --enable-features switch, so ours repeats them.
PLAYWRIGHT_FEATURES = ("CDPScreenshotNewSurface", "SkipListAccountsWithoutGaiaCookies")
#: StackScanMaxFramePointerToStackEndGap: Chromium's renderer crashed now and then on static pages
#: (SIGSEGV in every dump at the same instruction, reading the first byte past the top of the
#: stack it ran on). Chromium's allocation samplers (GWP-ASan, its lightweight use-after-free
#: detector) take a stack trace of a sampled malloc or free by frame pointers and, where the
#: chain breaks, scan up to 8 KB of stack for the next frame, bounded by the end of the thread's
#: own stack. A static page's Python runs under JSPI on a separate, small WebAssembly stack, far
#: below that end, so the scan read past the top of it. This feature (on by default only on
#: ChromeOS, crbug.com/402542102) stops a scan whose frame pointer is over 100 MB from the
#: thread's stack end. Not ours to fix in the page; tests/crash_dumps.py recognises the crash.
CHROMIUM_FEATURES = (*PLAYWRIGHT_FEATURES, "StackScanMaxFramePointerToStackEndGap")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--enable-features=" + ",".join(CHROMIUM_FEATURES),
]
RENDERER_FILES = ("renderer.js", "renderer.css")


def launch_chromium(playwright: Any, **kwargs: Any) -> Any:
    """Launch Debian's Chromium (Playwright's own browser download is unavailable here)."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, **kwargs)


def machine_state() -> str:
    """Free memory and load, for the message of a page whose renderer crashed: Chromium gives
    its renderers oom_score_adj 300, so under memory pressure the kernel kills them first."""
    fields = {}
    with contextlib.suppress(OSError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            name, _, value = line.partition(":")
            fields[name] = value.strip()
    load = os.getloadavg() if hasattr(os, "getloadavg") else ()
    return (
        f"MemAvailable {fields.get('MemAvailable', '?')}, MemTotal {fields.get('MemTotal', '?')}, "
        f"load average {' '.join(f'{x:.1f}' for x in load)}"
    )


def _newest_source_mtime() -> float:
    sources = [FRONTEND / "build.mjs", FRONTEND / "package.json", *(FRONTEND / "src").rglob("*")]
    return max(p.stat().st_mtime for p in sources if p.is_file())


def ensure_renderer_built() -> Path:
    """Build the bundle (``npm run build``) when it is missing or older than its sources."""
    out = STATIC / "renderer.js"
    fresh = all((STATIC / f).exists() for f in RENDERER_FILES) and (
        not (FRONTEND / "src").exists() or out.stat().st_mtime >= _newest_source_mtime()
    )
    if not fresh:
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail("renderer bundle is missing or stale and npm is not installed")
        if not (FRONTEND / "node_modules").exists():
            subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=FRONTEND, check=True)
        subprocess.run([npm, "run", "build"], cwd=FRONTEND, check=True)
    return STATIC


def render_page(bootstrap: str | None = None, **context: Any) -> str:
    """Render templates/page.html.j2; ``bootstrap`` replaces the mode-specific start-up block."""
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)
    if bootstrap is None:
        return env.get_template("page.html.j2").render(**context)
    child = '{% extends "page.html.j2" %}{% block bootstrap %}{{ bootstrap | safe }}{% endblock %}'
    return env.from_string(child).render(bootstrap=bootstrap, **context)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """A missing path gets the nearest 404.html above it, as GitHub Pages serves a site's."""
        page = _nearest_404(Path(self.directory), self.path) if code == 404 else None
        if page is None:
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def _nearest_404(root: Path, url_path: str) -> Path | None:
    parts = [p for p in url_path.split("?", 1)[0].split("/") if p and p not in (".", "..")]
    for depth in range(len(parts), -1, -1):
        candidate = root.joinpath(*parts[:depth], "404.html")
        if candidate.is_file():
            return candidate
    return None


class StaticServer:
    """Serves one directory over HTTP on 127.0.0.1 (random port) from a background thread."""

    def __init__(self, root: Path) -> None:
        self.root = root
        handler = functools.partial(_QuietHandler, directory=str(root))
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}/"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    def write(self, name: str, text: str) -> str:
        """Write a file into the served directory and return its URL."""
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return self.url + name

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
