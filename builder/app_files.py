"""The app's own files: its scripts, the local modules they import, and the data files it reads.

Scripts and modules come from the compiler's model. Data files are found the same static way:
a string literal in the app's code that names an existing file (or folder) beside the app,
such as `open("data.csv")` or `Path(__file__).parent / "assets"`, ships that file (or folder).
Secrets never ship: `.streamlit/secrets.toml` would be public on a static host.
"""

from __future__ import annotations

import ast
import zipfile
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from stbundle.compiler.model import AppModel

_SKIP_DIRS = {"__pycache__", "node_modules", "venv", "site-packages"}
SECRETS = ".streamlit/secrets.toml"
CONFIG = ".streamlit/config.toml"
_EPOCH = (1980, 1, 1, 0, 0, 0)


@dataclass
class AppFiles:
    """Relative name (as in the app folder) → bytes, split by why each file ships."""

    modules: dict[str, bytes] = field(default_factory=dict)
    data: dict[str, bytes] = field(default_factory=dict)
    # Written by the build for the runtime in the page (not the app's own files).
    generated: dict[str, bytes] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def archive(self) -> bytes:
        """A deterministic zip of every file, unpacked into the app folder by the page."""
        buffer = BytesIO()
        with zipfile.ZipFile(buffer, "w") as zf:
            for name, data in sorted({**self.generated, **self.data, **self.modules}.items()):
                info = zipfile.ZipInfo(name, date_time=_EPOCH)
                info.external_attr = 0o644 << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, data, compresslevel=9)
        return buffer.getvalue()


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


def collect(model: AppModel, exclude: Path | None = None) -> AppFiles:
    """The app's scripts and local modules, plus data files named by string literals."""
    root = model.root.resolve()
    files = AppFiles()
    for module in model.modules.values():
        rel = Path(module.rel)
        files.modules[rel.as_posix()] = (root / rel).read_bytes()
        for parent in rel.parents:  # a local package's __init__ files, so imports resolve
            init = root / parent / "__init__.py"
            if parent != Path(".") and init.is_file():
                files.modules.setdefault((parent / "__init__.py").as_posix(), init.read_bytes())
    candidates: set[Path] = set()
    for module in model.modules.values():
        base = (root / module.rel).parent
        for text in _string_literals(module.source):
            for start in {root, base}:
                try:
                    path = (start / text).resolve()
                except (OSError, ValueError):
                    continue
                if path != root and _inside(root, path) is not None and path.exists():
                    candidates.add(path)
    out = exclude.resolve() if exclude is not None else None
    for path in sorted(candidates):
        targets = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for target in targets:
            rel = target.relative_to(root)
            name = rel.as_posix()
            if _skipped(rel) or name in files.modules or name == SECRETS:
                continue
            if out is not None and (target == out or out in target.parents):
                continue
            files.data[name] = target.read_bytes()
    if (root / CONFIG).is_file():
        # The page's theme comes from it (runtime_py/app_config.py), as in serve mode.
        files.data[CONFIG] = (root / CONFIG).read_bytes()
    if (root / SECRETS).is_file():
        files.notes.append(f"{SECRETS} is not shipped: everything in a static site is public")
    return files
