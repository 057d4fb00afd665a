"""Charts and maps."""

from __future__ import annotations

from stbundle.specs.model import Command, Renderer, Widget

_CHARTS = "planned with the data and charts issue (Vega-Lite, lazily loaded)"
_SELECTION = Widget(writable=False, callback="on_select", label=None, only_if="on_select")
_VEGA_SELECTION = Widget(
    wire=("string_value",), writable=False, callback="on_select", label=None, only_if="on_select"
)
_VEGA = Renderer("VegaLiteChartEl", "elements/vega_lite", widget=True, chunks=("vega",))
_VEGA_PROTO = "element:vega_lite_chart"
_DECK = Renderer("DeckGlJsonChartEl", "elements/deck", chunks=("deck",))
_NO_BASE_MAP = {"key": "used only by map selections, which are not wired yet"}
_NO_SELECTIONS = "chart selections are not wired to the page yet; the chart is drawn without them"
_SELECTION_NOT_HONOURED = {
    "on_select": _NO_SELECTIONS,
    "selection_mode": _NO_SELECTIONS,
}

SPECS = [
    Command("line_chart", "A line chart of wide or long data.", proto=_VEGA_PROTO, renderer=_VEGA),
    Command("area_chart", "An area chart of wide or long data.", proto=_VEGA_PROTO, renderer=_VEGA),
    Command("bar_chart", "A bar chart of wide or long data.", proto=_VEGA_PROTO, renderer=_VEGA),
    Command(
        "scatter_chart",
        "A scatter chart of wide or long data.",
        proto=_VEGA_PROTO,
        renderer=_VEGA,
    ),
    Command(
        "altair_chart",
        "An Altair chart.",
        proto=_VEGA_PROTO,
        renderer=_VEGA,
        widget=_VEGA_SELECTION,
    ),
    Command(
        "vega_lite_chart",
        "A Vega-Lite chart from a spec.",
        proto=_VEGA_PROTO,
        renderer=_VEGA,
        widget=_VEGA_SELECTION,
    ),
    Command(
        "plotly_chart",
        "A Plotly figure.",
        proto="element:plotly_chart",
        renderer=Renderer("PlotlyChartEl", "elements/plotly", chunks=("plotly",)),
        widget=_SELECTION,
        not_honoured=_SELECTION_NOT_HONOURED,
    ),
    Command(
        "pyplot",
        "A Matplotlib figure.",
        proto="element:pyplot",
        renderer=Renderer("PyplotEl", "elements/pyplot"),
    ),
    Command(
        "graphviz_chart",
        "A Graphviz graph.",
        proto="element:graphviz_chart",
        renderer=Renderer("GraphvizChartEl", "elements/graphviz", chunks=("graphviz",)),
    ),
    Command(
        "pydeck_chart",
        "A deck.gl map.",
        proto="element:deck_gl_json_chart",
        renderer=_DECK,
        widget=_SELECTION,
        not_honoured={**_SELECTION_NOT_HONOURED, **_NO_BASE_MAP},
    ),
    Command(
        "map",
        "Points on a map.",
        proto="element:deck_gl_json_chart",
        renderer=_DECK,
    ),
    Command("echarts_chart", "An ECharts chart.", not_yet=_CHARTS, widget=_SELECTION),
    Command("mermaid_chart", "A Mermaid diagram.", not_yet=_CHARTS),
]
