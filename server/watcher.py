"""Run on save: when the app or one of its local modules changes, connected pages rerun.

Like Streamlit's run-on-save: the app's folder is watched (watchfiles), local modules are
dropped from `sys.modules` so the next run imports the new code, and every session with an open
page reruns with the widget values it has. A save with a syntax error shows the exception in the
page (the runtime compiles the script on each run); the next good save recovers.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

_LOG = logging.getLogger(__name__)
_VENDORED = {"site-packages", "dist-packages"}


def local_modules(folder: Path) -> list[str]:
    """Names of imported modules whose file lies in the app's folder (not in a venv inside)."""
    names = []
    for name, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None)
        if not file:
            continue
        path = Path(file)
        if not path.is_relative_to(folder):
            continue
        if _VENDORED.intersection(path.relative_to(folder).parts):
            continue
        names.append(name)
    return names


def forget_local_modules(folder: Path) -> list[str]:
    """Drop the app's local modules so the next run imports their new code."""
    names = local_modules(folder)
    for name in names:
        sys.modules.pop(name, None)
    importlib.invalidate_caches()
    return names


class RunOnSave:
    """Watches one app's folder and calls `on_change` after its Python files changed."""

    def __init__(
        self,
        script_path: Path,
        on_change: Callable[[list[Path]], None],
        *,
        debounce_ms: int = 50,
    ) -> None:
        self.script_path = script_path.resolve()
        self.folder = self.script_path.parent
        self.on_change = on_change
        self.debounce_ms = debounce_ms
        self._stop = asyncio.Event()

    async def run(self) -> None:
        """Watch until `stop()`; each batch of changes becomes one `on_change` call."""
        # Imported here, off the event loop: watchfiles (and anyio under it) is a sizeable
        # import, and the server should answer its first request without waiting for it.
        watchfiles = await asyncio.to_thread(importlib.import_module, "watchfiles")
        async for changes in watchfiles.awatch(
            self.folder,
            watch_filter=watchfiles.PythonFilter(),
            stop_event=self._stop,
            debounce=self.debounce_ms,
            step=25,
            rust_timeout=500,
        ):
            paths = self._relevant(path for _, path in changes)
            if not paths:
                continue
            forget_local_modules(self.folder)
            try:
                self.on_change(paths)
            except Exception:
                _LOG.exception("run on save failed")

    def _relevant(self, changed: Iterable[str]) -> list[Path]:
        paths = []
        for raw in changed:
            path = Path(raw).resolve()
            if not path.is_relative_to(self.folder):
                continue
            if _VENDORED.intersection(path.relative_to(self.folder).parts):
                continue
            paths.append(path)
        return sorted(set(paths))

    def stop(self) -> None:
        self._stop.set()
