"""Differential scenarios for the Vega-Lite charts (issue 10): the built-in charts from pandas
and plain-Python data in wide and long form, every x/y/color/size/stack/sort/label option,
st.vega_lite_chart and st.altair_chart. tests/differential/test_charts.py compares each chart's
spec and data with Streamlit's; test_differential.py compares the page around them."""

from __future__ import annotations

from tests.differential.scenario import Scenario

_PANDAS = """
import datetime as dt
import numpy as np
import pandas as pd
import streamlit as st

"""

WIDE_PANDAS = Scenario(
    name="charts_wide_pandas",
    script=_PANDAS
    + """
wide = pd.DataFrame({"a": [1, 2, 3], "b": [4.0, 5.5, 6.0], "c": ["x", "y", "z"]})
st.line_chart(wide)
st.line_chart(wide, x="c", y=["a", "b"], color=["#ff0000", (0, 0, 255)])
st.area_chart(wide, x="a", y="b", x_label="A", y_label="B")
st.area_chart(wide[["a", "b"]], stack="normalize")
st.bar_chart(wide, x="c", y=["a", "b"], horizontal=True, stack=False)
st.bar_chart(wide, x="c", y="a", sort="-a", color="red")
st.bar_chart(wide, x="c", y=["a", "b"], stack="layered", sort=False)
st.scatter_chart(wide, x="a", y="b", color="c", size="a")
st.scatter_chart(wide, x="a", y=["b"], size=40, color=(0.5, 0.2, 0.1))
""",
)

LONG_PANDAS = Scenario(
    name="charts_long_pandas",
    script=_PANDAS
    + """
long = pd.DataFrame({
    "day": pd.date_range("2024-01-01", periods=4).repeat(2),
    "team": ["red", "blue"] * 4,
    "score": [3, 4, np.nan, 2, 5, 1, 6, 7],
})
st.line_chart(long, x="day", y="score", color="team")
st.bar_chart(long, x="day", y="score", color="team", stack=True)
st.bar_chart(long.set_index("team")["score"])
""",
)

OTHER_PANDAS = Scenario(
    name="charts_other_pandas_inputs",
    script=_PANDAS
    + """
named = pd.DataFrame({"v.1": [3, 1, 2], "colour": ["#f00", "#0f0", "#00f"]},
                     index=pd.Index([10, 20, 30], name="when"))
st.scatter_chart(named, y="v.1", color="colour")
st.line_chart(pd.DataFrame({"cat": pd.Categorical(["lo", "hi"], ["lo", "hi"], ordered=True),
                            "n": [1, 2]}), x="cat")
st.line_chart(np.arange(6).reshape(3, 2))
st.line_chart(pd.Series([1.5, 2.5], name="s"))
st.line_chart(pd.DataFrame({"t": [dt.date(2024, 1, 1), dt.date(2024, 2, 1)], "v": [1, 2]}), x="t")
st.line_chart(pd.DataFrame({"x": range(1500), "y": np.linspace(0, 1, 1500)}), x="x", width=500,
              height=250)
""",
)

BUILT_IN_PURE_PYTHON = Scenario(
    name="charts_built_in_pure_python",
    script="""
import streamlit as st

st.line_chart([1, 3, 2])
st.line_chart([[1, 2], [3, 4], [5, 7]])
st.area_chart({"q": [1, 2, 3], "r": [3, 1, 2]})
st.bar_chart([{"fruit": "apple", "n": 3}, {"fruit": "pear", "n": 5, "w": 1.5}], x="fruit")
st.scatter_chart({"x": [1, 2, 3], "y": [2, 1, 3], "k": ["p", "q", "p"]}, x="x", y="y", color="k",
                 size="y")
st.bar_chart({"mon": 3, "tue": 5, "wed": 1})
st.line_chart({"a": [1, None, 3], "b": [True, False, None]})
st.line_chart([{"a": 1, "b": "x"}, {"a": 2, "c": 3.5}])
st.line_chart()
st.bar_chart({"g": ["a", "b"], "v": [1, 2]}, x="g", y="v", color=["blue"], horizontal=True,
             y_label="value of g")
if st.button("more"):
    st.area_chart([1, 4, 2, 6], color="#0068c9", use_container_width=False)
""",
    steps=[lambda at: at.button[0].click().run()],
)

