"""The container st.grid returns: a DeltaGenerator whose `cell()` groups elements into one cell
(kept apart from grid.py so the mixin need not import the DeltaGenerator class it is part of)."""

from __future__ import annotations

from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import Cursor
from stbundle.runtime_py.delta_generator import DeltaGenerator
from stbundle.runtime_py.elements.grid import auto_or_positive, check_uint32, is_int
from stbundle.runtime_py.errors import (
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)


class GridContainer(DeltaGenerator):
    def __init__(
        self,
        *,
        cursor: Cursor | None = None,
        form_id: str = "",
        block_kind: str = "grid",
        declared_columns: int = 0,
        root: int | None = None,
    ) -> None:
        super().__init__(root=root, cursor=cursor, form_id=form_id, block_kind=block_kind)
        self._declared_columns = declared_columns

    def cell(self, *, column_span: Any = 1, row_span: Any = 1) -> DeltaGenerator:
        """A cell holding several elements; `column_span` ("all" or a count up to the grid's
        columns) and `row_span` make it span tracks."""
        block = pb.Block()
        block.grid_cell.SetInParent()
        if column_span == "all":
            block.grid_cell.column_span_all = True
        else:
            span = auto_or_positive(column_span, "column_span", "all")
            declared = self._declared_columns
            if declared and span > declared:
                raise StreamlitValueOutOfRangeError("column_span", span, 1, declared)
            block.grid_cell.column_span = span
        if not is_int(row_span):
            raise StreamlitInvalidParameterTypeError("row_span", type(row_span).__name__, ["int"])
        if row_span < 1:
            raise StreamlitValueError(
                "row_span", ["a positive integer"], detail=f"Got {row_span!r}."
            )
        block.grid_cell.row_span = check_uint32("row_span", row_span)
        inner = self._emit_block(block, kind="cell")
        return DeltaGenerator(cursor=inner._own_cursor, form_id=inner._form_id, block_kind="cell")
