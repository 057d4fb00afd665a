"""`streamlit.components.v1`: html() and iframe() (sandboxed frames, see elements/iframe.py).

Custom components (declare_component) need a two-way channel with their frame that stbundle
does not have yet: using one says so at the user's line.
"""

from __future__ import annotations

from typing import Any

from stbundle.runtime_py.unsupported import raise_not_yet


def html(
    html: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
) -> Any:
    """Show an HTML string (scripts included) in a sandboxed frame, 150 px high by default."""
    from stbundle.runtime_py.delta_generator import main_dg

    return main_dg._frame(
        src=None, srcdoc=html, width=width, height=height, scrolling=scrolling, tab_index=tab_index
    )


def iframe(
    src: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
) -> Any:
    """Show the page at `src` in a sandboxed frame, 150 px high by default."""
    from stbundle.runtime_py.delta_generator import main_dg

    return main_dg._frame(
        src=src, srcdoc=None, width=width, height=height, scrolling=scrolling, tab_index=tab_index
    )


def declare_component(name: str, path: str | None = None, url: str | None = None) -> Any:
    """Custom components are not supported yet (they talk to their frame both ways)."""
    raise_not_yet("components.v1.declare_component", "submodules")


class CustomComponent:
    """What declare_component returns in Streamlit; not supported yet, so creating one says so."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise_not_yet("components.v1.CustomComponent", "submodules")
