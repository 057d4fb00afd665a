"""The placeholder st.skeleton returns: a DeltaGenerator slot whose `with` shows the skeleton
while the block runs instead of writing into it (kept apart so the mixin need not import the
DeltaGenerator class it is part of)."""

from __future__ import annotations

from typing import Any

from stbundle.runtime_py.context import Cursor
from stbundle.runtime_py.delta_generator import DeltaGenerator
from stbundle.runtime_py.elements.skeleton import SkeletonSlot


class SkeletonPlaceholder(SkeletonSlot, DeltaGenerator):
    def __init__(
        self, *, cursor: Cursor, form_id: str = "", size: tuple[Any, Any] = (None, "stretch")
    ) -> None:
        super().__init__(cursor=cursor, form_id=form_id)
        self._size = size
