"""Charts and maps."""

from __future__ import annotations

from stbundle.specs.model import Command, Widget

_CHARTS = "planned with the data and charts issue (Vega-Lite, lazily loaded)"
_SELECTION = Widget(writable=False, callback="on_select", label=None, only_if="on_select")

SPECS = [
    Command("line_chart", "A line chart of wide or long data.", not_yet=_CHARTS),
    Command("area_chart", "An area chart of wide or long data.", not_yet=_CHARTS),
    Command("bar_chart", "A bar chart of wide or long data.", not_yet=_CHARTS),
    Command("scatter_chart", "A scatter chart of wide or long data.", not_yet=_CHARTS),
    Command("altair_chart", "An Altair chart.", not_yet=_CHARTS, widget=_SELECTION),
    Command(
        "vega_lite_chart", "A Vega-Lite chart from a spec.", not_yet=_CHARTS, widget=_SELECTION
    ),
    Command("plotly_chart", "A Plotly figure.", not_yet=_CHARTS, widget=_SELECTION),
    Command("pyplot", "A Matplotlib figure.", not_yet=_CHARTS),
    Command("graphviz_chart", "A Graphviz graph.", not_yet=_CHARTS),
    Command("pydeck_chart", "A deck.gl map.", not_yet=_CHARTS, widget=_SELECTION),
    Command("map", "Points on a map.", not_yet=_CHARTS),
    Command("echarts_chart", "An ECharts chart.", not_yet=_CHARTS, widget=_SELECTION),
    Command("mermaid_chart", "A Mermaid diagram.", not_yet=_CHARTS),
]
