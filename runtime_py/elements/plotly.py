"""st.plotly_chart: a Plotly figure (or anything plotly accepts as one, or a Matplotlib figure)
as its JSON, for the renderer's lazy `plotly` chunk. plotly is imported only here. With
`on_select` the chart is a widget whose value is the selection the page sends (points clicked,
boxes and lassos drawn), as Streamlit's PlotlyState."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import effective_width, set_layout
from stbundle.runtime_py.elements.chart_selection import (
    emit_selection_chart,
    page_selection,
    typed_selection,
)
from stbundle.runtime_py.elements.dataframe import DataframeState
from stbundle.runtime_py.errors import StreamlitValueError
from stbundle.runtime_py.param_checks import check_option
from stbundle.runtime_py.widgets.registration import (
    on_change_callback,
)

#: The ways a person may select in a Plotly chart (Streamlit's selection_mode values).
SELECTION_MODES = ("box", "lasso", "points")


class PlotlyState(DataframeState):
    """What a Plotly chart with `on_select` returns: {"selection": {"points", "point_indices",
    "box", "lasso"}}, keys also attributes (`event.selection.points`), as Streamlit's."""


def plotly_selection(state: pb.WidgetState | None) -> PlotlyState:
    """The selection the page sent; empty lists before it sent any."""
    empty: dict[str, Any] = {"points": [], "point_indices": [], "box": [], "lasso": []}
    return PlotlyState(selection=PlotlyState(typed_selection(page_selection(state), empty)))


def parse_selection_modes(selection_mode: str | Iterable[str]) -> list[str]:
    """The selection modes asked for, checked as Streamlit checks them."""
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes <= set(SELECTION_MODES):
        raise StreamlitValueError("selection_mode", [f"'{m}'" for m in SELECTION_MODES])
    return sorted(modes)


def _is_matplotlib_figure(obj: object) -> bool:
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__}" == "matplotlib.figure.Figure"


class PlotlyMixin(DeltaGeneratorBase):
    def plotly_chart(
        self,
        figure_or_data: Any,
        use_container_width: bool | None = None,
        *,
        width: int | str = "stretch",
        height: int | str = "content",
        theme: str | None = "streamlit",
        key: Any = None,
        on_select: str | Callable[..., Any] = "ignore",
        selection_mode: str | Iterable[str] = ("points", "box", "lasso"),
        config: dict[str, Any] | None = None,
        alt: str | None = None,
    ) -> Any:
        """Draw a Plotly figure with plotly.js; `config` goes to plotly.js as given. With
        `on_select` ("rerun" or a callable) returns the selection (PlotlyState), else the
        element's handle."""
        width = effective_width(width, use_container_width, keep_pixels=True)
        el = pb.Element()
        set_layout(
            el, width=width, height=height, allow_content_width=True, allow_content_height=True
        )
        check_option(theme, "theme", ("streamlit", None))
        on_change_callback(on_select, param="on_select", none_allowed=False)
        import plotly.io  # type: ignore[import-untyped]
        import plotly.tools  # type: ignore[import-untyped]

        if _is_matplotlib_figure(figure_or_data):
            figure = plotly.tools.mpl_to_plotly(figure_or_data)
        else:
            figure = plotly.tools.return_figure_from_figure_or_data(
                figure_or_data, validate_figure=True
            )
        chart = el.plotly_chart
        chart.theme = theme or ""
        chart.spec = plotly.io.to_json(figure, validate=False)
        chart.config = json.dumps(config or {})
        if alt is not None and str(alt).strip():
            chart.alt = str(alt).strip()
        if on_select == "ignore":
            return self._emit(el)
        modes = parse_selection_modes(selection_mode)
        chart.selection_mode.extend(modes)
        return emit_selection_chart(
            self,
            "plotly_chart",
            el,
            chart,
            key=key,
            params={
                "spec": chart.spec,
                "config": chart.config,
                "selection_mode": modes,
                "theme": theme,
                "width": width,
                "height": height,
                "alt": chart.alt,
            },
            key_identity=False,
            on_select=on_select,
            read=plotly_selection,
        )
