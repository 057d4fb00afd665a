"""Commands that steer the run or the page: st.rerun, st.stop, st.set_page_config."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NoReturn

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.errors import (
    RerunException,
    StopException,
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
)


def rerun(scope: str | int | Sequence[str | int] = "app") -> None:
    """Stop this run and start a new one, of the whole app or (`scope="fragment"`) of the
    fragment it is called from. Differs from Streamlit: a fragment key as `scope` is refused.
    """
    if scope not in ("app", "fragment"):
        raise StreamlitAPIException(
            f"'{scope}'is not a valid rerun scope. Valid scopes are 'app' and 'fragment'."
        )
    ctx = get_run_context()
    if ctx is None:
        return
    if ctx.in_callback:
        # Streamlit 1.67: the callback stops here; once every callback has run, the app
        # reruns once with the interaction's clicks spent (see AppSession._run_callbacks).
        raise RerunException()
    if scope == "fragment":
        if not ctx.fragment_id or not ctx.fragment_ids:
            raise StreamlitInvalidLayoutContextError(
                'scope="fragment" can only be specified from `@st.fragment`-decorated '
                "functions during fragment reruns."
            )
        raise RerunException(ctx.fragment_id)
    raise RerunException()


def stop() -> NoReturn:
    """End this run here; what was shown so far stays."""
    raise StopException()


_LAYOUTS = {"centered": pb.PageConfig.CENTERED, "wide": pb.PageConfig.WIDE}
_SIDEBAR = {
    "auto": pb.PageConfig.AUTO,
    "expanded": pb.PageConfig.EXPANDED,
    "collapsed": pb.PageConfig.COLLAPSED,
}


def set_page_config(
    page_title: str | None = None,
    page_icon: str | None = None,
    layout: str | None = None,
    initial_sidebar_state: str | int | None = None,
    menu_items: Any = None,
) -> None:
    """Set the browser tab's title and icon, the page layout and the sidebar's first state.

    Differs from Streamlit: `menu_items` is accepted but there is no app menu to put it in.
    """
    msg = pb.ForwardMsg()
    config = msg.page_config
    if page_title is not None:
        config.title = str(page_title)
    if page_icon is not None:
        config.icon = str(page_icon)
    if layout is not None:
        if layout not in _LAYOUTS:
            raise StreamlitAPIException(f'`layout` must be "centered" or "wide" (got "{layout}")')
        config.layout = _LAYOUTS[layout]
    if isinstance(initial_sidebar_state, str):
        if initial_sidebar_state not in _SIDEBAR:
            raise StreamlitAPIException(
                '`initial_sidebar_state` must be "auto" or "expanded" or "collapsed" '
                f'(got "{initial_sidebar_state}")'
            )
        config.initial_sidebar_state = _SIDEBAR[initial_sidebar_state]
    ctx = get_run_context()
    if ctx is not None:
        ctx.emit(msg)
