"""st.query_params: the page URL's query string as a mapping the script can read and change.

Reading gives the last value of a key (Streamlit's rule); `get_all` gives every value. Writing
sends the new query string to the renderer, which updates the address bar without reloading.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, MutableMapping
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.errors import StreamlitAPIException

_MISSING_MESSAGE = 'st.query_params has no key "{key}".'


class QueryParams:
    """One session's query parameters (keys to lists of values)."""

    def __init__(self, query_string: str = "") -> None:
        self.values: dict[str, list[str]] = {}
        self.set_from_client(query_string)

    def set_from_client(self, query_string: str) -> None:
        query_string = query_string.lstrip("?")
        if not query_string:  # the common case: no import of urllib.parse (~60 ms under Pyodide)
            self.values = {}
            return
        from urllib.parse import parse_qs

        self.values = {
            key: list(vals) for key, vals in parse_qs(query_string, keep_blank_values=True).items()
        }

    def query_string(self) -> str:
        if not self.values:
            return ""
        from urllib.parse import urlencode

        return urlencode([(k, v) for k, vals in self.values.items() for v in vals])


def _values(value: Any) -> list[str]:
    if isinstance(value, dict):
        raise StreamlitAPIException("You cannot set a query params key to a dictionary.")
    if isinstance(value, (list, tuple, set)) or (
        isinstance(value, Iterable) and not isinstance(value, (str, bytes))
    ):
        return [str(v) for v in value]
    return [str(value)]


class QueryParamsProxy(MutableMapping[str, str]):
    """`st.query_params`: the page URL's query string, read and written like a dict of str."""

    def _params(self) -> QueryParams:
        ctx = get_run_context()
        if ctx is None:
            raise StreamlitAPIException("st.query_params is only available while a script runs.")
        return ctx.session.query_params

    def _changed(self) -> None:
        ctx = get_run_context()
        if ctx is not None:
            msg = pb.ForwardMsg()
            msg.query_string.query_string = ctx.session.query_params.query_string()
            ctx.emit(msg)

    def __getitem__(self, key: str) -> str:
        values = self._params().values.get(key)
        if not values:
            raise KeyError(_MISSING_MESSAGE.format(key=key))
        return values[-1]

    def __getattr__(self, key: str) -> str:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(_MISSING_MESSAGE.format(key=key)) from None

    def __setitem__(self, key: str, value: Any) -> None:
        self._params().values[str(key)] = _values(value)
        self._changed()

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delitem__(self, key: str) -> None:
        del self._params().values[key]
        self._changed()

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(_MISSING_MESSAGE.format(key=key)) from None

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._params().values))

    def __len__(self) -> int:
        return len(self._params().values)

    def __contains__(self, key: object) -> bool:
        return key in self._params().values

    def __repr__(self) -> str:
        return repr(self.to_dict())

    def get_all(self, key: str) -> list[str]:
        return list(self._params().values.get(key, []))

    def to_dict(self) -> dict[str, str]:
        return {k: v[-1] for k, v in self._params().values.items() if v}

    def from_dict(self, params: Any) -> None:
        self._params().values = {str(k): _values(v) for k, v in dict(params).items()}
        self._changed()

    def clear(self) -> None:
        self._params().values = {}
        self._changed()
