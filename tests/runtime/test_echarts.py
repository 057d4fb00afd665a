"""st.echarts_chart in the runtime: the element it sends (the option as JSON, dataframe sources
moved beside it as named tables, sizes), the selection a page sends back (Streamlit's
EChartsState; malformed ones count as none), and the option conversion's refusals."""

from __future__ import annotations

import datetime
import json
import logging
from pathlib import Path
from typing import Any

import pytest
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.app_session import AppSession
from stbundle.runtime_py.element_tree import ElementTree
from stbundle.runtime_py.elements.echarts_option import (
    dataset_cell,
    is_number_format,
    normalize_option,
)
from stbundle.runtime_py.errors import StreamlitAPIException

from stbundle.testing import AppTest

APP = """
import streamlit as st
def changed():
    st.session_state.calls = st.session_state.get("calls", 0) + 1
option = {"xAxis": {"type": "category", "data": ["a", "b", "c"]}, "yAxis": {},
          "series": [{"type": "bar", "id": "s", "data": [1, 2, 3], "selectedMode": "multiple"}]}
event = st.echarts_chart(option, on_select=changed, key="bars")
st.text(repr((event.selection.selected, event.selection.areas, st.session_state.get("calls", 0))))
"""


class Page:
    def __init__(self, path: Path) -> None:
        self.tree = ElementTree()
        self.session = AppSession(path, self.tree.apply)
        if self.session.start():
            self.session.run_pending()

    def chart(self) -> pb.EChartsChart:
        return next(
            n.element.echarts_chart
            for n in self.tree.elements()
            if n.kind == "echarts_chart" and n.element
        )

    def shown(self) -> str:
        texts = [n for n in self.tree.elements() if n.kind == "text" and n.element is not None]
        return str(texts[-1].element.text.body) if texts else ""

    def select(self, value: object) -> None:
        state = pb.WidgetState(id=self.chart().common.id)
        state.string_value = value if isinstance(value, str) else json.dumps(value)
        msg = pb.BackMsg()
        msg.rerun.widget_states.widgets.append(state)
        if self.session.handle_back_msg(msg):
            self.session.run_pending()
        assert self.session.last_status == pb.ScriptFinished.FINISHED_SUCCESSFULLY


@pytest.fixture
def page(tmp_path: Path) -> Page:
    app = tmp_path / "app.py"
    app.write_text(APP)
    return Page(app)


def test_selection_from_the_page_reaches_the_script_and_the_callback(page: Page) -> None:
    assert page.shown() == "([], [], 0)"
    chart = page.chart()
    assert chart.selection_activated and chart.id == chart.common.id != ""
    group = {
        "series_index": 0,
        "series_id": "s",
        "series_name": None,
        "data_type": "main",
        "data_indices": [0, 2],
    }
    area = {"brush_index": 0, "brush_type": "lineX", "coord_range": [0, 2]}
    page.select({"selection": {"selected": [group], "areas": [area]}})
    assert page.shown() == repr(([group], [area], 1))


@pytest.mark.parametrize(
    "bad", ["not json", [1], {"selection": "all"}, {"selection": {"selected": 3, "areas": {}}}]
)
def test_malformed_selections_count_as_none(page: Page, bad: object) -> None:
    page.select(bad)
    assert page.shown().startswith("([], [],")


def test_element_carries_the_option_sizes_and_moved_datasets() -> None:
    at = AppTest.from_string(
        """
import pandas as pd
import streamlit as st
df = pd.DataFrame({"when": pd.to_datetime(["2024-01-02 03:04:05"]).tz_localize("UTC"),
                   "n": [1.5], "gap": [None], "d": pd.to_timedelta([2], unit="s")})
st.echarts_chart({"dataset": [{"source": df}, {"source": df}], "series": [{"type": "line"}]},
                 width="content", renderer="svg", alt="  Trend ")
""",
        default_timeout=30,
    ).run()
    chart = at.get("echarts_chart")[0].proto
    option = json.loads(chart.spec)
    assert len(chart.datasets) == 1  # one table for the same frame named twice
    name = chart.datasets[0].name
    assert option["dataset"] == [{"source": {"name": name}}, {"source": {"name": name}}]
    assert json.loads(chart.datasets[0].columns) == {
        "fields": ["when", "n", "gap", "d"],
        "values": [["2024-01-02T03:04:05Z"], [1.5], [None], [2000.0]],
    }
    assert chart.renderer == pb.EChartsChart.SVG and chart.alt == "Trend" and chart.theme


