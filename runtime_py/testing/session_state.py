"""`at.session_state`: the app's session state as a test reads and seeds it.

Item and attribute access reach everything `st.session_state` would; iteration, `in`, `len` and
the dict views show only what a user sees (their own keys and keyed widgets), as in Streamlit's
AppTest. Writes made before a run act like writes at the top of the script.
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, ValuesView
from typing import Any

from stbundle.runtime_py.session_state import SessionState


class SessionStateView:
    """A dict-like window onto one AppTest's SessionState."""

    _state: SessionState

    def __init__(self, state: SessionState) -> None:
        object.__setattr__(self, "_state", state)

    def _visible(self) -> dict[str, Any]:
        return self._state.user_items()

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self._state[key]
        except KeyError:
            return default

    def keys(self) -> KeysView[str]:
        return self._visible().keys()

    def items(self) -> ItemsView[str, Any]:
        return self._visible().items()

    def values(self) -> ValuesView[Any]:
        return self._visible().values()

    def to_dict(self) -> dict[str, Any]:
        return self._visible()

    def __iter__(self) -> Iterator[str]:
        return iter(self._visible())

    def __len__(self) -> int:
        return len(self._visible())

    def __getitem__(self, key: str) -> Any:
        return self._state[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._state[key] = value

    def __delitem__(self, key: str) -> None:
        del self._state[key]

    def __contains__(self, key: object) -> bool:
        return key in self._visible()

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f"{key} not found in session_state.") from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(f"{key} not found in session_state.") from None

    def __repr__(self) -> str:
        return repr(self._visible())
