"""Session state with Streamlit's rules: user values and widget values in one mapping.

Three layers, as Streamlit keeps them, because its rules depend on *when* a value was written:
- `_old`: values carried over from earlier runs (keyed by user key, or by widget id for widgets);
- `_new_session`: writes made through `st.session_state` since the run began (callbacks included);
  a widget created later in the run takes such a value and the renderer is told to show it;
- `_new_widget`: values the renderer sent with this rerun request (already deserialised).
Reads look in that order of precedence; every rerun folds the layers into `_old` first.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitValueAssignmentNotAllowedError,
    StreamlitValueError,
    StreamlitWidgetAlreadyInstantiatedError,
)

_LOG = logging.getLogger(__name__)

WIDGET_ID_PREFIX = "$$ID"
INTERNAL_PREFIX = "$$STREAMLIT_INTERNAL_KEY"  # hidden from the script's view of the state
DOCS_URL = "https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"

Callback = Callable[..., Any]


@dataclass
class WidgetMetadata:
    """What the runtime must remember about a widget between runs."""

    id: str
    kind: str
    # Turns the renderer's WidgetState (or None: no value sent) into the script's value.
    # Raises ValueError/TypeError for a value of the wrong type or out of range.
    deserialize: Callable[[pb.WidgetState | None], Any]
    is_trigger: bool = False
    callback: Callback | None = None
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    form_id: str = ""
    fragment_id: str = ""
    disabled: bool = False
    user_key: str | None = None
    # "page"/"session": the value outlives the widget not being drawn (kept under its key).
    persist_state: str | None = None


def is_widget_id(key: str) -> bool:
    return key.startswith(WIDGET_ID_PREFIX)


def missing_key_message(key: str) -> str:
    return (
        f'st.session_state has no key "{key}". Did you forget to initialize it? '
        f"More info: {DOCS_URL}"
    )


def missing_attr_message(key: str) -> str:
    return (
        f'st.session_state has no attribute "{key}". Did you forget to initialize it? '
        f"More info: {DOCS_URL}"
    )


class SessionState:
    """One browser tab's state; the runtime's side of `st.session_state`."""

    def __init__(self) -> None:
        self._old: dict[str, Any] = {}
        self._new_session: dict[str, Any] = {}
        self._new_widget: dict[str, Any] = {}
        self._key_to_id: dict[str, str] = {}
        self._id_to_key: dict[str, str] = {}
        self._metadata: dict[str, WidgetMetadata] = {}
        # Keys written from outside a run (a test seeding state before `run()`): Streamlit's
        # AppTest lets those seed read-only widgets (a data editor's edit state); a script's
        # own write to such a key still raises.
        self._seeded: set[str] = set()

    # -- reading -------------------------------------------------------------------------------
    def _widget_id(self, key: str) -> str:
        return self._key_to_id.get(key, key)

    def _lookup(self, widget_id: str | None, user_key: str | None) -> Any:
        if user_key is not None and user_key in self._new_session:
            return self._new_session[user_key]
        if widget_id is not None:
            if widget_id in self._new_widget:
                return self._new_widget[widget_id]
            if widget_id in self._old:
                return self._old[widget_id]
        if user_key is not None and user_key in self._old:
            return self._old[user_key]
        raise KeyError(user_key if user_key is not None else widget_id)

    def __getitem__(self, key: str) -> Any:
        widget_id = self._key_to_id.get(key)
        if widget_id is None and is_widget_id(key):
            widget_id, user_key = key, self._id_to_key.get(key)
        else:
            user_key = key
        try:
            return self._lookup(widget_id, user_key)
        except KeyError:
            raise KeyError(missing_key_message(key)) from None

    def _ids(self) -> set[str]:
        """Every stored entry, with user keys of known widgets folded into their widget ids."""
        # Copies of the keys first: a parallel fragment's thread may add entries meanwhile.
        ids = {self._widget_id(k) for k in list(self._old)}
        ids.update(list(self._new_widget))
        ids.update(self._widget_id(k) for k in list(self._new_session))
        return ids

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        try:
            self[key]
        except KeyError:
            return False
        return True

    def user_items(self) -> dict[str, Any]:
        """What the script sees: user values and keyed widgets; keyless widgets stay hidden."""
        out: dict[str, Any] = {}
        for entry in self._ids():
            if is_widget_id(entry):
                user_key = self._id_to_key.get(entry)
                if user_key is not None:
                    out[user_key] = self._lookup(entry, user_key)
            elif not entry.startswith(INTERNAL_PREFIX):
                out[entry] = self[entry]
        return out

    # -- writing -------------------------------------------------------------------------------
    def __setitem__(self, key: str, value: Any) -> None:
        ctx = get_run_context()
        if ctx is not None and not ctx.in_callback:
            widget_id = self._key_to_id.get(key)
            if (widget_id is not None and widget_id in ctx.widget_ids) or key in ctx.form_ids:
                raise StreamlitWidgetAlreadyInstantiatedError(key)
        if ctx is None:
            self._seeded.add(key)
        else:
            self._seeded.discard(key)
        self._new_session[key] = value

    def __delitem__(self, key: str) -> None:
        widget_id = self._widget_id(key)
        if key not in self and widget_id not in self:
            raise KeyError(missing_key_message(key))
        for layer in (self._new_session, self._old, self._new_widget):
            layer.pop(key, None)
            layer.pop(widget_id, None)
        if key in self._key_to_id:
            self._id_to_key.pop(self._key_to_id.pop(key), None)

    def is_new_value(self, key: str) -> bool:
        """Whether key was written through `st.session_state` since this run began."""
        return key in self._new_session

    def clear(self) -> None:
        self._old.clear()
        self._new_session.clear()
        self._new_widget.clear()
        self._key_to_id.clear()
        self._id_to_key.clear()

    # -- the run cycle -------------------------------------------------------------------------
    def _reset_triggers(self) -> None:
        for layer in (self._new_widget, self._old):
            for widget_id in layer:
                meta = self._metadata.get(widget_id)
                if meta is not None and meta.is_trigger:
                    # False for a button, None for a chat input: the value of "not sent".
                    layer[widget_id] = meta.deserialize(None)

    def _compact(self) -> None:
        for entry in self._ids():
            with contextlib.suppress(KeyError):
                self._old[entry] = self._lookup(entry, self._id_to_key.get(entry, entry))
        self._new_session.clear()
        self._new_widget.clear()

    def set_widgets_from_client(self, states: pb.WidgetStates) -> list[str]:
        """Take the renderer's widget values; returns the ids it refused, never raises.

        Unknown ids and values of the wrong type or out of range are refused: they come from
        outside and must not crash the session or reach the script.
        """
        refused: list[str] = []
        for state in states.widgets:
            meta = self._metadata.get(state.id)
            if meta is None:
                refused.append(state.id)
                continue
            try:
                value = meta.deserialize(state)
            except (ValueError, TypeError, IndexError, OverflowError) as exc:
                _LOG.warning("refused value for widget %s (%s): %s", meta.kind, state.id, exc)
                refused.append(state.id)
                continue
            if meta.is_trigger and (value is None or value is False):
                continue  # a trigger is only ever sent when it fires
            self._new_widget[state.id] = value
        return refused

    def on_script_will_rerun(self, states: pb.WidgetStates | None) -> list[WidgetMetadata]:
        """Prepare for a run; returns the changed widgets whose callbacks must run, in order."""
        self._reset_triggers()
        self._compact()
        if states is None:
            return []
        self.set_widgets_from_client(states)
        changed = []
        for widget_id, value in self._new_widget.items():
            meta = self._metadata.get(widget_id)
            if meta is None or meta.disabled or meta.callback is None:
                continue
            if _differs(value, self._old.get(widget_id)):
                changed.append(meta)
        return changed

    def submitted_forms(self) -> set[str]:
        """Forms whose submit button was clicked for this run."""
        return {
            meta.form_id
            for widget_id, value in self._new_widget.items()
            if value is True
            and (meta := self._metadata.get(widget_id)) is not None
            and meta.is_trigger
            and meta.form_id
        }

    def register_widget(
        self, meta: WidgetMetadata, *, writes_allowed: bool = True
    ) -> tuple[Any, bool]:
        """Bind a widget created by the running script; returns (value, renderer must update).

        A value written through `st.session_state` for the widget's key before it was created
        wins over the renderer's copy (and the renderer is told to show it); otherwise the
        renderer's value, then the previous run's, then the widget's default.
        """
        user_key = meta.user_key
        self._metadata[meta.id] = meta
        if user_key is not None:
            old_id = self._key_to_id.get(user_key)
            if old_id is not None and old_id != meta.id:
                self._id_to_key.pop(old_id, None)
            self._key_to_id[user_key] = meta.id
            self._id_to_key[meta.id] = user_key
            if (
                user_key in self._new_session
                and not writes_allowed
                and user_key not in self._seeded
            ):
                raise StreamlitValueAssignmentNotAllowedError(user_key)
        if meta.disabled and meta.id in self._new_widget:
            # A disabled widget cannot have been changed by a person: ignore what was sent.
            del self._new_widget[meta.id]
        set_value = user_key is not None and user_key in self._new_session
        try:
            value = self._lookup(meta.id, user_key)
        except KeyError:
            value = meta.deserialize(None)
            self._new_widget[meta.id] = value
        return value, set_value

    def on_script_finished(
        self, active_ids: set[str], *, remove_stale: bool, fragment_ids: tuple[str, ...] = ()
    ) -> None:
        """After a run: triggers fall back to False; widgets not shown in it are forgotten."""
        self._reset_triggers()
        if not remove_stale:
            return

        def stale(entry: str) -> bool:
            if not is_widget_id(entry) or entry in active_ids:
                return False
            if fragment_ids:
                # A fragment run only speaks for its own widgets.
                meta = self._metadata.get(entry)
                return meta is not None and meta.fragment_id in fragment_ids
            return True

        kept: dict[str, Any] = {}
        for entry in [e for e in self._metadata if stale(e)]:
            user_key = self._id_to_key.get(entry)
            if self._metadata[entry].persist_state and user_key is not None:
                # persist_state: the last value stays under the key until the widget returns.
                with contextlib.suppress(KeyError):
                    kept[user_key] = self._lookup(entry, user_key)
        for layer in (self._old, self._new_widget):
            for entry in [e for e in layer if stale(e)]:
                del layer[entry]
        for entry in [e for e in self._metadata if stale(e)]:
            del self._metadata[entry]
            user_key = self._id_to_key.pop(entry, None)
            if user_key is not None and self._key_to_id.get(user_key) == entry:
                del self._key_to_id[user_key]
                # The widget's value goes with it; a pending write for the key stays a value.
                self._old.pop(user_key, None)
        self._old.update(kept)

    def set_widget_value(self, widget_id: str, value: Any) -> None:
        """Replace a registered widget's value (when the runtime had to correct it)."""
        user_key = self._id_to_key.get(widget_id)
        if user_key is not None and user_key in self._new_session:
            self._new_session[user_key] = value
        else:
            self._new_widget[widget_id] = value

    def has_value(self, widget_id: str, user_key: str | None) -> bool:
        """Whether the widget (or a write to its key) already has a value in this session."""
        try:
            self._lookup(widget_id, user_key)
        except KeyError:
            return False
        return True

    def widget_metadata(self, widget_id: str) -> WidgetMetadata | None:
        return self._metadata.get(widget_id)


