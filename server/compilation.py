"""The compiler's view of the served app, refreshed on start and on every save.

One analysis serves two purposes: its manifest goes to every session (so repeated keyless
widgets are told apart by call site, see runtime_py/site_keys.py) and its findings are printed
as `path:line:col: CODE message` lines. A compiler failure is logged, never fatal: the app is
served all the same, with Streamlit's behaviour for repeated widgets.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from stbundle.runtime_py.script_source import AST_LOCK

_LOG = logging.getLogger(__name__)


class AppCompilation:
    def __init__(self, app: Path) -> None:
        self.app = app
        self.manifest: dict[str, Any] | None = None
        self._lock = threading.Lock()
        self._first_done = threading.Event()

    def first_manifest(self, timeout: float) -> dict[str, Any] | None:
        """The manifest, waiting (off the event loop) up to timeout for the first compile."""
        self._first_done.wait(timeout)
        return self.manifest

    def refresh(self) -> list[str]:
        """Analyse the app again; returns its findings, one line each (none when clean)."""
        from stbundle.compiler import analyse_app
        from stbundle.compiler.lint.output import format_text

        try:
            with AST_LOCK:  # never beside a session's compile (Python 3.11's AST race)
                model = analyse_app(self.app)
            manifest = model.to_manifest()
        except Exception as exc:  # a compiler bug must not stop the app from being served
            _LOG.warning("could not compile %s: %s", self.app, exc)
            return []
        finally:
            self._first_done.set()
        with self._lock:
            self.manifest = manifest
        if not model.diagnostics:
            return []
        return format_text(model.diagnostics).splitlines()
