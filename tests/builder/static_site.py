"""Building and hosting static sites in tests, offline: Pyodide from the npm package that
`scripts/dev setup` installs ($STBUNDLE_PYODIDE_DIR), wheels from the pre-filled cache
($STBUNDLE_WHEEL_CACHE), and a plain `http.server` serving each site under a sub-path."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from stbundle.builder import BuildOptions, BuildResult, build_site

from tests.browser_support import REPO, StaticServer, ensure_renderer_built

PYODIDE_DIR = Path(
    os.environ.get("STBUNDLE_PYODIDE_DIR", REPO / ".cache/pyodide/node_modules/pyodide")
)
WHEEL_CACHE = Path(os.environ.get("STBUNDLE_WHEEL_CACHE", REPO / ".cache/wheels"))
RUNTIME_WASM = REPO / "runtime_wasm"
BOOTSTRAP = REPO / "stbundle" / "static" / "bootstrap.js"
READY_TIMEOUT_MS = 90_000  # Pyodide's cold start on a loaded 2-core machine


def require_offline_inputs() -> None:
    """Fail (not skip) with the fix when the offline inputs are missing."""
    if not (PYODIDE_DIR / "pyodide.asm.wasm").is_file():
        pytest.fail(f"Pyodide is not installed at {PYODIDE_DIR}: run `scripts/dev setup`")
    if not any(WHEEL_CACHE.glob("protobuf-*-py3-none-any.whl")):
        pytest.fail(f"no protobuf wheel in {WHEEL_CACHE}: run `scripts/dev setup`")


def protobuf_only_cache(folder: Path) -> Path:
    """A fresh wheel cache holding just the runtime's protobuf wheel, for builds that add
    wheels of their own (`make_wheel`)."""
    folder.mkdir(parents=True, exist_ok=True)
    for wheel in WHEEL_CACHE.glob("protobuf-*.whl"):
        (folder / wheel.name).write_bytes(wheel.read_bytes())
    return folder


def ensure_bootstrap_built() -> Path:
    """Bundle runtime_wasm/src when bootstrap.js is missing or older than its sources."""
    sources = [RUNTIME_WASM / "build.mjs", *(RUNTIME_WASM / "src").rglob("*.ts")]
    newest = max(p.stat().st_mtime for p in sources)
    if not BOOTSTRAP.is_file() or BOOTSTRAP.stat().st_mtime < newest:
        node = shutil.which("node")
        if node is None:
            pytest.fail("bootstrap.js is missing or stale and node is not installed")
        subprocess.run([node, str(RUNTIME_WASM / "build.mjs")], check=True)
    return BOOTSTRAP


def build(app: Path, out: Path, **options: Any) -> BuildResult:
    """`bundle build` with the offline Pyodide and wheel cache (overridable by keyword)."""
    ensure_renderer_built()
    ensure_bootstrap_built()
    options.setdefault("pyodide_dir", PYODIDE_DIR)
    options.setdefault("wheel_cache", WHEEL_CACHE)
    return build_site(BuildOptions(app=app, out=out, **options))


class SiteHost:
    """One static server for the session; each app is built once, into its own sub-path."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.server = StaticServer(root)
        self._built: dict[Path, str] = {}

    def url_for(self, app: Path) -> str:
        app = app.resolve()
        if app not in self._built:
            require_offline_inputs()
            name = f"{app.parent.name}-{app.stem}"
            build(app, self.root / name / "repo")
            self._built[app] = f"{self.server.url}{name}/repo/"
        return self._built[app]

    def close(self) -> None:
        self.server.close()


@contextlib.contextmanager
def site_host() -> Iterator[SiteHost]:
    with tempfile.TemporaryDirectory(prefix="stb-sites-") as tmp:
        host = SiteHost(Path(tmp))
        try:
            yield host
        finally:
            host.close()


def wait_until_ready(page: Any) -> None:
    """Wait for Python to start in the page: `<html data-stb-state>` is "ready" (or "failed")."""
    page.wait_for_function(
        "['ready', 'failed'].includes(document.documentElement.dataset.stbState)",
        timeout=READY_TIMEOUT_MS,
    )
    state = page.evaluate("document.documentElement.dataset.stbState")
    if state != "ready":
        raise AssertionError(f"the static site failed to start: {page.inner_text('body')}")
