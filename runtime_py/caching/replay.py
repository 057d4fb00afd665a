"""Where the runtime plugs in "cached output": what a cached function drew, shown on every hit.

Streamlit replays the elements a cached function wrote during its miss whenever a later call
hits the cache, so `@st.cache_data def load(): st.write("loaded"); ...` looks the same on every
run. The caching package only stores and hands back the recording; the runtime decides what a
recording is (see runtime_py/cache_output.py). With no hooks installed, nothing is recorded.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

# record() -> a context manager yielding the recording it fills while the function computes.
RecordHook = Callable[[], AbstractContextManager[Any]]
ReplayHook = Callable[[Any], None]

_record: RecordHook | None = None
_replay: ReplayHook | None = None


def set_output_hooks(record: RecordHook | None, replay: ReplayHook | None) -> None:
    global _record, _replay
    _record, _replay = record, replay


def recording() -> AbstractContextManager[Any]:
    """Record what the cached function draws while it computes (None without hooks)."""
    hook = _record
    return hook() if hook is not None else contextlib.nullcontext(None)


def replay(output: Any) -> None:
    """Draw a recording again at the caller's place (a hit)."""
    if output is not None and _replay is not None:
        _replay(output)
