"""Layout containers: container, columns, tabs, expander, form.

Each opens a block at the next place in its parent and returns the DeltaGenerator(s) that write
inside it; `with` on any of them makes plain `st.x` calls land there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from numbers import Integral
from typing import Any, Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import gap_value, set_flow, set_layout
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitDuplicateElementKey,
    StreamlitInvalidColumnSpecError,
    StreamlitInvalidLayoutContextError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueAssignmentNotAllowedError,
    StreamlitValueError,
)
from stbundle.runtime_py.param_checks import as_bool, check_option
from stbundle.runtime_py.widgets import url_binding, wire
from stbundle.runtime_py.widgets.registration import (
    OnChange,
    claim_element_key,
    fill_common,
    on_change_callback,
    register_widget,
)
from stbundle.runtime_py.widgets.url_binding import UrlBinding, check_bind

_EXPANDER_TYPES = ("default", "compact", "step")


_OPENABLE: dict[type, type] = {}


def _with_open(dg: Any, is_open: bool | None) -> Any:
    """Give a tab's or expander's generator Streamlit's `.open` (None when it keeps no state)."""
    cls = type(dg)
    openable = _OPENABLE.get(cls)
    if openable is None:

        class Openable(cls):  # type: ignore[valid-type,misc]
            _open: bool | None = None

            @property
            def open(self) -> bool | None:
                """Whether this tab is selected / this expander is open (None: not tracked)."""
                return self._open

        Openable.__name__ = Openable.__qualname__ = cls.__name__
        openable = _OPENABLE[cls] = Openable
    dg.__class__ = openable
    dg._open = is_open
    return dg


_ALIGNMENTS = ("top", "center", "bottom")


