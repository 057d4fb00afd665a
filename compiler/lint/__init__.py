"""``bundle lint``: Streamlit anti-patterns found statically, without running the app.

``lint_paths`` is the entry point for the CLI, ``bundle serve`` and ``bundle build``;
``format_diagnostics`` renders the result.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Sequence
from pathlib import Path

from stbundle.compiler.analysis import python_files
from stbundle.compiler.app import analyse_files, app_root, gc_paused, page_context, relative
from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.config import ConfigError, LintConfig, load_config
from stbundle.compiler.lint.engine import run_rules
from stbundle.compiler.lint.output import format_diagnostics
from stbundle.compiler.source import UNREADABLE

__all__ = ["ConfigError", "Diagnostic", "LintConfig", "format_diagnostics", "lint_paths"]


def _display(path: Path) -> str:
    """A path as the user sees it: relative to the working directory when inside it."""
    try:
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(Path.cwd())).as_posix()
    except ValueError:
        return os.path.normpath(str(path))


def group_files(paths: Sequence[Path]) -> dict[Path, list[Path]]:
    """App directories and the scripts in each (a directory argument is one app)."""
    groups: dict[Path, list[Path]] = {}
    for path in paths:
        if path.is_dir():
            groups.setdefault(path, []).extend(python_files(path))
            continue
        groups.setdefault(app_root(path), []).append(path)
    return groups


def lint_paths(paths: Sequence[Path | str], config: LintConfig | None = None) -> list[Diagnostic]:
    """Lint files and directories; ``config`` None means each app's pyproject.toml."""
    out: list[Diagnostic] = []
    seen: set[tuple[str, int, int, str]] = set()
    for root, files in group_files([Path(p) for p in paths]).items():
        # A page's entry script (and an entry's pages) are analysed too, only for what they
        # tell about the linted files (state they initialise); their own findings are not shown.
        context = page_context(root, files)
        model = analyse_files(root, files + context)
        linted = {relative(root, f) for f in files}
        with gc_paused():
            diagnostics = run_rules(model, config if config is not None else load_config(root))
        for diag in diagnostics:
            if context and diag.path not in linted:
                continue
            shown = dataclasses.replace(diag, path=_display(root / diag.path))
            if shown.sort_key() not in seen:
                seen.add(shown.sort_key())
                out.append(shown)
    out.sort(key=Diagnostic.sort_key)
    return out


def missing_path(path: str) -> Diagnostic:
    code, name = UNREADABLE
    return Diagnostic(
        code, name, "Cannot lint this path: it does not exist", path, 1, 1, 1, 1, "error"
    )
