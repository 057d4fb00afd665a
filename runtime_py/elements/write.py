"""st.write: one call that shows anything, choosing the element the way Streamlit 1.67 does.

Strings (and anything shown as inline code) are gathered into one markdown element; every other
kind of object goes to the command Streamlit routes it to, through one table, ROUTES, read in
order. A route whose command stbundle does not have yet (st.dataframe, the charts, st.image...)
(a stub in not_yet_commands.py) is skipped, so the object falls through to the same code block
Streamlit uses for objects it has no element for; when the command lands, the route takes
effect with no change here. Magic (a
bare expression on its own line) calls `transparent_write`, which shows the value and hands it
back.
"""

from __future__ import annotations

import dataclasses
import inspect
import io
import types
from collections import ChainMap, UserDict, UserList
from collections.abc import Callable, ItemsView, KeysView, Mapping, ValuesView
from typing import Any, NamedTuple

from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.elements.help import is_mem_address_str
from stbundle.runtime_py.errors import StreamlitAPIException
from stbundle.runtime_py.not_yet_commands import NotYetMixin

_JSON_TYPES = (
    dict,
    list,
    map,
    enumerate,
    types.MappingProxyType,
    UserDict,
    ChainMap,
    UserList,
    ItemsView,
    KeysView,
    ValuesView,
)
_HELP_TYPES = (
    types.BuiltinFunctionType,
    types.BuiltinMethodType,
    types.FunctionType,
    types.MethodType,
    types.ModuleType,
)


# -- recognising objects by their type's qualified name (no import of the libraries) ----------
def _qualified_names(value: object) -> list[str]:
    return [f"{k.__module__}.{k.__qualname__}" for k in type(value).__mro__]


def _is_type(value: object, *names: str) -> bool:
    """Whether the value's type (or a base) has one of these qualified names."""
    return any(name in names for name in _qualified_names(value))


def _module_is(value: object, *prefixes: str) -> bool:
    return any(name.startswith(prefixes) for name in _qualified_names(value))


# pandas names its classes by their public path since 3.0, by their defining module before.
_DATAFRAME_TYPES = (
    "pandas.DataFrame",
    "pandas.Series",
    "pandas.Index",
    "pandas.api.extensions.ExtensionArray",
    "pandas.core.frame.DataFrame",
    "pandas.core.series.Series",
    "pandas.core.indexes.base.Index",
    "pandas.core.arrays.base.ExtensionArray",
    "pandas.io.formats.style.Styler",
    "numpy.ndarray",
    "pyarrow.lib.Table",
    "pyarrow.lib.Array",
    "pyarrow.lib.ChunkedArray",
    "polars.dataframe.frame.DataFrame",
    "polars.series.series.Series",
    "polars.lazyframe.frame.LazyFrame",
    "xarray.core.dataset.Dataset",
    "xarray.core.dataarray.DataArray",
)
_DATAFRAME_MODULES = ("modin.", "dask.", "pyspark.sql.", "snowflake.snowpark.")


def is_dataframe_like(value: object) -> bool:
    """What Streamlit shows as a dataframe: pandas, numpy, pyarrow, polars, ... objects."""
    if value is None or isinstance(value, (tuple, set, str, bytes, int, float, bool)):
        return False
    if _is_type(value, *_DATAFRAME_TYPES) or _module_is(value, *_DATAFRAME_MODULES):
        return True
    if isinstance(value, Mapping) and value:
        first = next(iter(value.values()))
        return _is_type(first, "pandas.Series", "pandas.core.series.Series")
    return False


def _is_custom_dict(value: object) -> bool:
    """st.session_state, st.query_params, st.secrets: shown as JSON, as Streamlit's are."""
    return (
        isinstance(value, Mapping)
        and type(value).__module__.startswith("stbundle.")
        and callable(getattr(value, "to_dict", None))
    )


def _is_namedtuple(value: object) -> bool:
    return isinstance(value, tuple) and callable(getattr(value, "_asdict", None))


def _is_pydantic_model(value: object) -> bool:
    return not isinstance(value, type) and _is_type(value, "pydantic.main.BaseModel")


def _is_json_like(value: object) -> bool:
    if isinstance(value, _JSON_TYPES) or _is_custom_dict(value) or _is_namedtuple(value):
        return True
    if _is_pydantic_model(value):
        return True
    return (
        isinstance(value, (list, tuple, set, frozenset))
        and len(value) > 0
        and all(_is_pydantic_model(v) for v in value)
    )


def _is_plotly(value: object) -> bool:
    return _is_type(value, "plotly.graph_objs._figure.Figure")


def _is_graphviz(value: object) -> bool:
    return _module_is(value, "graphviz.") and type(value).__name__ in (
        "Graph",
        "Digraph",
        "Source",
    )


def _is_altair(value: object) -> bool:
    kind = type(value)
    return kind.__module__.startswith("altair.vegalite.") and kind.__name__.endswith("Chart")


def _is_sympy(value: object) -> bool:
    return _module_is(value, "sympy.") and _is_type(value, "sympy.core.expr.Expr")


