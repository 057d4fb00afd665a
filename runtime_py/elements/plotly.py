"""st.plotly_chart: a Plotly figure (or anything plotly accepts as one, or a Matplotlib figure)
as its JSON, for the renderer's lazy `plotly` chunk. plotly is imported only here."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any, Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.param_checks import check_option
from stbundle.runtime_py.widgets.registration import on_change_callback


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
    ) -> Self:
        """Draw a Plotly figure with plotly.js; `config` goes to plotly.js as given."""
        if use_container_width is not None:
            if use_container_width:
                width = "stretch"
            elif not isinstance(width, int):
                width = "content"
        el = pb.Element()
        set_layout(
            el, width=width, height=height, allow_content_width=True, allow_content_height=True
        )
        check_option(theme, "theme", ("streamlit", None))
        on_change_callback(on_select, param="on_select")  # Streamlit's check of the mode
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
        return self._emit(el)
