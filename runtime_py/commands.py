"""Commands that steer the run or the page: st.rerun, st.stop, st.set_page_config."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NoReturn

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.app_menu import fill_menu_items
from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.errors import (
    RerunException,
    StopException,
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from stbundle.runtime_py.fragment import fragments_named


def _rerun_scope(scope: object) -> str | list[str]:
    """`scope` checked as Streamlit 1.67 checks it: "app", "fragment", or fragment keys (ints
    become strings; a list may not be empty, hold empty names or the two level names)."""
    expected = ["str", "int", "list[str | int]"]
    if isinstance(scope, int):
        scope = str(scope)
    if isinstance(scope, (bytes, bytearray)) or not isinstance(scope, (str, Sequence)):
        raise StreamlitInvalidParameterTypeError("scope", type(scope).__name__, expected)
    levels = ["'app'", "'fragment'", "a fragment key", "a list of keys"]
    if isinstance(scope, str):
        if scope == "":
            raise StreamlitValueError("scope", levels, detail="Got an empty string.")
        return scope if scope in ("app", "fragment") else [scope]
    if len(scope) == 0:
        raise StreamlitValueError("scope", levels, detail="Got an empty list.")
    names: list[str] = []
    for name in scope:
        if isinstance(name, int):
            name = str(name)
        elif not isinstance(name, str):
            raise StreamlitInvalidParameterTypeError(
                "scope list items", type(name).__name__, ["str", "int"]
            )
        elif name == "":
            raise StreamlitValueError(
                "scope list items",
                ["non-empty strings or ints"],
                detail="Found an empty string in the list.",
            )
        names.append(name)
    for name in names:
        if name in ("app", "fragment"):
            raise StreamlitValueError(
                "scope",
                ["fragment keys"],
                detail=f"'{name}' is a reserved scope name and cannot appear inside a list. "
                f"Pass '{name}' directly as a string.",
            )
    return names


def rerun(scope: str | int | Sequence[str | int] = "app") -> None:
    """Stop this run and start a new one: of the whole app, of the fragment it is called from
    (`scope="fragment"`), or, from a widget callback, of the fragments with these keys
    (`@st.fragment(key=...)`)."""
    level = _rerun_scope(scope)
    ctx = get_run_context()
    if ctx is None:
        return
    if isinstance(level, list):
        if not ctx.in_callback:
            raise StreamlitAPIException(
                "Passing a fragment key to `st.rerun()` is only allowed from a widget callback "
                "(e.g. `on_change` / `on_click`). Calling it from the main script body or a "
                "fragment body would abort the current run. If you meant to rerun the whole "
                "app or the current fragment, use `scope='app'` or `scope='fragment'`."
            )
        raise RerunException(fragment_ids=fragments_named(ctx.session.fragments, level))
    if ctx.in_callback:
        # Streamlit 1.67: the callback stops here; once every callback has run, the app
        # reruns once with the interaction's clicks spent (see AppSession._run_callbacks).
        raise RerunException()
    if level == "fragment":
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
    """Set the browser tab's title and icon, the page layout, the sidebar's first state and
    the app menu's entries ("Get help" and "Report a bug" links, "About" markdown)."""
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
    if menu_items is not None:
        fill_menu_items(menu_items, config.menu_items)
    ctx = get_run_context()
    if ctx is not None:
        ctx.emit(msg)