def _require_user_key(key: object) -> str:
    """Streamlit 1.67 refuses only the empty key and keys that look like widget ids."""
    key = str(key)
    if key == "":
        raise StreamlitValueError("key", ["a non-empty string"])
    if is_widget_id(key):
        raise StreamlitAPIException(f"Keys beginning with {WIDGET_ID_PREFIX} are reserved.")
    return key


class SessionStateProxy(MutableMapping[str, Any]):
    """`st.session_state`: the current session's state, by item or by attribute."""

    def _state(self) -> SessionState:
        ctx = get_run_context()
        if ctx is None:
            raise StreamlitAPIException(
                "st.session_state can only be used while a script runs under stbundle."
            )
        return ctx.session.state

    def __iter__(self) -> Iterator[str]:
        return iter(self._state().user_items())

    def __len__(self) -> int:
        return len(self._state().user_items())

    def __str__(self) -> str:
        return str(self._state().user_items())

    def __repr__(self) -> str:
        return str(self)

    def __contains__(self, key: object) -> bool:
        return str(key) in self._state()

    def __getitem__(self, key: str) -> Any:
        return self._state()[_require_user_key(key)]

    def __setitem__(self, key: str, value: Any) -> None:
        self._state()[_require_user_key(key)] = value

    def __delitem__(self, key: str) -> None:
        del self._state()[_require_user_key(key)]

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(missing_attr_message(key)) from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(missing_attr_message(key)) from None

    def to_dict(self) -> dict[str, Any]:
        return self._state().user_items()


def _differs(new: Any, old: Any) -> bool:
    """Whether a widget's value changed; dataframes (a custom component's value) compare with
    `equals`, since `!=` on them is elementwise and has no truth value."""
    equals = getattr(new, "equals", None)
    if callable(equals) and type(new) is type(old):
        return not bool(equals(old))
    try:
        return bool(new != old)
    except (TypeError, ValueError):
        return new is not old