class LayoutMixin(DeltaGeneratorBase):
    def container(
        self,
        *,
        border: bool | None = None,
        key: str | None = None,
        width: Any = "stretch",
        height: Any = "content",
        horizontal: bool = False,
        wrap: bool = True,
        horizontal_alignment: str = "left",
        vertical_alignment: str = "top",
        gap: str | None = "small",
        autoscroll: bool | None = None,
    ) -> Self:
        """Open a box that elements can be written into, now or later (`with` or methods).

        `height` in pixels makes it scroll (and bordered unless `border=False`). Returns the
        container. `horizontal=True` lays the children out in a row (wrapping unless
        `wrap=False`), with `gap` and the alignments as in Streamlit. `autoscroll=True` keeps a
        fixed-height container scrolled to its newest content (None: off, as there are no chat
        messages to follow yet).
        """
        claim_element_key(key)
        block = pb.Block()
        block.vertical.border = bool(border) if border is not None else isinstance(height, int)
        set_flow(
            block,
            horizontal=horizontal,
            gap=gap,
            horizontal_alignment=horizontal_alignment,
            vertical_alignment=vertical_alignment,
            wrap=wrap,
        )
        set_layout(
            block, width=width, height=height, allow_content_width=True, allow_content_height=True
        )
        if autoscroll and isinstance(height, int):
            block.layout.autoscroll = True
        return self._emit_block(block, kind="container")

    def columns(
        self,
        spec: int | Sequence[float],
        *,
        gap: str | None = "small",
        vertical_alignment: str = "top",
        border: bool = False,
        width: int | str = "stretch",
        wrap: bool = True,
    ) -> list[Self]:
        """Lay out side-by-side columns: `spec` is a count or relative widths; returns one
        generator per column. On narrow screens they stack, unless `wrap=False`.
        """
        if isinstance(spec, bool):
            raise StreamlitInvalidColumnSpecError()
        if isinstance(spec, (int, Integral)):  # numpy ints too, as in Streamlit
            if spec <= 0:
                raise StreamlitInvalidColumnSpecError()
            weights: list[float] = [1.0] * int(spec)
        else:
            try:
                weights = [float(w) for w in spec]
            except (TypeError, ValueError):
                raise StreamlitInvalidColumnSpecError() from None
            if not weights or any(w <= 0 for w in weights):
                raise StreamlitInvalidColumnSpecError()
        check_option(vertical_alignment, "vertical_alignment", _ALIGNMENTS, got=True)
        gap_name = gap_value(gap)
        row_block = pb.Block()
        row_block.horizontal.gap = gap_name
        # wrap=False keeps the columns side by side on narrow screens too.
        set_layout(row_block, width=width, wrap=wrap)
        row = self._emit_block(row_block, kind="columns")
        total = sum(weights)
        cols = []
        for weight in weights:
            block = pb.Block()
            block.column.weight = weight / total
            block.column.gap = gap_name
            block.column.vertical_alignment = vertical_alignment
            block.column.border = as_bool(border, "border")
            cols.append(row._emit_block(block, kind="column"))
        return cols

    def tabs(
        self,
        tabs: Sequence[str],
        *,
        width: int | str = "stretch",
        height: int | str = "content",
        default: str | None = None,
        key: Any = None,
        on_change: OnChange = "ignore",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        bind: str | None = None,
    ) -> list[Self]:
        """Lay out tabs; returns one generator per label, each with `.open`.

        By default (`on_change="ignore"`) switching tabs stays in the page and `.open` is None.
        With "rerun" or a callable the tabs are a widget: switching reruns the app, the selected
        label is in `st.session_state[key]` (settable), and `.open` says which tab is selected.
        `bind="query-params"` (with a key) also makes them a widget, mirrored in the URL.
        """
        labels = list(tabs)
        if not labels:
            raise StreamlitAPIException(
                "The input argument to st.tabs must contain at least one tab label."
            )
        for label in labels:
            if not isinstance(label, str):
                raise StreamlitInvalidParameterTypeError(
                    "tabs", type(label).__name__, ["a string for each tab label"]
                )
        if default is not None and default not in labels:
            raise StreamlitValueError(
                "default",
                ["a tab label from `tabs`"],
                detail=f"`{default}` is not in the list of tabs.",
            )
        on_change_callback(on_change, none_allowed=False)
        first = default if default else labels[0]
        container_block = pb.Block()
        container_block.tab_container.SetInParent()
        set_layout(container_block, width=width, height=height, allow_content_height=True)
        selected: str | None = None
        # bind="query-params" makes the tabs a widget too (switching then reruns, as "rerun").
        if on_change != "ignore" or check_bind(bind):

            def deserialize(state: pb.WidgetState | None) -> str:
                return first if state is None else wire.get_string(state)

            def tab_from_url(values: list[str]) -> str:
                if not values or values[-1] not in labels:
                    raise ValueError("not a tab label")
                return values[-1]

            reg = register_widget(
                self,
                "tabs",
                key=key,
                params={"tabs": labels, "width": width, "height": height, "default": default},
                key_as_main_identity=False,
                deserialize=deserialize,
                on_change=None if on_change in ("rerun", "ignore") else on_change,
                args=args,
                kwargs=kwargs,
                bind=bind,
                url=UrlBinding(lambda label: [str(label)], tab_from_url),
            )
            selected = reg.value if reg.value in labels else first
            common = container_block.tab_container.common
            fill_common(common, reg, "", help=None, disabled=False, label_visibility="visible")
            common.set_value = reg.set_value or selected != reg.value
            container_block.tab_container.selected = selected
        else:
            claim_element_key(key)  # a keyed container's key is unique like a widget's
            if default:
                container_block.tab_container.selected = default
        container = self._emit_block(container_block, kind="tabs")
        result = []
        for label in labels:
            block = pb.Block()
            block.tab.label = label
            tab = container._emit_block(block, kind="tab")
            result.append(_with_open(tab, None if selected is None else label == selected))
        return result

    def expander(
        self,
        label: str,
        expanded: bool = False,
        *,
        key: Any = None,
        icon: str | None = None,
        type: str = "default",
        width: int | str = "stretch",
        on_change: OnChange = "ignore",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        bind: str | None = None,
    ) -> Self:
        """Open a collapsible section titled `label`; returns its generator, with `.open`.

        By default opening and closing stays in the page and `.open` is None. With "rerun" or a
        callable it is a widget: toggling reruns the app, the open state is in
        `st.session_state[key]` (settable) and `.open`. `type` "compact" drops the box,
        "step" draws a timeline step. `bind="query-params"` mirrors the open state in the URL.
        """
        if label is None:
            raise StreamlitMissingRequiredParameterError("label")
        on_change_callback(on_change, none_allowed=False)
        if type not in _EXPANDER_TYPES:
            raise StreamlitValueError("type", [repr(t) for t in _EXPANDER_TYPES])
        block = pb.Block()
        block.expander.label = str(label)
        block.expander.expanded = as_bool(expanded, "expanded")
        block.expander.type = type
        if icon:
            block.expander.icon = str(icon)
        set_layout(block, width=width)
        is_open: bool | None = None
        if on_change != "ignore" or check_bind(bind):
            default = bool(expanded)

            def deserialize(state: pb.WidgetState | None) -> bool:
                return default if state is None else wire.get_bool(state)

            reg = register_widget(
                self,
                "expander",
                key=key,
                params={
                    "label": str(label),
                    "expanded": default,
                    "icon": icon,
                    "width": width,
                    "type": type,
                },
                key_as_main_identity=False,
                deserialize=deserialize,
                on_change=None if on_change in ("rerun", "ignore") else on_change,
                args=args,
                kwargs=kwargs,
                bind=bind,
                url=url_binding.boolean(),
            )
            is_open = bool(reg.value)
            fill_common(
                block.expander.common,
                reg,
                str(label),
                help=None,
                disabled=False,
                label_visibility="visible",
            )
            block.expander.expanded = is_open
        else:
            claim_element_key(key)
        return _with_open(self._emit_block(block, kind="expander"), is_open)

    def form(
        self,
        key: str,
        clear_on_submit: bool = False,
        *,
        enter_to_submit: bool = True,
        border: bool = True,
        width: int | str = "stretch",
        height: int | str = "content",
    ) -> Self:
        """Group widgets whose changes are sent together by the form's submit button.

        Returns the form's generator. Enter in a text field submits only when
        `enter_to_submit`; `clear_on_submit` resets the widgets after a submit.
        """
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
        block.form.clear_on_submit = as_bool(clear_on_submit, "clear_on_submit")
        block.form.border = as_bool(border, "border")
        block.form.enter_to_submit = as_bool(enter_to_submit, "enter_to_submit")
        set_layout(
            block, width=width, height=height, allow_content_width=True, allow_content_height=True
        )
        return self._emit_block(block, form_id=form_id, kind="form")
