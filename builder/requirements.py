"""Pure-Python packages from `requirements.txt`, fetched as wheels at build time.

Wheels are looked up in a cache first (`--wheel-cache`, `$STBUNDLE_WHEEL_CACHE`, or
`~/.cache/stbundle/wheels`) and otherwise downloaded into it with
`pip download --no-deps --only-binary=:all: --platform any --python-version 3.14
--implementation py`, so only pure-Python wheels qualify and a pinned, cached requirement never
touches the network.
List every pure-Python dependency (as `pip freeze` does): wheels are shipped as listed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

from stbundle.builder.errors import BuildError

PURE_TAGS = ("py3-none-any", "py2.py3-none-any")
PYTHON_VERSION = "3.14"  # Pyodide 314's Python
_REQ = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$")


@dataclass(frozen=True)
class Requirement:
    """One line of a requirements file: a name with its version specifier, or a wheel path."""

    name: str
    spec: str  # e.g. "==1.2", ">=2", "" (any)
    source: str  # "requirements.txt:3"
    wheel_path: Path | None = None

    @property
    def pinned(self) -> str | None:
        m = re.fullmatch(r"===?\s*([A-Za-z0-9._+!-]+)", self.spec.strip())
        return m.group(1) if m else None

    def __str__(self) -> str:
        return f"{self.name}{self.spec}"


def default_cache() -> Path:
    env = os.environ.get("STBUNDLE_WHEEL_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "stbundle" / "wheels"


def wheel_name(name: str) -> str:
    """A distribution name as wheel file names spell it."""
    return re.sub(r"[-_.]+", "_", name).lower()


def parse_requirements(path: Path, _seen: frozenset[Path] = frozenset()) -> list[Requirement]:
    """Names with version specifiers, `-r other.txt` includes, and paths to local wheels."""
    path = path.resolve()
    if path in _seen:
        return []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise BuildError(f"--requirements {path}: cannot read it ({exc.strerror})") from exc
    out: list[Requirement] = []
    for number, raw in enumerate(lines, 1):
        line = raw.split(" #", 1)[0].strip()
        where = f"{path.name}:{number}"
        if not line or line.startswith("#"):
            continue
        if line.startswith(("-r ", "--requirement ")):
            out.extend(parse_requirements(path.parent / line.split(None, 1)[1], _seen | {path}))
            continue
        if line.startswith("-"):
            raise BuildError(
                f"{where}: option {line.split()[0]} is not supported in a static build's "
                "requirements; list packages (name==version) or paths to .whl files"
            )
        line = line.split(";", 1)[0].strip()  # environment markers: the target is Pyodide
        if line.endswith(".whl"):
            wheel = (path.parent / line).resolve()
            if not wheel.is_file():
                raise BuildError(f"{where}: wheel {line} not found")
            out.append(Requirement(wheel.name.split("-", 1)[0], "", where, wheel))
            continue
        m = _REQ.match(line)
        if m is None:
            raise BuildError(f"{where}: cannot read requirement {line!r}")
        out.append(Requirement(m.group(1), m.group(3).replace(" ", ""), where))
    return out


def _is_pure(path: Path) -> bool:
    return path.name.endswith(tuple(f"-{tag}.whl" for tag in PURE_TAGS))


def cached_wheel(cache: Path, name: str, version: str) -> Path | None:
    """A pure-Python wheel of exactly this name and version already in the cache."""
    if not cache.is_dir():
        return None
    prefix = f"{wheel_name(name)}-{version}-"
    for path in sorted(cache.glob("*.whl")):
        if path.name.lower().startswith(prefix.lower()) and _is_pure(path):
            return path
    return None


def fetch_wheel(req: Requirement, cache: Path) -> Path:
    """The requirement's pure-Python wheel: a local path, a cache hit, or a download."""
    if req.wheel_path is not None:
        if not _is_pure(req.wheel_path):
            raise BuildError(
                f"{req.source}: {req.wheel_path.name} is not a pure-Python wheel "
                f"({' or '.join(PURE_TAGS)}); Pyodide cannot load compiled wheels built for "
                "another platform"
            )
        return req.wheel_path
    pinned = req.pinned
    if pinned is not None:
        hit = cached_wheel(cache, req.name, pinned)
        if hit is not None:
            return hit
    return _download(req, cache)


def _download(req: Requirement, cache: Path) -> Path:
    cache.mkdir(parents=True, exist_ok=True)
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--only-binary=:all:",
        "--platform",
        "any",
        "--python-version",
        PYTHON_VERSION,
        "--implementation",
        "py",
        "--disable-pip-version-check",
        "-d",
        str(cache),
        str(req),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        said = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
        raise BuildError(
            f"{req.source}: no pure-Python wheel found for {req} (pip: {said}). A static build "
            "can ship only pure-Python packages (py3-none-any wheels); compiled packages must "
            "come from Pyodide's own package list"
        )
    for line in proc.stdout.splitlines():
        m = re.search(r"(?:Saved|File was already downloaded)\s+(.+\.whl)\s*$", line)
        if m:
            return Path(m.group(1).strip())
    raise BuildError(f"{req.source}: pip downloaded no wheel for {req}")


def top_level_names(wheel: Path) -> set[str]:
    """The import names a wheel provides: its top-level packages and modules."""
    names: set[str] = set()
    with zipfile.ZipFile(wheel) as zf:
        for entry in zf.namelist():
            first = entry.split("/", 1)[0]
            if first.endswith((".dist-info", ".data")):
                if entry.endswith(".dist-info/top_level.txt"):
                    names.update(zf.read(entry).decode().split())
                continue
            if "/" in entry:
                names.add(first)
            elif entry.endswith(".py"):
                names.add(entry[: -len(".py")])
    return {n for n in names if n.isidentifier()}


def requires_dist(wheel: Path) -> list[str]:
    """Unconditional `Requires-Dist` names in the wheel's METADATA (extras, markers skipped)."""
    with zipfile.ZipFile(wheel) as zf:
        meta = next((n for n in zf.namelist() if n.endswith(".dist-info/METADATA")), None)
        if meta is None:
            return []
        text = zf.read(meta).decode("utf-8", "replace")
    out = []
    for line in text.splitlines():
        if line.startswith("Requires-Dist:") and ";" not in line:
            m = _REQ.match(line.split(":", 1)[1].strip())
            if m:
                out.append(m.group(1))
    return out