SPECS = Scenario(
    name="charts_vega_lite_and_altair",
    script="""
import altair as alt
import pandas as pd
import streamlit as st

df = pd.DataFrame({"city": ["Oslo", "Rome"], "temp": [4, 18]})
st.vega_lite_chart(df, {"mark": "bar", "encoding": {
    "x": {"field": "city", "type": "nominal"},
    "y": {"field": "temp", "type": "quantitative", "title": None}}}, alt="Temperatures")
st.vega_lite_chart({"data": {"values": [{"a": 1, "b": 2}, {"a": 2, "b": 1}]}, "mark": "point",
    "encoding": {"x": {"field": "a"}, "color": {"field": "b", "title": None}}}, theme=None)
st.vega_lite_chart(df, {"facet": {"field": "city"}, "spec": {"mark": "bar"}})
st.vega_lite_chart(df, {"vconcat": [{"mark": "bar"}, {"mark": "line"}]}, width="content")
chart = alt.Chart(df).mark_line().encode(x="city", y="temp").properties(title="Line")
st.altair_chart(chart)
layered = alt.layer(
    alt.Chart(df).mark_bar().encode(x="city:N", y="temp:Q"),
    alt.Chart(pd.DataFrame({"y": [10]})).mark_rule().encode(y="y:Q"),
)
st.altair_chart(layered, use_container_width=True)
""",
)

ERRORS = Scenario(
    name="charts_bad_input",
    script="""
import streamlit as st

for call in (
    lambda: st.line_chart({"a": [1, 2]}, x="nope"),
    lambda: st.line_chart({"a": [1, 2]}, y=["a", "zz"]),
    lambda: st.line_chart({"a": [1, 2]}, x=3),
    lambda: st.line_chart("text"),
    lambda: st.bar_chart({"a": [1, 2]}, stack="sideways"),
    lambda: st.line_chart({"a": [1, 2], "b": [3, 4]}, color="#ff0000"),
    lambda: st.line_chart({"a": [1, 2], "b": [3, 4]}, color=["#ff0000"]),
    lambda: st.line_chart({"a": [1, 2]}, color="not a colour"),
    lambda: st.scatter_chart({"a": [1, 2]}, size="huge"),
    lambda: st.vega_lite_chart({"a": [1]}, {}),
    lambda: st.line_chart({"a": [1, 2]}, width="wide"),
    lambda: st.pyplot(),
):
    try:
        call()
    except Exception as err:
        st.text(f"{type(err).__name__}: {err}")
""",
)

GRAPHVIZ = Scenario(
    name="charts_graphviz",
    script="""
import streamlit as st

st.graphviz_chart("digraph { a -> b -> c }")
st.graphviz_chart("graph { x -- y }", use_container_width=True, alt="  Two nodes ")
st.graphviz_chart("digraph { a -> b }", width=300, height=200, alt="   ")
try:
    st.graphviz_chart(42)
except Exception as err:
    st.text(f"{type(err).__name__}: {err}")
""",
)

PLOTLY = Scenario(
    name="charts_plotly",
    script="""
import plotly.graph_objects as go
import streamlit as st

fig = go.Figure(go.Bar(x=["a", "b"], y=[1, 2]))
fig.update_layout(title="Bars")
st.plotly_chart(fig, config={"scrollZoom": False})
st.plotly_chart({"data": [{"type": "scatter", "y": [1, 3, 2]}]}, theme=None, alt=" A line ")
st.plotly_chart([{"type": "pie", "values": [1, 2]}], width=400, height=300)
for bad in (lambda: st.plotly_chart(fig, theme="dark"), lambda: st.plotly_chart(42)):
    try:
        bad()
    except Exception as err:
        st.text(type(err).__name__)
""",
)

MAPS = Scenario(
    name="charts_maps",
    script="""
import pandas as pd
import streamlit as st

df = pd.DataFrame({"lat": [37.76, 37.78, 37.8], "lon": [-122.4, -122.42, -122.41],
                   "s": [10, 20, 30], "c": ["#f00", "#0f0", "#00ff0080"]})
st.map(df)
st.map(df, size="s", color="c", zoom=9)
st.map({"LAT": [1.0, 2.0], "longitude": [3, 4]}, color=(255, 0, 0), size=5)
st.map()
st.pydeck_chart()
for bad in (
    lambda: st.map({"x": [1]}),
    lambda: st.map({"lat": [1, None], "lon": [1, 2]}),
    lambda: st.map(df, color="s"),
):
    try:
        bad()
    except Exception as err:
        st.text(f"{type(err).__name__}: {err}")
""",
)