def _is_generator(value: object) -> bool:
    return (
        inspect.isgenerator(value)
        or inspect.isgeneratorfunction(value)
        or inspect.isasyncgenfunction(value)
        or inspect.isasyncgen(value)
        or _is_type(value, "openai.Stream")
    )


def _is_help_like(value: object) -> bool:
    return isinstance(value, _HELP_TYPES) or dataclasses.is_dataclass(value)


def _has_dataframe_interface(value: object) -> bool:
    return callable(getattr(value, "to_pandas", None)) or callable(
        getattr(value, "__dataframe__", None)
    )


class Route(NamedTuple):
    """Objects `matches` accepts are shown by `st.<command>` (called with the object)."""

    matches: Callable[[object], bool]
    command: str


# Streamlit 1.67's order (it matters: a DataFrame is also iterable, a dataclass also a class).
# Strings, exceptions and unsafe HTML are handled before the table; plain objects after it.
ROUTES: tuple[Route, ...] = (
    Route(lambda v: isinstance(v, DeltaGeneratorBase), "help"),
    Route(is_dataframe_like, "dataframe"),
    Route(_is_altair, "altair_chart"),
    Route(lambda v: _is_type(v, "matplotlib.figure.Figure"), "pyplot"),
    Route(_is_plotly, "plotly_chart"),
    Route(_is_graphviz, "graphviz_chart"),
    Route(_is_sympy, "latex"),
    Route(lambda v: _module_is(v, "PIL."), "image"),
    Route(_is_json_like, "json"),
    Route(lambda v: _is_type(v, "pydeck.bindings.deck.Deck"), "pydeck_chart"),
    Route(lambda v: isinstance(v, io.StringIO), "markdown"),
    Route(_is_generator, "write_stream"),
    Route(_is_help_like, "help"),
    Route(inspect.isclass, "help"),
    Route(_has_dataframe_interface, "dataframe"),
)


def has_command(dg: object, name: str) -> bool:
    """Whether stbundle implements `st.<name>` (not just the stub saying it does not yet)."""
    owner = next((k for k in type(dg).__mro__ if name in vars(k)), None)
    return owner is not None and owner is not NotYetMixin


def route_for(value: object, dg: object) -> str | None:
    """The command st.write uses for value, among those stbundle has; None for plain text."""
    for route in ROUTES:
        if route.matches(value) and has_command(dg, route.command):
            return route.command
    return None


def _longest_run(text: str, char: str) -> int:
    longest = current = 0
    for c in text:
        current = current + 1 if c == char else 0
        longest = max(longest, current)
    return longest


def as_code_text(text: str) -> str:
    """Text shown literally: inline code, or a fenced block when it spans lines."""
    if "\n" in text:
        fence = "`" * max(3, _longest_run(text, "`") + 1)
        return f"{fence}\n{text}\n{fence}"
    fence = "`" * (_longest_run(text, "`") + 1)
    return f"{fence}{text}{fence}"


class WriteMixin(DeltaGeneratorBase):
    def write(self, *args: Any, unsafe_allow_html: bool = False) -> None:
        """Show each argument the way its type reads best: strings as Markdown (consecutive
        ones joined), exceptions as errors, dataframes, dicts, charts, objects as the command
        Streamlit would pick. Returns None.
        """
        dg: Any = self
        if len(args) == 1 and isinstance(args[0], str):
            dg.markdown(args[0], unsafe_allow_html=unsafe_allow_html)
            return
        # Streamlit allows several arguments only on st.write / st.sidebar.write (a root), even
        # for a container's own `.write`; `with container: st.write(a, b)` is fine.
        if self._root is None and len(args) > 1:
            raise StreamlitAPIException(
                "Cannot replace a single element with multiple elements.\n\n"
                "The `write()` method only supports multiple elements when inserting "
                "elements rather than replacing. That is, only when called as "
                "`st.write()` or `st.sidebar.write()`."
            )
        buffer: list[str] = []

        def flush() -> None:
            if buffer:
                dg.markdown(" ".join(buffer), unsafe_allow_html=unsafe_allow_html)
                buffer.clear()

        for arg in args:
            if isinstance(arg, str):
                buffer.append(arg)
                continue
            if isinstance(arg, Exception):
                flush()
                dg.exception(arg)
                continue
            command = route_for(arg, dg)
            if command is not None:
                flush()
                self._write_with(command, arg, unsafe_allow_html)
            elif unsafe_allow_html and callable(getattr(arg, "_repr_html_", None)):
                dg.html(arg._repr_html_())  # Streamlit keeps the buffered text for after it
            else:
                text = str(arg)
                if is_mem_address_str(text):
                    flush()
                    dg.help(arg)
                else:
                    buffer.append(as_code_text(text))
        flush()

    def _write_with(self, command: str, arg: Any, unsafe_allow_html: bool) -> None:
        dg: Any = self
        if command == "markdown":  # a StringIO
            dg.markdown(arg.getvalue())
        elif command == "json" and _is_namedtuple(arg):
            dg.json(arg._asdict())
        else:
            getattr(dg, command)(arg)


def transparent_write(*args: Any) -> Any:
    """What magic calls for a bare expression: show it as st.write would, return it."""
    from stbundle.runtime_py.delta_generator import main_dg

    main_dg.write(*args)
    return args[0] if len(args) == 1 else args
