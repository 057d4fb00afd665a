"""Making `import streamlit` inside an app give stbundle's API.

While any script runs, `sys.modules["streamlit"]` is stbundle's API module (and
`streamlit.errors`, `streamlit.components.v1`, ... its submodules), even when the real streamlit
is installed alongside; the real
modules are put back when the last run ends, so a process may use both (the differential tests
do). Counting nested and concurrent runs keeps the swap correct with several sessions.
"""

from __future__ import annotations

import sys
import threading
import types
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_saved: dict[str, types.ModuleType | None] = {}
_modules: dict[str, types.ModuleType] = {}


def _ours() -> dict[str, types.ModuleType]:
    """`streamlit` and the submodules apps import (runtime_py/submodules.py), built once.

    A name Streamlit lacks too reads as Streamlit's error: the API module's `__getattr__`.
    """
    if not _modules:
        from stbundle.runtime_py import api
        from stbundle.runtime_py.submodules import streamlit_submodules

        _modules["streamlit"] = api
        _modules.update(streamlit_submodules())
    return _modules


@contextmanager
def installed() -> Iterator[None]:
    global _depth
    with _lock:
        if _depth == 0:
            for name, module in _ours().items():
                _saved[name] = sys.modules.get(name)
                sys.modules[name] = module
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                for name in _ours():
                    previous = _saved.pop(name, None)
                    if previous is None:
                        sys.modules.pop(name, None)
                    else:
                        sys.modules[name] = previous


def magic_functions() -> types.ModuleType:
    from stbundle.runtime_py.elements import write

    return write
