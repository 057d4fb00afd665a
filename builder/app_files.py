"""The app's own files: its scripts, the local modules they import, and the data files it reads.

Scripts and modules come from the compiler's model. Data files are found the same static way:
a string literal in the app's code that names an existing file (or folder) beside the app,
such as `open("data.csv")` or `Path(__file__).parent / "assets"`, ships that file (or folder).
Secrets never ship: `.streamlit/secrets.toml` would be public on a static host, and so would
whatever a symbolic link in a data folder points at: every shipped file is resolved, and one
that resolves outside the app's folder or to a secrets (or hidden) file stops the build.
`.streamlit/config.toml` ships reduced to what the page reads (see streamlit_config.py).
"""

from __future__ import annotations

import ast
import os
from dataclasses import dataclass, field
from pathlib import Path

from stbundle.builder import python_pack
from stbundle.builder.errors import BuildError
from stbundle.builder.streamlit_config import reduce_config
from stbundle.compiler.model import AppModel

_SKIP_DIRS = {"__pycache__", "node_modules", "venv", "site-packages"}
SECRETS = ".streamlit/secrets.toml"
CONFIG = ".streamlit/config.toml"


@dataclass
class AppFiles:
    """Relative name (as in the app folder) → bytes, split by why each file ships."""

    modules: dict[str, bytes] = field(default_factory=dict)
    data: dict[str, bytes] = field(default_factory=dict)
    # Written by the build for the runtime in the page (not the app's own files).
    generated: dict[str, bytes] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    # What the build shipped from .streamlit/, for its summary.
    summary: list[str] = field(default_factory=list)

    def archive(self) -> bytes:
        """Every file as one pack (python_pack.py), written into the app folder by the page the
        way it writes the packages: no unzip in Python (Pyodide's unpackArchive took 50-150 ms
        of a start for an app of one file)."""
        return python_pack.pack({**self.generated, **self.data, **self.modules})


def _skipped(rel: Path) -> bool:
    return any(part.startswith(".") or part in _SKIP_DIRS for part in rel.parts)


def _string_literals(source: str) -> set[str]:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and 0 < len(node.value) < 256
        and "\n" not in node.value
        and "\0" not in node.value
    }


def _inside(root: Path, path: Path) -> Path | None:
    try:
        return path.relative_to(root)
    except ValueError:
        return None


def _is_secret(rel: Path) -> bool:
    """Files a static site must never publish: secrets.toml anywhere, and hidden files (.env,
    .git/, .streamlit/...) that a build never ships by name either."""
    return rel.name == "secrets.toml" or any(part.startswith(".") for part in rel.parts)


def _walk(folder: Path) -> list[Path]:
    """Every file under folder, following symbolic links (each real folder visited once)."""
    found: list[Path] = []
    seen: set[Path] = set()
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=True):
        real = Path(dirpath).resolve()
        if real in seen:
            dirnames[:] = []
            continue
        seen.add(real)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in _SKIP_DIRS)
        found.extend(Path(dirpath) / name for name in sorted(filenames))
    return found


def _checked_read(root: Path, path: Path) -> bytes:
    """The bytes of a file the site ships, after resolving it: a file that resolves (through a
    symbolic link) outside the app's folder or to a secrets file stops the build."""
    rel = path.relative_to(root).as_posix()
    real = path.resolve()
    inside = _inside(root, real)
    if inside is None:
        raise BuildError(
            f"{rel} resolves to {real}, outside the app's folder {root}: a static site is public, "
            "so the build ships only the app's own files; copy the file into the folder or "
            "remove the link"
        )
    if _is_secret(inside):
        raise BuildError(
            f"{rel} resolves to {inside.as_posix()}, which is never shipped (secrets and hidden "
            "files): everything in a static site is public; remove the link"
        )
    return real.read_bytes()


def collect(model: AppModel, exclude: Path | None = None) -> AppFiles:
    """The app's scripts and local modules, plus data files named by string literals.

    Every shipped path is resolved, symbolic links included; see `_checked_read`.
    """
    root = model.root.resolve()
    files = AppFiles()
    for module in model.modules.values():
        rel = Path(module.rel)
        files.modules[rel.as_posix()] = _checked_read(root, root / rel)
        for parent in rel.parents:  # a local package's __init__ files, so imports resolve
            init = root / parent / "__init__.py"
            if parent != Path(".") and init.is_file():
                name = (parent / "__init__.py").as_posix()
                if name not in files.modules:
                    files.modules[name] = _checked_read(root, init)
    candidates: set[Path] = set()
    for module in model.modules.values():
        base = (root / module.rel).parent
        for text in _string_literals(module.source):
            for start in {root, base}:
                try:
                    # Where the literal points by name; links are resolved per file below.
                    path = Path(os.path.normpath(start / text))
                    exists = path.exists()
                except (OSError, ValueError):
                    continue
                if path != root and _inside(root, path) is not None and exists:
                    candidates.add(path)
    out = exclude.resolve() if exclude is not None else None
    for path in sorted(candidates):
        targets = _walk(path) if path.is_dir() else [path]
        for target in targets:
            rel = target.relative_to(root)
            name = rel.as_posix()
            if _skipped(rel) or name in files.modules or name == SECRETS:
                continue
            if out is not None and (target.resolve() == out or out in target.resolve().parents):
                continue
            files.data[name] = _checked_read(root, target)
    if (root / CONFIG).is_file():
        # The page's theme comes from it (runtime_py/app_config.py), as in serve mode.
        reduced = reduce_config(_checked_read_config(root), CONFIG)
        if reduced.data is not None:
            files.data[CONFIG] = reduced.data
        kept = ", ".join(f"[{s}]" for s in reduced.kept) or "nothing"
        left = (
            f"; left out: {', '.join(f'[{s}]' for s in reduced.left_out)}"
            if reduced.left_out
            else ""
        )
        files.summary.append(f"shipped from .streamlit/: config.toml with {kept}{left}")
    elif (root / ".streamlit").is_dir():
        files.summary.append("shipped from .streamlit/: nothing")
    if (root / SECRETS).exists():
        files.notes.append(f"{SECRETS} is not shipped: everything in a static site is public")
    return files


def _checked_read_config(root: Path) -> bytes:
    """config.toml itself lives in a hidden folder: check only that it stays in the app's."""
    real = (root / CONFIG).resolve()
    if _inside(root, real) is None or real.name == "secrets.toml":
        raise BuildError(f"{CONFIG} resolves to {real}, outside the app's folder {root}")
    return real.read_bytes()
