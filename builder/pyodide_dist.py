"""Where the page gets Pyodide 314.0.7: the jsDelivr CDN, another URL, or a local copy.

A local distribution (`--pyodide-dir`, e.g. the npm `pyodide` package) is checked file by file
so a missing or incomplete one is named precisely, then only the files the page loads are
copied into the site. The npm package holds the core only: packages from Pyodide's lock file
that are not in the directory are loaded from the CDN instead (the build says which).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stbundle.builder.errors import BuildError

PYODIDE_VERSION = "314.0.7"
CDN_URL = f"https://cdn.jsdelivr.net/pyodide/v{PYODIDE_VERSION}/full/"
LOCK_FILE = "pyodide-lock.json"
#: What the page loads from Pyodide's indexURL to start Python (pyodide.mjs imports the rest).
CORE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", LOCK_FILE)
#: Where a local copy lands inside the site (versioned, so caches never mix two Pyodides).
SITE_DIR = f"pyodide/{PYODIDE_VERSION}"


@dataclass(frozen=True)
class PyodideSource:
    """Either a local directory (copied into the site) or a base URL the page loads from."""

    url: str  # the page's indexURL: SITE_DIR + "/" for a local copy
    local_dir: Path | None = None

    @property
    def is_local(self) -> bool:
        return self.local_dir is not None


def _dir_version(path: Path) -> str | None:
    package = path / "package.json"
    if package.is_file():
        try:
            version = json.loads(package.read_text(encoding="utf-8")).get("version")
        except (OSError, ValueError):
            return None
        return version if isinstance(version, str) else None
    return None


def local_source(path: Path) -> PyodideSource:
    """Check a `--pyodide-dir`: it must hold Pyodide PYODIDE_VERSION's core files."""
    where = f"--pyodide-dir {path}"
    if not path.exists():
        raise BuildError(
            f"{where}: no such directory. Pass the folder holding pyodide.mjs, e.g. the npm "
            f"package: npm install pyodide@{PYODIDE_VERSION} → node_modules/pyodide"
        )
    if not path.is_dir():
        raise BuildError(f"{where}: is a file, not a directory holding Pyodide {PYODIDE_VERSION}")
    missing = [name for name in CORE_FILES if not (path / name).is_file()]
    if missing:
        raise BuildError(
            f"{where}: incomplete Pyodide distribution, missing {', '.join(missing)}. "
            f"Expected Pyodide {PYODIDE_VERSION}'s core files: {', '.join(CORE_FILES)} "
            f"(npm install pyodide@{PYODIDE_VERSION} provides them in node_modules/pyodide)"
        )
    version = _dir_version(path)
    if version is not None and version != PYODIDE_VERSION:
        raise BuildError(
            f"{where}: holds Pyodide {version}, but stbundle is pinned to Pyodide "
            f"{PYODIDE_VERSION} (npm install pyodide@{PYODIDE_VERSION})"
        )
    try:
        json.loads((path / LOCK_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BuildError(f"{where}: {LOCK_FILE} is not readable JSON ({exc})") from exc
    return PyodideSource(url=f"{SITE_DIR}/", local_dir=path)


def url_source(url: str | None) -> PyodideSource:
    """The CDN by default, or `--pyodide-url` (made to end with "/", as indexURL must)."""
    url = url or CDN_URL
    return PyodideSource(url=url if url.endswith("/") else url + "/")


def copy_into(source: PyodideSource, site: Path, package_files: list[str]) -> list[Path]:
    """Copy the core and the package files present locally; returns the files written."""
    assert source.local_dir is not None
    target = site / SITE_DIR
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name in [*CORE_FILES, *package_files]:
        shutil.copy2(source.local_dir / name, target / name)
        written.append(target / name)
    return written


def load_lock_data(source: PyodideSource, cache: Path) -> dict[str, Any]:
    """Pyodide's lock file: from the local copy, the cache, or (once) the source's URL."""
    if source.local_dir is not None:
        path = source.local_dir / LOCK_FILE
    else:
        path = cache / f"pyodide-lock-{PYODIDE_VERSION}.json"
        if source.url != CDN_URL:
            digest = hashlib.sha256(source.url.encode()).hexdigest()[:12]
            path = cache / f"pyodide-lock-{digest}.json"
        if not path.is_file():
            _download(source.url + LOCK_FILE, path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BuildError(f"cannot read Pyodide's package list {path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("packages"), dict):
        raise BuildError(f"{path} is not a Pyodide lock file (no 'packages' table)")
    return data


def _download(url: str, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            tmp.write_bytes(response.read())
    except OSError as exc:
        raise BuildError(
            f"cannot download Pyodide's package list from {url} ({exc}), needed to resolve the "
            f"app's third-party imports. Pass --pyodide-dir with a local Pyodide {PYODIDE_VERSION}"
        ) from exc
    tmp.replace(path)
