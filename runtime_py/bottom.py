"""st.bottom: the container pinned to the foot of the main area (the BOTTOM root).

As in Streamlit 1.67 it works only from the main area: using it while writing into the
sidebar, a dialog or the event area raises Streamlit's errors.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.errors import StreamlitInvalidLayoutContextError

_ONLY_MAIN = "The bottom container is only available in the main app area."


class BottomContainer:
    """Every DeltaGenerator method, writing to the bottom of the page."""

    def __init__(self) -> None:
        from stbundle.runtime_py.delta_generator import DeltaGenerator

        object.__setattr__(self, "_dg", DeltaGenerator(root=pb.RootContainer.BOTTOM))

    def _check_context(self) -> None:
        ctx = get_run_context()
        if ctx is None or not ctx.dg_stack:
            return
        path = ctx.dg_stack[-1]._cursor(ctx).path
        if path[0] == pb.RootContainer.SIDEBAR:
            raise StreamlitInvalidLayoutContextError(
                f"`st.bottom` cannot be used inside `st.sidebar`. {_ONLY_MAIN}"
            )
        if path[0] == pb.RootContainer.EVENT and len(path) > 1:  # inside a dialog's block
            raise StreamlitInvalidLayoutContextError(
                f"`st.bottom` cannot be used inside a dialog. {_ONLY_MAIN}"
            )
        if path[0] == pb.RootContainer.EVENT:
            raise StreamlitInvalidLayoutContextError(
                f"`st.bottom` cannot be used inside event containers. {_ONLY_MAIN}"
            )

    def __getattr__(self, name: str) -> Any:
        self._check_context()
        return getattr(self._dg, name)

    def __dir__(self) -> list[str]:
        return dir(self._dg)

    def __enter__(self) -> None:
        self._check_context()
        self._dg.__enter__()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._dg.__exit__(exc_type, exc, tb)

    def __repr__(self) -> str:
        return repr(self._dg)
