"""Compiling the app on start and on every save, to show the compiler's findings in the terminal.

The compiler (stbundle.compiler) is optional at run time: serving never depends on it, and a
compiler failure is logged, not fatal. Each finding is one `path:line:col: CODE message` line.
"""

from __future__ import annotations

import logging
from pathlib import Path

_LOG = logging.getLogger(__name__)


def lint_lines(app: Path) -> list[str]:
    """The compiler's diagnostics for the app, one line each (none when it is unavailable)."""
    try:
        from stbundle.compiler.lint import lint_paths
    except ImportError:
        return []
    try:
        diagnostics = lint_paths([app])
    except Exception as exc:  # a compiler bug must not stop the app from being served
        _LOG.warning("could not compile %s: %s", app, exc)
        return []
    return [f"{d.path}:{d.line}:{d.col}: {d.code} {d.message}" for d in diagnostics]
