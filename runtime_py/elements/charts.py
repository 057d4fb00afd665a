"""Vega-Lite charts: st.line_chart, area_chart, bar_chart, scatter_chart (specs built in pure
Python, runtime_py/charts/built_in.py), st.vega_lite_chart and st.altair_chart."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.charts import built_in as charts
from stbundle.runtime_py.charts.vega_lite import (
    altair_to_spec,
    dataset,
    default_width,
    move_data,
    parse_selection_mode,
    prepare_spec,
    stable_json,
)
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import effective_width, set_layout
from stbundle.runtime_py.elements.chart_selection import emit_selection_chart, page_selection
from stbundle.runtime_py.elements.dataframe import DataframeState
from stbundle.runtime_py.param_checks import check_option
from stbundle.runtime_py.widgets.registration import (
    on_change_callback,
)


class VegaLiteState(DataframeState):
    """What a chart with `on_select` returns: {"selection": {param: state}}, its keys also
    attributes (`event.selection.brush`), as Streamlit's VegaLiteState."""


def selection_state(state: pb.WidgetState | None, modes: list[str]) -> VegaLiteState:
    """The selection the page sent (JSON text), or every parameter empty before it sent any."""
    sent = page_selection(state)
    return VegaLiteState(selection=VegaLiteState({m: {} for m in modes} if sent is None else sent))


def _alt_text(alt: Any) -> str | None:
    """The author's accessible name: stripped text; empty or blank means none."""
    if alt is None:
        return None
    text = str(alt).strip()
    return text or None