SELECTIONS = Scenario(
    name="charts_selections",
    script="""
import json
import streamlit as st

spec = {
    "mark": "point",
    "params": [{"name": "brush", "select": "interval"}, {"name": "pick", "select": "point"}],
    "encoding": {"x": {"field": "a", "type": "quantitative"},
                 "y": {"field": "b", "type": "quantitative"}},
}
data = {"a": [1, 2], "b": [3, 4]}
event = st.vega_lite_chart(data, spec, on_select="rerun", key="chart", selection_mode="brush")
st.text(json.dumps(event, sort_keys=True))
st.text(repr(event.selection.brush))
both = st.vega_lite_chart(data, spec, on_select=lambda: None)
st.text(json.dumps(both, sort_keys=True))
for bad in (
    lambda: st.vega_lite_chart(data, {"mark": "point"}, on_select="rerun"),
    lambda: st.vega_lite_chart(data, spec, on_select="rerun", selection_mode="nope"),
    lambda: st.vega_lite_chart(data, spec, on_select="sometimes"),
):
    try:
        bad()
    except Exception as err:
        st.text(type(err).__name__)
""",
)

PLOTLY_SELECTIONS = Scenario(
    name="charts_plotly_selections",
    script="""
import json
import plotly.graph_objects as go
import streamlit as st

fig = go.Figure(go.Scatter(x=[1, 2, 3], y=[3, 1, 2], mode="markers"))
event = st.plotly_chart(fig, on_select="rerun", key="dots")
st.text(json.dumps(event, sort_keys=True))
st.text(repr(event.selection.point_indices))
st.text(str(st.session_state.dots == event))
boxes = st.plotly_chart(fig, on_select=lambda: None, selection_mode="box")
st.text(json.dumps(boxes, sort_keys=True))
st.text(type(st.plotly_chart(fig)).__name__)
for bad in (
    lambda: st.plotly_chart(fig, on_select="rerun", selection_mode="nope"),
    lambda: st.plotly_chart(fig, on_select="rerun", selection_mode=["points", "circle"]),
    lambda: st.plotly_chart(fig, on_select="sometimes"),
    lambda: st.plotly_chart(fig, on_select="rerun", key="dots"),
):
    try:
        bad()
    except Exception as err:
        st.text(type(err).__name__)
""",
)

PYDECK_SELECTIONS = Scenario(
    name="charts_pydeck_selections",
    script="""
import json
import pydeck as pdk
import streamlit as st

layer = pdk.Layer("ScatterplotLayer", [{"lat": 1.0, "lon": 2.0}], id="dots",
                  get_position="[lon, lat]", pickable=True)
deck = pdk.Deck(layers=[layer])
event = st.pydeck_chart(deck, on_select="rerun", key="map")
st.text(json.dumps(event, sort_keys=True))
st.text(repr(event.selection.indices))
st.text(str(st.session_state.map == event))
many = st.pydeck_chart(deck, on_select=lambda: None, selection_mode="multi-object")
st.text(json.dumps(many, sort_keys=True))
st.text(type(st.pydeck_chart(deck)).__name__)
for bad in (
    lambda: st.pydeck_chart(deck, on_select="rerun", selection_mode="nope"),
    lambda: st.pydeck_chart(deck, on_select="rerun", selection_mode=["single-object"]),
    lambda: st.pydeck_chart(deck, on_select="sometimes"),
    lambda: st.pydeck_chart(deck, on_select="rerun", key="map"),
):
    try:
        bad()
    except Exception as err:
        st.text(type(err).__name__)
""",
)

MERMAID = Scenario(
    name="charts_mermaid",
    script=r"""
import streamlit as st

st.mermaid_chart("graph LR\n    A --> B")
st.mermaid_chart("graph TD\n  A[`code`] --> B", alt="  Two\n lines  ", width="content")
init = "%%{init: {'theme': 'dark'}}%%\n%% a comment\n"
st.mermaid_chart(init + "sequenceDiagram\n  A->>B: hi", alt="Hi")
st.mermaid_chart("---\ntitle: T\n---\nflowchart LR\n  x --> y", alt="With front matter")
st.mermaid_chart("%% stAlt: old\ngraph LR\n  a --> b", alt="new")
st.mermaid_chart("%%{init:\n {}\n}%%\npie\n  \"a\": 1", alt="Pie ```` fence", width=300)
""",
)

SCENARIOS = [
    WIDE_PANDAS,
    LONG_PANDAS,
    OTHER_PANDAS,
    BUILT_IN_PURE_PYTHON,
    SPECS,
    ERRORS,
    GRAPHVIZ,
    PLOTLY,
    MAPS,
    SELECTIONS,
    PLOTLY_SELECTIONS,
    PYDECK_SELECTIONS,
    MERMAID,
]
