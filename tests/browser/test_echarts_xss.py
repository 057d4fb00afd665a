"""User text in an ECharts option never becomes HTML or script, in both modes: category and
series names shown by ECharts' own tooltip, values put into a tooltip's string formatter (its
template's markup is kept, sanitised), legend names and a `javascript:` title link. Hovering
shows the payloads as text; none of them runs."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import READY
from tests.browser.xss import DOM_CHECK

PAYLOAD = "<img src=x onerror=\"window.__pwned = 'echarts'\">"
TEMPLATE_TAIL = "<img src=y onerror=\"window.__pwned = 'template'\">"

APP = f"""
import streamlit as st

payload = {PAYLOAD!r}
template = "<b class='tpl'>{{b}}</b> is {{c}}" + {TEMPLATE_TAIL!r}
grid = {{"left": 50, "right": 20, "top": 60, "bottom": 30}}
st.echarts_chart(
    {{
        "title": {{"text": "Hover me", "link": "javascript:window.__pwned = 'link'"}},
        "grid": grid,
        "tooltip": {{"trigger": "item"}},
        "xAxis": {{"type": "category", "data": [payload, "plain"]}},
        "yAxis": {{"type": "value", "max": 10}},
        "series": [{{"type": "bar", "name": payload + " series", "data": [8, 8]}}],
    }},
    alt="Default tooltip",
)
st.echarts_chart(
    {{
        "grid": grid,
        "legend": {{"tooltip": {{"show": True}}}},
        "tooltip": {{"trigger": "item", "formatter": template}},
        "xAxis": {{"type": "category", "data": [payload, "plain"]}},
        "yAxis": {{"type": "value", "max": 10}},
        "series": [{{"type": "bar", "name": payload, "data": [8, 8]}}],
    }},
    alt="Template tooltip",
)
st.echarts_chart(
    {{"title": {{"text": "Safe link", "link": "about:blank#ok"}}, "series": []}},
    height=120,
    alt="Safe title link",
)
st.echarts_chart(
    {{
        "toolbox": {{"feature": {{"dataView": {{"lang": [payload, payload, "Refresh"]}}}}}},
        "xAxis": {{"type": "category", "data": [payload]}},
        "yAxis": {{}},
        "series": [{{"type": "bar", "name": payload, "data": [1]}}],
    }},
    height=200,
    alt="Data view",
)
st.text("all shown")
"""


@pytest.fixture(scope="module")
def echarts_xss_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    app = tmp_path_factory.mktemp("echarts_xss") / "echarts_xss_app.py"
    app.write_text(APP, encoding="utf-8")
    return app


def _hover_first_bar(page: Any, chart: Any) -> None:
    box = chart.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + 50 + (box["width"] - 70) / 4, box["y"] + box["height"] - 60)


def _click_title(page: Any, chart: Any) -> None:
    chart.scroll_into_view_if_needed()
    box = chart.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + 24)  # ECharts centres titles


def test_option_text_is_never_html(
    echarts_xss_app: Path, host_app: Callable[[Path], str], page: Any, mode: str
) -> None:
    page.goto(host_app(echarts_xss_app))
    READY[mode](page)
    expect(page.get_by_text("all shown")).to_be_visible(timeout=30_000)
    plain = page.get_by_role("img", name="Default tooltip")
    templated = page.get_by_role("img", name="Template tooltip")
    expect(plain.locator("canvas")).to_be_visible(timeout=30_000)
    expect(templated.locator("canvas")).to_be_visible()
    page.wait_for_timeout(1200)  # entry animations

    _hover_first_bar(page, plain)
    # ECharts' own tooltip: the series and category names as text.
    expect(plain.get_by_text(f"{PAYLOAD} series")).to_be_visible()
    expect(plain.get_by_text(PAYLOAD, exact=True)).to_be_visible()
    # A click on the title does not follow its javascript: link (a safe link is followed).
    popups: list[Any] = []
    page.on("popup", lambda popup: popups.append(popup))
    _click_title(page, plain)
    page.wait_for_timeout(500)
    assert popups == []
    with page.expect_popup():
        _click_title(page, page.get_by_role("img", name="Safe title link"))

    _hover_first_bar(page, templated)
    # The template's own markup stays (sanitised); the values in it are text.
    bold = templated.locator("b.tpl")
    expect(bold).to_have_text(PAYLOAD)
    expect(templated.get_by_text("is 8")).to_be_visible()

    # The toolbox's data view (a panel ECharts writes as HTML): its words are text.
    view = page.get_by_role("img", name="Data view")
    view.scroll_into_view_if_needed()
    box = view.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] - 23, box["y"] + 24)  # the toolbox's only icon
    expect(view.locator("h4")).to_have_text(PAYLOAD)
    expect(view.get_by_text(PAYLOAD, exact=True)).to_have_count(2)  # and the close button
    expect(view.locator("textarea")).to_have_value(re.compile("onerror"))  # as text

    page.wait_for_timeout(300)  # broken images' onerror
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator(".stb-app").evaluate(DOM_CHECK) == []
    assert page.locator(".stb-app img[src=x]").count() == 0
