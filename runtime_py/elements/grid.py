"""st.grid: a responsive CSS grid whose direct children are its cells.

Columns are a count (at most 24) or "auto" (as many as fit `min_column_width`); with `wrap`
the renderer drops columns before cells would get narrower than that minimum. `grid.cell()`
groups several elements into one cell and can span columns and rows (grid_container.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from numbers import Integral
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import gap_value, set_layout
from stbundle.runtime_py.errors import (
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from stbundle.runtime_py.widgets.registration import claim_element_key

MAX_COLUMNS = 24
UINT32_MAX = 2**32 - 1
_ALIGNMENTS = ("top", "center", "bottom")


def is_int(value: object) -> bool:
    return isinstance(value, Integral) and not isinstance(value, bool)


def check_uint32(parameter: str, value: int, minimum: int = 1) -> int:
    if not minimum <= value <= UINT32_MAX:
        raise StreamlitValueOutOfRangeError(parameter, value, minimum, UINT32_MAX)
    return int(value)


def auto_or_positive(value: Any, parameter: str, auto: str) -> int:
    """`auto` (0 on the wire) or a positive int of pixels, with Streamlit's errors."""
    if isinstance(value, str):
        if value == auto:
            return 0
        raise StreamlitValueError(
            parameter, [f'"{auto}"', "a positive integer"], detail=f"Got {value!r}."
        )
    if not is_int(value):
        raise StreamlitInvalidParameterTypeError(
            parameter, type(value).__name__, ["int", f'"{auto}"']
        )
    if value < 1:
        raise StreamlitValueError(
            parameter, [f'"{auto}"', "a positive integer"], detail=f"Got {value!r}."
        )
    return check_uint32(parameter, value)


def _check_bool(parameter: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise StreamlitInvalidParameterTypeError(parameter, type(value).__name__, ["bool"])
    return value


def _columns(columns: Any) -> int:
    if isinstance(columns, str):
        if columns == "auto":
            return 0
        raise StreamlitValueError(
            "columns", ['"auto"', "an integer from 1 to 24"], detail=f"Got {columns!r}."
        )
    if not is_int(columns):
        raise StreamlitInvalidParameterTypeError(
            "columns", type(columns).__name__, ["int", '"auto"']
        )
    if not 1 <= columns <= MAX_COLUMNS:
        raise StreamlitValueOutOfRangeError("columns", columns, 1, MAX_COLUMNS)
    return int(columns)


def _gaps(gap: Any) -> tuple[str, str]:
    if isinstance(gap, (tuple, list)):
        if len(gap) != 2:
            raise StreamlitValueError(
                "gap",
                ["a gap size", "a 2-tuple or 2-list of (row_gap, column_gap)"],
                detail=f"Got a sequence with {len(gap)} elements.",
            )
        return gap_value(gap[0]), gap_value(gap[1])
    value = gap_value(gap)
    return value, value


class GridMixin(DeltaGeneratorBase):
    def grid(
        self,
        columns: Any = "auto",
        *,
        min_column_width: Any = "auto",
        wrap: bool = True,
        gap: str | int | Sequence[Any] | None = "small",
        vertical_alignment: str = "top",
        border: bool = False,
        row_height: Any = "content",
        width: int | str = "stretch",
        height: int | str = "content",
        key: Any = None,
        dense: bool = False,
    ) -> Any:
        """Insert a grid; returns it (write into it with `with` or its methods, group with
        `.cell()`)."""
        from stbundle.runtime_py.elements.grid_container import GridContainer

        if not isinstance(wrap, bool):
            raise StreamlitValueError("wrap", ["True", "False"])
        _check_bool("border", border)
        _check_bool("dense", dense)
        count = _columns(columns)
        if count == 0 and wrap is False:
            raise StreamlitIncompatibleParametersError(
                '`columns="auto"` and `wrap=False` cannot be used together. `wrap=False` '
                "requires an explicit column count. Pass an integer, such as "
                "`st.grid(3, wrap=False)`."
            )
        min_width = auto_or_positive(min_column_width, "min_column_width", "auto")
        row_gap, column_gap = _gaps(gap)
        if vertical_alignment not in _ALIGNMENTS:
            raise StreamlitValueError(
                "vertical_alignment",
                [f"'{a}'" for a in _ALIGNMENTS],
                detail=f"Got {vertical_alignment!r}.",
            )
        rows = auto_or_positive(row_height, "row_height", "content")
        block = pb.Block()
        set_layout(block, width=width, height=height, allow_content_height=True)
        grid = block.grid
        grid.key = claim_element_key(key) or ""
        grid.columns = count
        grid.min_column_width = min_width
        grid.wrap = wrap
        grid.row_gap = row_gap
        grid.column_gap = column_gap
        grid.vertical_alignment = vertical_alignment
        grid.border = border
        grid.row_height = rows
        grid.dense = dense
        inner = self._emit_block(block, kind="grid")
        return GridContainer(
            cursor=inner._own_cursor, form_id=inner._form_id, declared_columns=count
        )
