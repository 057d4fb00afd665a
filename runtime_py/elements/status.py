"""st.status: an expander that shows a long task's state (running, complete or error).

The container's `update()` resends its block at the same place, so its children stay. Leaving
its `with` block while still "running" marks it complete (error if an exception escaped), as
Streamlit does. An update outside any run (another thread) changes the object but sends
nothing; an update in a later run rewrites the block at its old place, as in Streamlit.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.errors import StreamlitValueError
from stbundle.runtime_py.param_checks import as_bool, check_option

#: The icon Streamlit gives each state (AppTest's `Status.icon` reads it).
_STATE_ICONS = {"running": "spinner", "complete": ":material/check:", "error": ":material/error:"}
_TYPES = ("default", "compact", "step")


def _check_state(state: object) -> str:
    if state not in _STATE_ICONS:
        raise StreamlitValueError("state", [repr(s) for s in _STATE_ICONS])
    return str(state)


class StatusUpdates:
    """What a status container adds to its generator: `update()` and the state on exit."""

    _status_block: pb.Block
    _status_path: tuple[int, ...] | None

    def update(
        self,
        *,
        label: str | None = None,
        expanded: bool | None = None,
        state: str | None = None,
    ) -> None:
        """Change the status's label, open state or state in place."""
        block = pb.Block()
        block.CopyFrom(self._status_block)
        if expanded is not None:
            block.expander.expanded = as_bool(expanded, "expanded")
        if label is not None:
            block.expander.label = str(label)
        if state is not None:
            block.expander.state = _check_state(state)
            block.expander.icon = _STATE_ICONS[state]
        self._status_block = block
        ctx = get_run_context()
        if ctx is None or self._status_path is None:
            return
        ctx.emit_delta(self._status_path, block=block)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._status_block.expander.state == "running":
            self.update(state="error" if exc_type is not None else "complete")
        super().__exit__(exc_type, exc, tb)  # type: ignore[misc]


_STATUS_CLASSES: dict[type, type] = {}


def _status_class(cls: type) -> type:
    """The generator class with StatusUpdates mixed in (one per generator class)."""
    made = _STATUS_CLASSES.get(cls)
    if made is None:
        made = _STATUS_CLASSES[cls] = type("StatusContainer", (StatusUpdates, cls), {})
    return made


class StatusMixin(DeltaGeneratorBase):
    def status(
        self,
        label: str,
        *,
        expanded: bool = False,
        state: str = "running",
        type: str = "default",
        width: int | str = "stretch",
    ) -> Any:
        """Open a status container (an expander with a state icon); use it in a `with` block
        and call `.update(label=, state=, expanded=)` on it."""
        check_option(type, "type", _TYPES)
        state = _check_state(state)
        block = pb.Block()
        block.expander.label = "" if label is None else str(label)
        block.expander.expanded = as_bool(expanded, "expanded")
        block.expander.type = type
        block.expander.icon = _STATE_ICONS[state]
        block.expander.state = state
        set_layout(block, width=width)
        inner = self._emit_block(block, kind="expander")
        inner.__class__ = _status_class(inner.__class__)
        status: Any = inner
        status._status_block = block
        own = inner._own_cursor
        status._status_path = own.path if own is not None and get_run_context() else None
        return status
