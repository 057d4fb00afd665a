"""Layout containers: container, columns, tabs, expander, form.

Each opens a block at the next place in its parent and returns the DeltaGenerator(s) that write
inside it; `with` on any of them makes plain `st.x` calls land there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitDuplicateElementKey,
    StreamlitInvalidColumnSpecError,
    StreamlitInvalidLayoutContextError,
    StreamlitValueAssignmentNotAllowedError,
)

_GAPS = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")


def _gap(gap: str | None) -> str:
    if gap is None:
        return "none"
    if gap not in _GAPS:
        raise StreamlitAPIException(
            f'The gap argument to st.columns must be "small", "medium", or "large". \n'
            f"The argument passed was {gap}."
        )
    return gap


class LayoutMixin(DeltaGeneratorBase):
    def container(
        self,
        *,
        border: bool | None = None,
        key: str | None = None,
        width: Any = "stretch",
        height: Any = "content",
        horizontal: bool = False,
        horizontal_alignment: str = "left",
        vertical_alignment: str = "top",
        gap: str | None = "small",
    ) -> Self:
        block = pb.Block()
        block.vertical.border = bool(border) if border is not None else isinstance(height, int)
        if isinstance(height, int):
            block.vertical.height = height
        return self._emit_block(block, kind="container")

    def columns(
        self,
        spec: int | Sequence[float],
        *,
        gap: str | None = "small",
        vertical_alignment: str = "top",
        border: bool = False,
        width: Any = "stretch",
    ) -> list[Self]:
        if isinstance(spec, bool):
            raise StreamlitInvalidColumnSpecError()
        if isinstance(spec, int):
            if spec <= 0:
                raise StreamlitInvalidColumnSpecError()
            weights: list[float] = [1.0] * spec
        else:
            try:
                weights = [float(w) for w in spec]
            except (TypeError, ValueError):
                raise StreamlitInvalidColumnSpecError() from None
            if not weights or any(w <= 0 for w in weights):
                raise StreamlitInvalidColumnSpecError()
        if vertical_alignment not in ("top", "center", "bottom"):
            raise StreamlitAPIException(
                'The vertical_alignment argument to st.columns must be "top", "center", '
                f'or "bottom". \nThe argument passed was {vertical_alignment}.'
            )
        gap_name = _gap(gap)
        row_block = pb.Block()
        row_block.horizontal.gap = gap_name
        row = self._emit_block(row_block, kind="columns")
        total = sum(weights)
        cols = []
        for weight in weights:
            block = pb.Block()
            block.column.weight = weight / total
            block.column.gap = gap_name
            block.column.vertical_alignment = vertical_alignment
            block.column.border = bool(border)
            cols.append(row._emit_block(block, kind="column"))
        return cols

    def tabs(
        self,
        tabs: Sequence[str],
        *,
        width: Any = "stretch",
        default: Any = None,
        key: Any = None,
        on_change: Any = None,
    ) -> list[Self]:
        labels = [str(t) for t in tabs]
        if not labels:
            raise StreamlitAPIException(
                "The input argument to st.tabs must contain at least one tab label."
            )
        container_block = pb.Block()
        container_block.tab_container.SetInParent()
        container = self._emit_block(container_block, kind="tabs")
        result = []
        for label in labels:
            block = pb.Block()
            block.tab.label = label
            result.append(container._emit_block(block, kind="tab"))
        return result

    def expander(
        self,
        label: str,
        expanded: bool = False,
        *,
        icon: str | None = None,
        width: Any = "stretch",
        key: Any = None,
        on_change: Any = None,
    ) -> Self:
        if label is None:
            raise StreamlitAPIException("A label is required for an expander")
        block = pb.Block()
        block.expander.label = str(label)
        block.expander.expanded = bool(expanded)
        if icon:
            block.expander.icon = str(icon)
        return self._emit_block(block, kind="expander")

    def form(
        self,
        key: str,
        clear_on_submit: bool = False,
        *,
        enter_to_submit: bool = True,
        border: bool = True,
        width: Any = "stretch",
        height: Any = "content",
    ) -> Self:
        if self._current_form_id():
            raise StreamlitInvalidLayoutContextError("Forms cannot be nested in other forms.")
        ctx = get_run_context()
        form_id = str(key)
        if ctx is not None:
            if ctx.session.state.is_new_value(form_id):
                raise StreamlitValueAssignmentNotAllowedError(form_id)
            if form_id in ctx.form_ids:
                raise StreamlitDuplicateElementKey(form_id)
            ctx.form_ids.add(form_id)
            if clear_on_submit:
                ctx.clear_on_submit_forms.add(form_id)
        block = pb.Block()
        block.form.form_id = form_id
        block.form.clear_on_submit = bool(clear_on_submit)
        block.form.border = bool(border)
        return self._emit_block(block, form_id=form_id, kind="form")
