"""`streamlit.runtime` and `streamlit.runtime.scriptrunner` as apps use them.

Apps call `st.runtime.exists()` to ask whether they run inside a Streamlit server (rather than
as a bare `python app.py`), and `get_script_run_ctx()` to ask whether they run inside a script
run at all (often from threads). Both answer for stbundle's runtime.
"""

from __future__ import annotations

import threading

from stbundle.runtime_py.context import (
    RunContext,
    get_run_context,
    reset_run_context,
    set_run_context,
)


def exists() -> bool:
    """True while stbundle runs the app (in `bundle serve`, a static build or AppTest)."""
    return get_run_context() is not None


def get_script_run_ctx(suppress_warning: bool = False) -> RunContext | None:
    """The current run's context, or None outside a script run (e.g. in another thread)."""
    return get_run_context()


def add_script_run_ctx(
    thread: threading.Thread | None = None, ctx: RunContext | None = None
) -> threading.Thread:
    """Let `thread` call st commands of this run (as Streamlit's does): its run() sees `ctx`."""
    target = thread if thread is not None else threading.current_thread()
    context = ctx if ctx is not None else get_run_context()
    original = target.run

    def run_with_context() -> None:
        token = set_run_context(context)
        try:
            original()
        finally:
            reset_run_context(token)

    target.run = run_with_context  # type: ignore[method-assign]
    return target
