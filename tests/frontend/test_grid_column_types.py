"""st.column_config's typed columns in the grid, as a person sees them: link cells are links with
their display text, image cells images, progress cells bars, chart cells drawn sparklines, list
cells chips, checkbox cells checkboxes, markdown cells formatted text, dates in their format.
The configs come from stbundle's own st.column_config constructors, the data from to_frame."""

from __future__ import annotations

import datetime as dt
from typing import Any

from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py import column_config as cc
from stbundle.runtime_py.column_config import column_config_json
from stbundle.runtime_py.dataframes.convert import to_frame

from tests.frontend.harness import Harness, el

PIXEL = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8Dw"
    "HwAFBQIAX8jx0gAAAABJRU5ErkJggg=="
)


def show(ui: Harness, data: dict[str, list[Any]], config: dict[str, Any]) -> Any:
    ui.send(
        el(
            [0, 0],
            dataframe=pb.Dataframe(
                data=to_frame(data), hide_index=True, column_config=column_config_json(config)
            ),
        )
    )
    g = ui.page.get_by_role("grid")
    expect(g).to_be_visible()
    return g


def test_links_show_their_display_text_or_a_regex_group(ui: Harness) -> None:
    g = show(
        ui,
        {
            "app": ["https://roadmap.streamlit.app", "https://extras.streamlit.app"],
            "doc": ["https://docs.example.com/a%20b", "javascript:alert(1)"],
        },
        {
            "app": cc.LinkColumn("App", display_text=r"https://(.*?)\.streamlit\.app"),
            "doc": cc.LinkColumn(display_text="Open docs"),
        },
    )
    expect(g.get_by_role("link", name="roadmap", exact=True)).to_have_attribute(
        "href", "https://roadmap.streamlit.app/"
    )
    expect(g.get_by_role("link", name="extras", exact=True)).to_be_visible()
    expect(g.get_by_role("link", name="Open docs")).to_have_count(1)  # javascript: stays text
    expect(g.get_by_role("gridcell", name="javascript:alert(1)")).to_be_visible()


def test_images_progress_bars_and_sparklines_are_drawn(ui: Harness) -> None:
    g = show(
        ui,
        {
            "img": [PIXEL, "javascript:alert(1)"],
            "done": [0.25, 0.9],
            "pct": [40, 100],
            "trend": [[0, 5, 2, 8], [3, 2, 1]],
            "bars": [[1, 2, 3], [3, 1]],
            "area": [[0.1, 0.5, 0.2], [0.4, 0.4]],
        },
        {
            "img": cc.ImageColumn("Picture"),
            "done": cc.ProgressColumn("Done", format="percent"),
            "pct": cc.ProgressColumn("Pct"),
            "trend": cc.LineChartColumn("Trend", y_min=0, y_max=10),
            "bars": cc.BarChartColumn("Bars", color="auto"),
            "area": cc.AreaChartColumn("Area"),
        },
    )
    img = g.get_by_role("img", name="Picture, row 0")
    expect(img).to_have_attribute("src", PIXEL)
    # The src is set before the image is decoded: wait for the decode.
    ui.page.wait_for_function("e => e.complete && e.naturalWidth === 1", arg=img.element_handle())
    expect(g.get_by_role("img", name="Picture, row 1")).to_have_count(0)  # no javascript: image
    bars = g.get_by_role("progressbar")
    expect(bars).to_have_count(4)
    expect(g.get_by_role("gridcell", name="25%")).to_be_visible()
    # A float column's bar runs to 1, an integer column's to 100.
    assert g.get_by_role("progressbar", name="Done, row 0").locator("span").evaluate(
        "e => e.style.width"
    ) == ("25%")
    assert g.get_by_role("progressbar", name="Pct, row 0").locator("span").evaluate(
        "e => e.style.width"
    ) == ("40%")
    line = g.get_by_role("img", name="line chart of 4 values")
    expect(line).to_be_visible()
    assert line.locator("polyline").get_attribute("points") == (
        "0.00,29.00 33.33,15.00 66.67,23.40 100.00,6.60"
    )
    bar = g.get_by_role("img", name="bar chart of 3 values")
    assert bar.locator("rect").count() == 3
    # color="auto": a rising series is green, a falling one red.
    assert bar.locator("rect").first.get_attribute("fill") == "#21c354"
    falling = g.get_by_role("img", name="bar chart of 2 values")
    assert falling.locator("rect").first.get_attribute("fill") == "#ff4b4b"
    area = g.get_by_role("img", name="area chart of 3 values")
    assert area.locator("polygon").count() == 1
    box = line.bounding_box()
    assert box is not None and box["width"] > 40 and box["height"] > 10


