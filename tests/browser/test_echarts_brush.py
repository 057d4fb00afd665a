"""ECharts selections in both modes: choosing the toolbox's lineX brush and dragging
across two of five points reruns the script with Streamlit's selection state, the points'
indices grouped by series and the brushed x range in data coordinates; and a chart drawn anew
(its option changed by the selection) keeps the points selected, so the next click adds one."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import READY

APP = """
import streamlit as st

event = st.echarts_chart(
    {
        "grid": {"left": 50, "right": 20, "top": 40, "bottom": 30},
        "brush": {"toolbox": ["lineX"], "xAxisIndex": "all"},
        "toolbox": {"feature": {"brush": {"type": ["lineX", "clear"]}}},
        "xAxis": {"type": "value", "min": 0, "max": 10},
        "yAxis": {"type": "value", "min": 0, "max": 10},
        "series": [{"type": "scatter", "data": [[1, 5], [3, 5], [5, 5], [7, 5], [9, 5]]}],
    },
    on_select="rerun",
    key="points",
    alt="Points",
)
picked = event.selection.selected
st.text(f"indices {picked[0]['data_indices'] if picked else []}")
for area in event.selection.areas:
    low, high = area["coord_range"]
    st.text(f"{area['brush_type']} from {low:.1f} to {high:.1f}")
"""


@pytest.fixture(scope="module")
def brush_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    app = tmp_path_factory.mktemp("echarts_brush") / "echarts_brush_app.py"
    app.write_text(APP, encoding="utf-8")
    return app


def test_a_brush_selects_points_and_reports_its_range(
    brush_app: Path, host_app: Callable[[Path], str], page: Any, mode: str
) -> None:
    page.goto(host_app(brush_app))
    READY[mode](page)
    chart = page.get_by_role("img", name="Points")
    expect(chart.locator("canvas")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("indices []")).to_be_visible()
    page.wait_for_timeout(800)
    box = chart.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] - 55, box["y"] + 23)  # the toolbox's lineX brush
    page.wait_for_timeout(300)
    per_unit = (box["width"] - 70) / 10  # the grid spans x = 0..10
    y = box["y"] + 180
    page.mouse.move(box["x"] + 50 + 2 * per_unit, y)
    page.mouse.down()
    page.mouse.move(box["x"] + 50 + 6 * per_unit, y, steps=8)
    page.mouse.up()
    expect(page.get_by_text("indices [1, 2]")).to_be_visible()
    expect(page.get_by_text(re.compile(r"^lineX from 2\.0 to 6\.0$"))).to_be_visible()


REDRAWN = """
import streamlit as st

held = st.session_state.get("bars")
count = len(held.selection.selected) if held else 0
event = st.echarts_chart(
    {
        "title": {"text": f"{count} groups selected"},  # a new option on every selection
        "grid": {"left": 50, "right": 20, "top": 40, "bottom": 30},
        "xAxis": {"type": "category", "data": ["a", "b", "c", "d"]},
        "yAxis": {"type": "value", "max": 10},
        "series": [{"type": "bar", "data": [8, 8, 8, 8], "selectedMode": "multiple"}],
    },
    on_select="rerun",
    key="bars",
    alt="Bars",
)
picked = [i for group in event.selection.selected for i in group["data_indices"]]
st.text(f"picked {picked}")
"""


def test_a_redrawn_chart_keeps_the_points_selected(
    tmp_path: Path, host_app: Callable[[Path], str], page: Any, mode: str
) -> None:
    app = tmp_path / "redrawn_app.py"
    app.write_text(REDRAWN, encoding="utf-8")
    page.goto(host_app(app))
    READY[mode](page)
    chart = page.get_by_role("img", name="Bars")
    expect(chart.locator("canvas")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("picked []")).to_be_visible()
    page.wait_for_timeout(800)
    box = chart.bounding_box()
    assert box is not None

    def bar(index: int) -> tuple[float, float]:
        return box["x"] + 50 + (index + 0.5) * (box["width"] - 70) / 4, box["y"] + 250

    page.mouse.click(*bar(1))
    expect(page.get_by_text("picked [1]")).to_be_visible()
    page.wait_for_timeout(800)  # the new option is drawn, bar b selected again
    page.mouse.click(*bar(3))
    expect(page.get_by_text("picked [1, 3]")).to_be_visible()
