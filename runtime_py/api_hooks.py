"""What the `streamlit` module wires up when it is imported.

Cached functions show Streamlit's "Running `f(...)`." spinner, keep per-session caches, and draw
again on every hit what they drew when computed; the caching package asks the runtime for these
through hooks so that it never imports the DeltaGenerator itself.
"""

from __future__ import annotations

from contextlib import AbstractContextManager

from stbundle.runtime_py.cache_output import record_output, replay_output
from stbundle.runtime_py.caching import set_output_hooks, set_session_id_provider, set_spinner_hook
from stbundle.runtime_py.context import get_run_context


def _show_cache_spinner(text: str) -> AbstractContextManager[None]:
    from stbundle.runtime_py.delta_generator import main_dg

    return main_dg.spinner(text, _cache=True)


def _session_id() -> str | None:
    ctx = get_run_context()
    return ctx.session.id if ctx is not None else None


def install() -> None:
    set_spinner_hook(_show_cache_spinner)
    set_session_id_provider(_session_id)
    set_output_hooks(record_output, replay_output)