def test_lists_checkboxes_selects_markdown_json_and_buttons(ui: Harness) -> None:
    g = show(
        ui,
        {
            "tags": [["a", "b"], []],
            "picked": [["x", "y"], ["y"]],
            "ok": [True, False],
            "size": ["s", "l"],
            "notes": ["**bold** and [link](https://example.com)", "<img src=x onerror=alert(1)>"],
            "meta": [{"k": 1}, {"k": [2, 3]}],
            "action": ["Run", "Stop"],
        },
        {
            "tags": cc.ListColumn("Tags"),
            "picked": cc.MultiselectColumn(
                "Picked", options=["x", "y"], format_func=lambda v: v.upper()
            ),
            "ok": cc.CheckboxColumn("OK"),
            "size": cc.SelectboxColumn(
                "Size", options=["s", "l"], format_func=lambda v: {"s": "Small", "l": "Large"}[v]
            ),
            "notes": cc.MarkdownColumn("Notes"),
            "meta": cc.JsonColumn("Meta"),
            "action": cc.ButtonColumn("Action", type="primary"),
        },
    )
    row0 = g.get_by_role("row").nth(1)
    expect(row0.locator(".stb-grid-chip")).to_have_text(["a", "b", "X", "Y"])
    expect(g.get_by_role("checkbox", name="OK, row 0")).to_be_checked()
    expect(g.get_by_role("checkbox", name="OK, row 1")).not_to_be_checked()
    expect(g.get_by_role("checkbox", name="OK, row 1")).to_be_disabled()
    expect(g.get_by_role("gridcell", name="Large")).to_be_visible()
    expect(row0.locator("strong")).to_have_text("bold")
    expect(g.get_by_role("link", name="link")).to_have_attribute("href", "https://example.com")
    # Markup in a markdown cell is text, never an element.
    expect(g.get_by_role("gridcell", name="<img src=x onerror=alert(1)>")).to_be_visible()
    assert g.locator("img").count() == 0
    expect(g.get_by_role("gridcell", name='{"k": [2, 3]}')).to_be_visible()
    expect(g.get_by_role("button", name="Run")).to_have_attribute("aria-disabled", "true")


def test_date_time_and_datetime_formats(ui: Harness) -> None:
    g = show(
        ui,
        {
            "when": [dt.datetime(2024, 2, 5, 12, 30), dt.datetime(2023, 11, 10, 18, 0)],
            "day": [dt.date(2024, 3, 1), dt.date(2021, 1, 2)],
            "at": [dt.time(9, 5), dt.time(21, 45, 30)],
            "iso": [dt.datetime(2024, 2, 5, 12, 30), dt.datetime(2023, 11, 10, 18, 0)],
            "plain": [dt.date(2024, 3, 1), dt.date(2021, 1, 2)],
        },
        {
            "when": cc.DatetimeColumn("When", format="D MMM YYYY, h:mm a"),
            "day": cc.DateColumn("Day", format="dddd, MMMM Do [of] YYYY"),
            "at": cc.TimeColumn("At", format="hh:mm A"),
            "iso": cc.DatetimeColumn("ISO", format="iso8601"),
            "plain": cc.DateColumn("Plain", format="localized"),
        },
    )
    for text in (
        "5 Feb 2024, 12:30 pm",
        "10 Nov 2023, 6:00 pm",
        "Friday, March 1st of 2024",
        "Saturday, January 2nd of 2021",
        "09:05 AM",
        "09:45 PM",
        "2024-02-05T12:30:00.000Z",
        "Mar 1, 2024",
    ):
        expect(g.get_by_role("gridcell", name=text, exact=True)).to_be_visible()


def test_pinned_columns_come_first_and_stay_in_view(ui: Harness) -> None:
    wide = {f"c{i}": [i, i + 1] for i in range(8)}
    g = show(
        ui,
        {**wide, "name": ["first", "second"]},
        {
            **{f"c{i}": cc.Column(width="large") for i in range(8)},
            "name": cc.TextColumn("Name", pinned=True),
            "multi": cc.MultiselectColumn(options=["a"], color="red"),
        },
    )
    expect(g.get_by_role("columnheader").first).to_have_text("Name")
    g.evaluate("e => { e.scrollLeft = 2500; }")
    cell = g.get_by_role("gridcell", name="second")
    grid_box = g.bounding_box()
    box = cell.bounding_box()
    assert grid_box is not None and box is not None
    assert abs(box["x"] - grid_box["x"]) < 3  # still at the left edge, not scrolled away
    assert g.get_by_role("gridcell", name="0", exact=True).bounding_box()["x"] < grid_box["x"]


def test_multiselect_tags_take_their_colours(ui: Harness) -> None:
    g = show(
        ui,
        {"tags": [["a", "b"], ["b"]]},
        {"tags": cc.MultiselectColumn("Tags", options=["a", "b"], color=["red", "#00ff00"])},
    )
    chips = g.locator(".stb-grid-chip")
    expect(chips).to_have_text(["a", "b", "b"])
    # A quarter of the tag's colour over the cell.
    red = chips.nth(0).evaluate("e => getComputedStyle(e).backgroundColor")
    green = chips.nth(1).evaluate("e => getComputedStyle(e).backgroundColor")
    assert red == "color(srgb 1 0.294118 0.294118 / 0.25)"
    assert green == "color(srgb 0 1 0 / 0.25)"


def test_number_formats_percent_bytes_and_step_as_streamlit_shows_them(ui: Harness) -> None:
    g = show(
        ui,
        {"share": [0.25, 1234.567], "size": [1234, 5_300_000_000], "price": [2.5, 3.14159]},
        {
            "share": cc.NumberColumn("Share", format="percent"),
            "size": cc.NumberColumn("Size", format="bytes"),
            "price": cc.NumberColumn("Price", step=0.01),
        },
    )
    for text in ("25%", "123,456.7%", "1.2KB", "5.3GB", "2.50", "3.14"):
        expect(g.get_by_role("gridcell", name=text, exact=True)).to_be_visible()
