"""Where an import comes from: the standard library, a file beside the app, or a package.

``bundle build`` resolves only third-party imports into wheels; the standard library ships with
Pyodide and local modules are copied with the app, so both are skipped. Local modules are
resolved the way Streamlit's ``sys.path`` does it: relative to the app's directory.
"""

from __future__ import annotations

import sys
from pathlib import Path

STDLIB: frozenset[str] = frozenset(sys.stdlib_module_names) | {"__future__"}


def module_name(root: Path, path: Path) -> str:
    """Dotted module name of ``path`` relative to the app directory."""
    try:
        rel = path.relative_to(root)
    except ValueError:
        return path.stem
    parts = list(rel.with_suffix("").parts)
    if parts and parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts) or path.stem


def local_module_file(root: Path, dotted: str) -> Path | None:
    """The file a dotted import refers to inside the app directory, if it is local."""
    if not dotted:
        return None
    base = root.joinpath(*dotted.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def resolve_relative(root: Path, importer: Path, level: int, module: str | None) -> str | None:
    """Absolute dotted name for ``from ..x import y`` inside the app directory."""
    package = importer.parent
    for _ in range(level - 1):
        package = package.parent
    try:
        rel = package.relative_to(root)
    except ValueError:
        return None
    parts = [p for p in rel.parts if p]
    if module:
        parts.extend(module.split("."))
    return ".".join(parts)


def classify(root: Path, dotted: str, *, relative: bool = False) -> str:
    """'stdlib', 'local' or 'third_party' for a top-level import."""
    if relative:
        return "local"
    top = dotted.split(".", 1)[0]
    if local_module_file(root, top) is not None or (root / top).is_dir():
        return "local"
    if top in STDLIB:
        return "stdlib"
    return "third_party"