def test_content_size_is_fixed_unless_a_pyecharts_chart_chose_one(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(
        """
import streamlit as st
class Chart:
    width = "640px"
    height = "100%"
    def dump_options(self):
        return '{"series": [{"type": "pie", "data": [1, 2]}]}'
st.echarts_chart({"series": []}, width="content")
st.echarts_chart(Chart(), width="content")
st.echarts_chart({"series": []}, width=300, height="stretch")
"""
    )
    page = Page(app)
    layouts = [n.element.layout for n in page.tree.elements() if n.kind == "echarts_chart"]
    assert [(x.WhichOneof("width"), x.WhichOneof("height")) for x in layouts] == [
        ("width_pixels", "height_pixels"),
        ("width_pixels", "height_stretch"),
        ("width_pixels", "height_stretch"),
    ]
    assert [x.width_pixels for x in layouts] == [700, 640, 300]
    assert layouts[0].height_pixels == 350


def test_the_callers_option_is_left_untouched() -> None:
    option: dict[str, Any] = {"dataset": {"source": [[1, 2]]}, "series": [{"type": "bar"}]}
    before = json.dumps(option)
    converted, datasets = normalize_option(option)
    converted["series"][0]["type"] = "line"
    assert json.dumps(option) == before and datasets == []


@pytest.mark.parametrize(
    ("spec", "says"),
    [
        ('{"a": 1', "could not be parsed as JSON"),
        ('{"f": x => x}', "JavaScript callbacks"),
        ('{"f": "--x_x--function(){}--x_x--"}', "JavaScript callbacks"),
        ({"series": [{"type": "scatterGL"}]}, "ECharts GL extension"),
        ({"series": [{"type": "liquidFill"}]}, "`echarts-liquidfill` extension"),
        ({"geo": {}}, "map or geo coordinate system"),
        ({"series": [{"coordinateSystem": "geo"}]}, "map or geo coordinate system"),
        ({"baseOption": {"series": [{"type": "custom"}]}}, "`custom` series"),
        ({"options": "x"}, "`options` value that is not a list"),
    ],
)
def test_refused_options_say_why(spec: Any, says: str) -> None:
    with pytest.raises(StreamlitAPIException, match=says.replace("(", r"\(")):
        normalize_option(spec)


def test_a_title_merely_naming_the_jscode_mark_is_text() -> None:
    option, _ = normalize_option('{"title": {"text": "--x_x-- is a marker"}}')
    assert option["title"]["text"] == "--x_x-- is a marker"


def test_value_formatters_that_are_not_number_formats_are_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert is_number_format("dollar") and is_number_format("%,d sessions")
    assert not is_number_format("{value} €") and not is_number_format("100%%")
    with caplog.at_level(logging.WARNING):
        normalize_option({"tooltip": {"valueFormatter": "{value} €"}, "series": []})
    assert "not a number format" in caplog.text


def test_dataset_cells() -> None:
    assert dataset_cell(datetime.date(2024, 5, 6)) == "2024-05-06"
    assert dataset_cell(float("inf")) is None
    assert dataset_cell(datetime.timedelta(seconds=1.5)) == 1500.0
    assert dataset_cell(complex(1, 2)) == "(1+2j)"


def test_a_pyecharts_chart_keeps_its_chosen_size(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(
        """
import streamlit as st
from pyecharts import options as opts
from pyecharts.charts import Bar
sized = Bar(init_opts=opts.InitOpts(width="640px", height="360px")).add_xaxis(["a"])
st.echarts_chart(sized.add_yaxis("n", [1]), width="content")
st.echarts_chart(Bar().add_xaxis(["a"]).add_yaxis("n", [1]), width="content")
"""
    )
    page = Page(app)
    charts = [n.element for n in page.tree.elements() if n.kind == "echarts_chart"]
    assert [(c.layout.width_pixels, c.layout.height_pixels) for c in charts] == [
        (640, 360),
        (700, 350),  # pyecharts' own defaults (900px x 500px) are not a chosen size
    ]
    option = json.loads(charts[0].echarts_chart.spec)
    assert option["series"][0]["data"] == [1]
