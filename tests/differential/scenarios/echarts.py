"""st.echarts_chart under both AppTests: the elements, the selection state a chart with
`on_select` returns before any selection, and the errors for bad options and parameters
(their messages compared). test_echarts.py compares the options and datasets sent."""

from tests.differential.scenario import Scenario

ECHARTS = Scenario(
    name="echarts_charts",
    script="""
import json
import pandas as pd
import streamlit as st

bars = {"xAxis": {"type": "category", "data": ["A", "B", "C"]}, "yAxis": {"type": "value"},
        "series": [{"type": "bar", "data": [5, 20, 36]}]}
st.echarts_chart(bars, alt=" Bars ")
st.echarts_chart(json.dumps(bars), theme=None, renderer="svg", width="content", height=300)
st.echarts_chart(bars, key="kept", alt="   ")
df = pd.DataFrame({"product": ["Matcha", "Cocoa"], "2015": [43.3, 86.4], "2016": [85.8, None],
                   "day": pd.to_datetime(["2024-01-01", "2024-02-01"])})
st.echarts_chart({"legend": {}, "tooltip": {}, "dataset": {"source": df},
                  "xAxis": {"type": "category"}, "yAxis": {},
                  "series": [{"type": "bar"}, {"type": "bar"}]})
st.echarts_chart({"baseOption": {"dataset": [{"source": df[["product", "2015"]]}],
                                 "series": [{"type": "line"}]},
                  "options": [{"title": {"text": "t1"}}],
                  "media": [{"option": {"dataset": {"source": df[["product", "2016"]]}}}]})
st.echarts_chart({"dataset": {"source": [["x", "y"], [1, 2]]}, "series": [{"type": "scatter"}]})

class Chart:
    width = "640px"
    height = "500px"
    def dump_options(self):
        return '{"title": {"text": "--x_x-- is text"}, "series": [{"type": "pie", "data": [1]}]}'

st.echarts_chart(Chart(), width="content", height="content")
st.text(type(st.echarts_chart(bars, width=320)).__name__)
for bad in (
    lambda: st.echarts_chart(bars, theme="dark"),
    lambda: st.echarts_chart(bars, renderer="webgl"),
    lambda: st.echarts_chart(bars, width="wide"),
    lambda: st.echarts_chart(bars, height=-1),
    lambda: st.echarts_chart(42),
    lambda: st.echarts_chart("[1, 2]"),
    lambda: st.echarts_chart("{nope"),
    lambda: st.echarts_chart('{"tooltip": {"formatter": function (p) { return p; }}}'),
    lambda: st.echarts_chart('{"f": (p) => p}'),
    lambda: st.echarts_chart('{"f": "--x_x--function(){}--x_x--"}'),
    lambda: st.echarts_chart({"series": [{"type": "bar3D"}]}),
    lambda: st.echarts_chart({"grid3D": {}, "globe": {}}),
    lambda: st.echarts_chart({"series": [{"type": "wordCloud"}]}),
    lambda: st.echarts_chart({"series": [{"type": "custom"}]}),
    lambda: st.echarts_chart({"series": [{"type": "map"}]}),
    lambda: st.echarts_chart({"geo": {}}),
    lambda: st.echarts_chart({"series": [{"data": [float("nan")]}]}),
    lambda: st.echarts_chart({"series": [{"data": [pd.Timestamp("2024-01-01")]}]}),
    lambda: st.echarts_chart({"series": [{"data": pd.Series([1, 2])}]}),
    lambda: st.echarts_chart({"title": {"text": lambda: 1}}),
    lambda: st.echarts_chart({"series": [{"data": [{1, 2}]}]}),
    lambda: st.echarts_chart({"media": 3}),
    lambda: st.echarts_chart({"dataset": {"source": pd.DataFrame([[1, 2]], columns=["a", "a"])}}),
    lambda: st.echarts_chart(bars, key="kept"),
):
    try:
        bad()
    except Exception as err:
        st.text(f"{type(err).__name__}: {err}")
""",
)

ECHARTS_SELECTIONS = Scenario(
    name="echarts_selections",
    script="""
import json
import streamlit as st

bars = {"xAxis": {"type": "category", "data": ["A", "B"]}, "yAxis": {},
        "series": [{"type": "bar", "data": [1, 2], "selectedMode": "multiple"}]}
event = st.echarts_chart(bars, on_select="rerun", key="sel")
st.text(json.dumps(event, sort_keys=True))
st.text(repr(event.selection.selected) + repr(event["selection"]["areas"]))
st.text(str(st.session_state.sel == event))
other = st.echarts_chart({"brush": {"xAxisIndex": "all"}, "series": []}, on_select=lambda: None)
st.text(json.dumps(other))
st.echarts_chart({"series": []}, on_select="rerun")
for bad in (
    lambda: st.echarts_chart(bars, on_select="sometimes"),
    lambda: st.echarts_chart(bars, on_select=None),
    lambda: st.echarts_chart(bars, on_select="rerun", key="sel"),
):
    try:
        bad()
    except Exception as err:
        st.text(f"{type(err).__name__}: {err}")
""",
)

PYECHARTS = Scenario(
    name="echarts_pyecharts",
    script="""
import streamlit as st
from pyecharts import options as opts
from pyecharts.charts import Bar, Line
from pyecharts.commons.utils import JsCode

bar = (
    Bar(init_opts=opts.InitOpts(width="640px", height="360px"))
    .add_xaxis(["Mon", "Tue", "Wed"])
    .add_yaxis("Sales", [5, 20, 36])
    .set_global_opts(title_opts=opts.TitleOpts(title="Week"))
)
st.echarts_chart(bar, width="content", height="content", alt="Sales")
line = Line().add_xaxis(["a", "b"]).add_yaxis("n", [1, 2])
event = st.echarts_chart(line, on_select="rerun", key="line")
st.text(repr(event.selection))
tooltip = opts.TooltipOpts(formatter=JsCode("function (p) { return p.name; }"))
called = Bar().add_xaxis(["a"]).add_yaxis("n", [1]).set_global_opts(tooltip_opts=tooltip)
try:
    st.echarts_chart(called)
except Exception as err:
    st.text(f"{type(err).__name__}: {err}")
""",
)

SCENARIOS = [ECHARTS, ECHARTS_SELECTIONS, PYECHARTS]
