"""st.echarts_chart: an Apache ECharts option (a dict, JSON text or a pyecharts chart), checked
and converted by echarts_option.py, drawn by the renderer's lazy `echarts` chunk. With
`on_select` the chart is a widget whose value is the selection the page sends: the selected
data indices grouped by series, and the brushed areas, as Streamlit's EChartsState."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.elements.chart_selection import (
    emit_selection_chart,
    page_selection,
    typed_selection,
)
from stbundle.runtime_py.elements.dataframe import DataframeState
from stbundle.runtime_py.elements.echarts_option import (
    author_description,
    chart_dimension,
    enables_selection,
    normalize_option,
    option_json,
)
from stbundle.runtime_py.errors import StreamlitValueError
from stbundle.runtime_py.param_checks import check_option
from stbundle.runtime_py.widgets.registration import (
    claim_element_key,
    compute_widget_id,
    on_change_callback,
)

_LOGGER = logging.getLogger(__name__)

# An ECharts option has no size of its own: "content" is these pixels (the height of the
# Vega-based charts), unless a pyecharts chart chose its own size.
CONTENT_WIDTH = 700
CONTENT_HEIGHT = 350
# What pyecharts' InitOpts always holds when the author chose no size.
_PYECHARTS_WIDTH = "900px"
_PYECHARTS_HEIGHT = "500px"


class EChartsState(DataframeState):
    """What an ECharts chart with `on_select` returns: {"selection": {"selected", "areas"}},
    keys also attributes (`event.selection.selected`), as Streamlit's EChartsState."""


def echarts_selection(state: pb.WidgetState | None) -> EChartsState:
    """The selection the page sent; empty lists before it sent any."""
    empty: dict[str, Any] = {"selected": [], "areas": []}
    return EChartsState(selection=EChartsState(typed_selection(page_selection(state), empty)))


def _content_size(value: Any, spec: Any, attr: str, default: int, pyecharts: str) -> Any:
    if value != "content":
        return value
    own = chart_dimension(getattr(spec, attr, None), pyecharts, attr)
    return default if own is None else own


def _alt_text(alt: object) -> str | None:
    if alt is None:
        return None
    text = str(alt).strip()
    if not text:
        _LOGGER.info("alt=%r is treated as no alt text.", alt)
        return None
    return text


class EChartsMixin(DeltaGeneratorBase):
    def echarts_chart(
        self,
        spec: Any,
        *,
        width: int | str = "stretch",
        height: int | str = "content",
        theme: str | None = "streamlit",
        key: Any = None,
        on_select: str | Callable[..., Any] = "ignore",
        renderer: str = "canvas",
        alt: str | None = None,
    ) -> Any:
        """Draw an ECharts option with ECharts (canvas or SVG). With `on_select` ("rerun" or a
        callable) returns the selection (EChartsState), else the element's handle."""
        el = pb.Element()
        set_layout(
            el, width=width, height=height, allow_content_width=True, allow_content_height=True
        )
        check_option(theme, "theme", ("streamlit", None))
        check_option(renderer, "renderer", ("canvas", "svg"))
        if on_select is None:  # a mode is required here, as in Streamlit
            raise StreamlitValueError("on_select", ["'rerun'", "'ignore'", "a callback function"])
        on_change_callback(on_select, param="on_select", none_allowed=False)
        selecting = on_select != "ignore"
        option, datasets = normalize_option(spec)
        alt_text = _alt_text(alt)
        if alt_text is not None and (own := author_description(option)):
            _LOGGER.warning(
                "The ECharts option already sets aria.label.description=%r. The alt=%r "
                "parameter overrides it for the accessible name.",
                own,
                alt_text,
            )
        if selecting and not enables_selection(option):
            _LOGGER.warning(
                "`st.echarts_chart` has selections activated through `on_select`, but the "
                "provided spec doesn't enable any (no series `selectedMode`, no `brush`). The "
                "chart will render, but it will never return a selection."
            )
        chart = el.echarts_chart
        chart.spec = option_json(option)
        chart.theme = theme or ""
        chart.renderer = pb.EChartsChart.SVG if renderer == "svg" else pb.EChartsChart.CANVAS
        chart.alt = alt_text or ""
        chart.datasets.extend(datasets)
        chart.selection_activated = selecting
        set_layout(
            el,
            width=_content_size(width, spec, "width", CONTENT_WIDTH, _PYECHARTS_WIDTH),
            height=_content_size(height, spec, "height", CONTENT_HEIGHT, _PYECHARTS_HEIGHT),
            allow_content_width=True,
            allow_content_height=True,
        )
        params = {
            "spec": chart.spec,
            "theme": theme,
            "renderer": renderer,
            "width": width,
            "height": height,
            "is_selection_activated": selecting,
            "alt": alt_text,
        }
        if not selecting:
            if key is not None:
                chart.id = self._keyed_chart_id(key, params)
            return self._emit(el)
        return emit_selection_chart(
            self,
            "echarts_chart",
            el,
            chart,
            key=key,
            params=params,
            key_identity=frozenset({"is_selection_activated"}),
            on_select=on_select,
            read=echarts_selection,
        )

    def _keyed_chart_id(self, key: Any, params: dict[str, Any]) -> str:
        """A display-only chart with a key: an element id from the key alone (the page keeps
        the chart across reruns by it), the key claimed among the run's keys."""
        user_key = claim_element_key(key)
        ctx = get_run_context()
        return compute_widget_id(
            "echarts_chart",
            user_key,
            key_as_main_identity=True,
            form_id="",
            root=0 if ctx is None else self._active(ctx)._root_container(ctx),
            params=params,
        )
