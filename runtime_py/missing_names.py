"""The message of `st.<name>` for a name Streamlit 1.67 lacks too, worded as Streamlit's (and
of a container's method that does not exist: `st.sidebar.echo()`, `chart.add_rows()`).

Names Streamlit removed point to their replacement (`st.experimental_dialog` -> `st.dialog`);
other names get up to three close public names as suggestions.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Collection, Iterable
from typing import Any, NoReturn

#: Names Streamlit removed, and what to use instead (facts of Streamlit 1.67's API).
REMOVED: dict[str, tuple[str, ...]] = {
    "beta_color_picker": ("color_picker",),
    "beta_columns": ("columns",),
    "beta_container": ("container",),
    "beta_expander": ("expander",),
    "beta_secrets": ("secrets",),
    "beta_set_page_config": ("set_page_config",),
    "cache": ("cache_data", "cache_resource"),
    "experimental_audio_input": ("audio_input",),
    "experimental_connection": ("connection",),
    "experimental_data_editor": ("data_editor",),
    "experimental_dialog": ("dialog",),
    "experimental_fragment": ("fragment",),
    "experimental_get_query_params": ("query_params",),
    "experimental_memo": ("cache_data",),
    "experimental_rerun": ("rerun",),
    "experimental_set_query_params": ("query_params",),
    "experimental_show": ("write",),
    "experimental_singleton": ("cache_resource",),
    "experimental_user": ("user",),
}


def _st_names(names: Collection[str]) -> str:
    labeled = [f"st.{n}" for n in names]
    if len(labeled) <= 2:
        return " or ".join(labeled)
    return f"{', '.join(labeled[:-1])}, or {labeled[-1]}"


def missing_name_message(name: str, public: Iterable[str]) -> str:
    """What `AttributeError` says for `st.<name>`; `public` are the module's public names."""
    prefix = f"module 'streamlit' has no attribute '{name}'"
    if name.startswith("_"):
        return prefix
    if name in REMOVED:
        return f"{prefix}. st.{name} has been removed. Use {_st_names(REMOVED[name])} instead."
    if name == "bokeh_chart":
        return (
            f"{prefix}. st.bokeh_chart has been removed. Use the streamlit-bokeh component instead."
        )
    catalog = sorted(public)
    if name == "input":
        inputs = _st_names([c for c in catalog if c.endswith("_input")])
        return f"{prefix}. Use a specific input command such as {inputs}."
    close = [
        m
        for m in difflib.get_close_matches(name, catalog, n=3, cutoff=0.8)
        if abs(len(m) - len(name)) <= 1
    ]
    return f"{prefix}. Did you mean {_st_names(close)}?" if close else prefix


def unknown_method(
    name: str, public: Collection[str], *, in_sidebar: bool
) -> Callable[..., NoReturn]:
    """What `<container>.<name>` is for a name no container has, as in Streamlit 1.67: a
    callable that raises on call, naming `st.<name>` when the module has that command."""
    from stbundle.runtime_py.errors import StreamlitAPIException

    if name not in public:
        message = f"`{name}()` is not a valid Streamlit command."
    elif in_sidebar:
        message = f"Method `{name}()` does not exist for `st.sidebar`. Did you mean `st.{name}()`?"
    else:
        message = (
            f"Method `{name}()` does not exist for `DeltaGenerator` objects. "
            f"Did you mean `st.{name}()`?"
        )

    def unknown(*_args: Any, **_kwargs: Any) -> NoReturn:
        raise StreamlitAPIException(message)

    return unknown
