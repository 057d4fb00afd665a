"""Charts and maps."""

from __future__ import annotations

from stbundle.specs.model import Command, Renderer, Widget

# A chart whose selection travels as JSON text (Vega-Lite, Plotly, deck.gl and ECharts charts).
_JSON_SELECTION = Widget(
    wire=("string_value",), writable=False, callback="on_select", label=None, only_if="on_select"
)
_VEGA = Renderer("VegaLiteChartEl", "elements/vega_lite", widget=True, chunks=("vega",))
_VEGA_PROTO = "element:vega_lite_chart"
# Shells of big libraries only some apps use: lazy components (st.write of a plotly, pydeck or
# graphviz object reaches them too: builder/chunk_choice.py ships them by the app's imports).
_DECK = Renderer("DeckGlJsonChartEl", "elements/deck", widget=True, chunks=("deck",), lazy=True)

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
        widget=_JSON_SELECTION,
    ),
    Command(
        "vega_lite_chart",
        "A Vega-Lite chart from a spec.",
        proto=_VEGA_PROTO,
        renderer=_VEGA,
        widget=_JSON_SELECTION,
    ),
    Command(
        "plotly_chart",
        "A Plotly figure.",
        proto="element:plotly_chart",
        renderer=Renderer(
            "PlotlyChartEl", "elements/plotly", widget=True, chunks=("plotly",), lazy=True
        ),
        widget=_JSON_SELECTION,
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
        renderer=Renderer("GraphvizChartEl", "elements/graphviz", chunks=("graphviz",), lazy=True),
    ),
    Command(
        "pydeck_chart",
        "A deck.gl map.",
        proto="element:deck_gl_json_chart",
        renderer=_DECK,
        widget=_JSON_SELECTION,
    ),
    Command(
        "map",
        "Points on a map.",
        proto="element:deck_gl_json_chart",
        renderer=_DECK,
    ),
    Command(
        "echarts_chart",
        "An ECharts chart.",
        proto="element:echarts_chart",
        renderer=Renderer(
            "EChartsChartEl", "elements/echarts", widget=True, chunks=("echarts",), lazy=True
        ),
        widget=_JSON_SELECTION,
    ),
    Command(
        "mermaid_chart",
        "A Mermaid diagram.",
        # As in Streamlit: a Markdown element holding a ```mermaid fence (AppTest lists it
        # with the markdown); the renderer draws such fences with the lazy "mermaid" chunk.
        proto="element:markdown",
        renderer=Renderer("MarkdownEl", "elements/text", chunks=("mermaid",)),
    ),
]
