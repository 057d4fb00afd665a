"""st.write: one call that shows anything, choosing the element the way Streamlit does.

Strings (and numbers, as inline code) are gathered into one markdown element; dicts and lists
become st.json; exceptions st.exception. Magic (a bare expression on its own line) calls
`transparent_write`, which shows the value and hands it back.
"""

from __future__ import annotations

import dataclasses
import inspect
import io
import types
from collections import ChainMap, UserDict, UserList
from collections.abc import ItemsView, KeysView, ValuesView
from typing import Any

from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.errors import StreamlitAPIException

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


def _longest_run(text: str, char: str) -> int:
    longest = current = 0
    for c in text:
        current = current + 1 if c == char else 0
        longest = max(longest, current)
    return longest


def _as_inline_code(text: str) -> str:
    if "\n" in text:
        fence = "`" * max(3, _longest_run(text, "`") + 1)
        return f"{fence}\n{text}\n{fence}"
    fence = "`" * (_longest_run(text, "`") + 1)
    return f"{fence}{text}{fence}"


def _is_namedtuple(value: Any) -> bool:
    return isinstance(value, tuple) and hasattr(value, "_fields")


def _is_dataframe_like(value: Any) -> bool:
    module = type(value).__module__
    return module.startswith(("pandas.", "polars.", "pyarrow.")) and hasattr(value, "shape")


class WriteMixin(DeltaGeneratorBase):
    def write(self, *args: Any, unsafe_allow_html: bool = False) -> None:
        # Streamlit allows several arguments only on st.write / st.sidebar.write (a root), even
        # for a container's own `.write`; `with container: st.write(a, b)` is fine.
        if self._root is None and len(args) > 1:
            raise StreamlitAPIException(
                "Cannot replace a single element with multiple elements.\n\n"
                "The `write()` method only supports multiple elements when inserting "
                "elements rather than replacing. That is, only when called as "
                "`st.write()` or `st.sidebar.write()`."
            )
        dg: Any = self
        buffer: list[str] = []

        def flush() -> None:
            if buffer:
                dg.markdown(" ".join(buffer), unsafe_allow_html=unsafe_allow_html)
                buffer.clear()

        for arg in args:
            if isinstance(arg, str):
                buffer.append(arg)
            elif isinstance(arg, BaseException):
                flush()
                dg.exception(arg)
            elif isinstance(arg, DeltaGeneratorBase):
                flush()
                dg.text(repr(arg))
            elif _is_dataframe_like(arg):
                flush()
                dg.json(arg.to_dict() if hasattr(arg, "to_dict") else str(arg))
            elif isinstance(arg, _JSON_TYPES) or _is_namedtuple(arg):
                flush()
                dg.json(arg._asdict() if _is_namedtuple(arg) else arg)
            elif isinstance(arg, io.StringIO):
                flush()
                dg.markdown(arg.getvalue())
            elif inspect.isgenerator(arg):
                flush()
                for item in arg:
                    dg.write(item, unsafe_allow_html=unsafe_allow_html)
            elif (
                inspect.ismodule(arg)
                or inspect.isclass(arg)
                or inspect.isroutine(arg)
                or dataclasses.is_dataclass(arg)
            ):
                flush()
                doc = inspect.getdoc(arg) or ""
                dg.text(f"{arg!r}\n\n{doc}".strip())
            elif unsafe_allow_html and callable(getattr(arg, "_repr_html_", None)):
                flush()
                dg.html(arg._repr_html_())
            else:
                buffer.append(_as_inline_code(str(arg)))
        flush()


def transparent_write(*args: Any) -> Any:
    """What magic calls for a bare expression: show it as st.write would, return it."""
    from stbundle.runtime_py.delta_generator import main_dg

    main_dg.write(*args)
    return args[0] if len(args) == 1 else args
