"""`streamlit.components.v1`: html() and iframe() (sandboxed frames, see elements/iframe.py).

declare_component: custom components, which talk to their frame both ways (custom_components.py).
"""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

from stbundle.runtime_py.custom_components import CustomComponent, declare, module_name_of

__all__ = ["CustomComponent", "declare_component", "html", "iframe"]


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


def declare_component(
    name: str, path: str | Path | None = None, url: str | None = None
) -> CustomComponent:
    """A custom component: its page is the `index.html` of the folder `path`, or the dev
    server at `url` (which wins when both are given). Call the result to show an instance."""
    caller = inspect.currentframe()
    caller = caller.f_back if caller is not None else None
    module = (
        module_name_of(caller.f_globals, caller.f_code.co_filename)
        if caller is not None
        else "__main__"
    )
    return declare(name, path, url, module)