class VegaChartsMixin(DeltaGeneratorBase):
    """The Vega-Lite charts (named as Streamlit names its mixin, so a wrong argument's
    TypeError reads the same)."""

    def _vega_element(
        self,
        spec: dict[str, Any] | None,
        data: Any,
        *,
        width: Any,
        height: Any,
        use_container_width: bool | None,
        theme: str | None,
        alt: Any,
        on_select: Any = "ignore",
        key: Any = None,
        selection_mode: Any = None,
    ) -> Any:
        """Sizes the spec, moves its data into datasets and emits the chart (Streamlit's
        `_vega_lite_chart`); with `on_select` the chart is a widget returning its selection."""
        check_option(theme, "theme", ("streamlit", None))
        on_change_callback(on_select, param="on_select", none_allowed=False)
        if isinstance(data, dict) and spec is None:
            spec, data = data, None
        spec = spec or {}
        if use_container_width is None and width is None:
            width = default_width(spec)
        width = effective_width(width, use_container_width, keep_pixels=True)
        el = pb.Element()
        set_layout(
            el, width=width, height=height, allow_content_width=True, allow_content_height=True
        )
        chart = el.vega_lite_chart
        stretch = use_container_width if use_container_width is not None else width == "stretch"
        prepared = prepare_spec(spec, stretch)
        move_data(prepared, data, chart)
        chart.spec = stable_json(prepared)
        text = _alt_text(alt)
        if text is not None:
            chart.alt = text
        if use_container_width is not None:
            chart.use_container_width = use_container_width
        chart.theme = theme or ""
        if on_select == "ignore":
            return self._emit(el)
        modes = parse_selection_mode(json.loads(chart.spec), selection_mode)
        chart.selection_mode.extend(modes)
        return emit_selection_chart(
            self,
            "vega_lite_chart",
            el,
            chart,
            key=key,
            params={
                "spec": chart.spec,
                "datasets": [d.name for d in chart.datasets],
                "theme": theme,
                "use_container_width": use_container_width,
                "selection_mode": modes,
                "alt": text,
            },
            key_identity=frozenset({"selection_mode"}),
            on_select=on_select,
            read=lambda state: selection_state(state, modes),
        )

    def _built_in_chart(
        self,
        kind: charts.ChartKind,
        data: Any,
        *,
        width: Any,
        height: Any,
        use_container_width: bool | None,
        alt: Any,
        **encoding: Any,
    ) -> Self:
        built = charts.build_chart(kind, data, width=width, height=height, **encoding)
        data_set = dataset(built.fields, built.columns)
        built.spec["data"] = {"name": data_set.name}
        built.spec["datasets"] = {data_set.name: data_set}
        return self._vega_element(
            built.spec,
            None,
            width=width,
            height=height,
            use_container_width=use_container_width,
            theme="streamlit",
            alt=alt,
        )

    def line_chart(
        self,
        data: Any = None,
        *,
        x: str | None = None,
        y: str | Sequence[str] | None = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        width: int | str = "stretch",
        height: int | str = "content",
        use_container_width: bool | None = None,
        alt: str | None = None,
    ) -> Self:
        """A line per y column (wide data) or per value of `color` (long data), against `x` or
        the index, with a hover rule that picks the nearest x."""
        return self._built_in_chart(
            charts.LINE,
            data,
            x=x,
            y=y,
            x_label=x_label,
            y_label=y_label,
            color=color,
            width=width,
            height=height,
            use_container_width=use_container_width,
            alt=alt,
        )

    def area_chart(
        self,
        data: Any = None,
        *,
        x: str | None = None,
        y: str | Sequence[str] | None = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        stack: bool | str | None = None,
        width: int | str = "stretch",
        height: int | str = "content",
        use_container_width: bool | None = None,
        alt: str | None = None,
    ) -> Self:
        """Filled areas per series; layered (not stacked) unless `stack` says otherwise."""
        charts.check_stack(stack)
        if stack is False or stack is None:
            stack = "layered"  # False is kept for grouped bars; areas overlap instead
        return self._built_in_chart(
            charts.AREA,
            data,
            x=x,
            y=y,
            x_label=x_label,
            y_label=y_label,
            color=color,
            stack=stack,
            width=width,
            height=height,
            use_container_width=use_container_width,
            alt=alt,
        )

    def bar_chart(
        self,
        data: Any = None,
        *,
        x: str | None = None,
        y: str | Sequence[str] | None = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        horizontal: bool = False,
        sort: bool | str = True,
        stack: bool | str | None = None,
        width: int | str = "stretch",
        height: int | str = "content",
        use_container_width: bool | None = None,
        alt: str | None = None,
    ) -> Self:
        """Bars per x (or per y when `horizontal`), stacked, grouped (`stack=False`), layered,
        normalised or centred; `sort` by a column ("-col" descending) or not at all (False)."""
        charts.check_stack(stack)
        return self._built_in_chart(
            charts.HORIZONTAL_BAR if horizontal else charts.BAR,
            data,
            x=x,
            y=y,
            x_label=x_label,
            y_label=y_label,
            color=color,
            stack=stack,
            sort=sort,
            width=width,
            height=height,
            use_container_width=use_container_width,
            alt=alt,
        )

    def scatter_chart(
        self,
        data: Any = None,
        *,
        x: str | None = None,
        y: str | Sequence[str] | None = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        size: Any = None,
        width: int | str = "stretch",
        height: int | str = "content",
        use_container_width: bool | None = None,
        alt: str | None = None,
    ) -> Self:
        """Circles at (x, y), coloured and sized by a column or a constant."""
        return self._built_in_chart(
            charts.SCATTER,
            data,
            x=x,
            y=y,
            x_label=x_label,
            y_label=y_label,
            color=color,
            size=size,
            width=width,
            height=height,
            use_container_width=use_container_width,
            alt=alt,
        )

    def vega_lite_chart(
        self,
        data: Any = None,
        spec: dict[str, Any] | None = None,
        *,
        width: int | str | None = None,
        height: int | str = "content",
        use_container_width: bool | None = None,
        theme: str | None = "streamlit",
        key: Any = None,
        on_select: str | Callable[..., Any] = "ignore",
        selection_mode: str | Iterable[str] | None = None,
        alt: str | None = None,
    ) -> Any:
        """A chart from a Vega-Lite spec (a dict); `data` fills the spec's main data. With
        `on_select` ("rerun" or a callback) it returns the user's selection."""
        return self._vega_element(
            spec,
            data,
            width=width,
            height=height,
            use_container_width=use_container_width,
            theme=theme,
            alt=alt,
            on_select=on_select,
            key=key,
            selection_mode=selection_mode,
        )

    def altair_chart(
        self,
        altair_chart: Any,
        *,
        width: int | str | None = None,
        height: int | str = "content",
        use_container_width: bool | None = None,
        theme: str | None = "streamlit",
        key: Any = None,
        on_select: str | Callable[..., Any] = "ignore",
        selection_mode: str | Iterable[str] | None = None,
        alt: str | None = None,
    ) -> Any:
        """An altair chart, drawn from its Vega-Lite dict (altair is imported only here)."""
        return self._vega_element(
            altair_to_spec(altair_chart),
            None,
            width=width,
            height=height,
            use_container_width=use_container_width,
            theme=theme,
            alt=alt,
            on_select=on_select,
            key=key,
            selection_mode=selection_mode,
        )
