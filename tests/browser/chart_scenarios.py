"""Browser checks for the Vega-Lite charts (examples/charts.py): each chart is a labelled figure
whose drawing has the expected marks, axis titles and legend, in the page's light or dark theme."""

from __future__ import annotations

import io
from typing import Any

from playwright.sync_api import expect

Page = Any  # playwright.sync_api.Page


def _reddish_pixels(png: bytes) -> int:
    """Pixels of the theme's primary colour (#ff4b4b, drawn at alpha 160 on white)."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    pixels = image.get_flattened_data()
    return sum(1 for r, g, b in pixels if r > 230 and 100 < g < 190 and 100 < b < 190)


def _axis_titles(figure: Any) -> Any:
    return figure.locator(".role-axis-title text")


def charts(page: Page) -> None:
    page.emulate_media(color_scheme="light")
    expect(page.get_by_role("heading", name="Charts")).to_be_visible()
    figures = page.get_by_role("figure")
    expect(figures).to_have_count(7)

    line = page.get_by_role("figure", name="Two series over four steps")
    expect(line.locator("svg")).to_be_visible()
    expect(_axis_titles(line)).to_have_text(["step", "level"])
    expect(line.locator(".role-legend-label text")).to_have_text(["a", "b"])
    expect(line.locator("g.mark-line.role-mark path")).to_have_count(2)  # one line per series

    bars = figures.nth(1)
    expect(_axis_titles(bars)).to_have_text(["count", "fruit"])  # horizontal: x is the value
    expect(bars.locator("g.mark-rect.role-mark path")).to_have_count(3)
    expect(bars.locator(".role-axis-label text")).to_contain_text(["apple", "fig", "pear"])

    scatter = figures.nth(2)
    expect(scatter.locator("g.mark-symbol.role-mark path")).to_have_count(4)
    expect(scatter.locator(".role-legend-title text")).to_have_text("kind")

    expect(figures.nth(3).locator("g.mark-area.role-mark path")).to_have_count(1)

    spec_chart = page.get_by_role("figure", name="Temperatures")
    expect(spec_chart.locator(".role-title-text text")).to_have_text("Temperatures")
    expect(spec_chart.locator("g.mark-rect.role-mark path")).to_have_count(2)
    expect(_axis_titles(spec_chart)).to_have_text(["city", "degrees"])

    graph = page.get_by_role("figure", name="Three steps")
    expect(graph.locator("svg g.node text")).to_have_text(["start", "middle", "end"])
    expect(graph.locator("svg g.edge")).to_have_count(2)

    # The map draws its points without base-map tiles (no network): red dots on the page.
    cities = page.get_by_role("figure", name="Three cities")
    expect(cities).to_have_attribute("data-drawn", "")
    assert _reddish_pixels(cities.screenshot()) > 30

    # The theme follows the page: dark text on light, light text on dark.
    label = line.locator(".role-axis-title text").first
    light_fill = label.get_attribute("fill")
    page.emulate_media(color_scheme="dark")
    expect(line.locator(".role-axis-title text").first).not_to_have_attribute(
        "fill", light_fill or ""
    )
    page.emulate_media(color_scheme="light")

    page.get_by_role("button", name="Add a point").click()
    five = page.get_by_role("figure", name="Five steps")
    expect(five.locator("g.mark-line.role-mark path")).to_have_count(2)
    expect(five.locator(".role-axis-label text")).to_contain_text(["4"])


def chart_selection(page: Page) -> None:
    chart = page.get_by_role("figure", name="Sales by day")
    expect(chart.locator("g.mark-symbol.role-mark path")).to_have_count(6)
    expect(page.get_by_text("Nothing selected")).to_be_visible()
    frame = chart.locator("svg").first.bounding_box()
    assert frame is not None
    y = frame["y"] + frame["height"] * 0.45
    page.mouse.move(frame["x"] + frame["width"] * 0.1, y)  # inside the plot, left of day 1
    page.mouse.down()
    page.mouse.move(frame["x"] + frame["width"] * 0.55, y, steps=8)  # just past day 3
    page.mouse.up()
    expect(page.get_by_text("Selected days: [1, 2, 3]")).to_be_visible()


def mermaid(page: Page) -> None:
    expect(page.get_by_role("heading", name="Diagrams")).to_be_visible()
    flow = page.get_by_role("img", name="Release flow")
    expect(flow.locator("svg")).to_be_visible(timeout=30_000)  # the first use loads mermaid.js
    expect(flow.get_by_text("Review1", exact=True)).to_be_visible()
    expect(flow.get_by_text("Ship", exact=True)).to_be_visible()
    # A ```mermaid fence in st.markdown is drawn too, named by its type.
    sequence = page.get_by_role("img", name="Mermaid sequence")
    expect(sequence.get_by_text("Hello Bob")).to_be_visible()
    # Labels are text: the img tag in a label is not an element of the page.
    escaped = page.get_by_role("img", name="Escaped label")
    expect(escaped.locator("svg")).to_be_visible()
    assert page.locator("main img").count() == 0
    # A diagram Mermaid cannot parse stays readable as code, with the reason.
    expect(page.get_by_text("This Mermaid diagram could not be drawn")).to_be_visible()
    assert page.locator("body > div[id^=dstb-mermaid]").count() == 0  # no leftovers
    # Moving the slider reruns the script: the diagram is redrawn with three review steps.
    slider = page.get_by_role("slider", name="Review steps")
    slider.focus()
    page.keyboard.press("End")
    expect(
        page.get_by_role("img", name="Release flow").get_by_text("Review3", exact=True)
    ).to_be_visible()


def _pixels_near(png: bytes, rgb: tuple[int, int, int], tolerance: int = 12) -> int:
    from PIL import Image

    data = Image.open(io.BytesIO(png)).convert("RGB").tobytes()
    pixels = zip(data[0::3], data[1::3], data[2::3], strict=True)
    return sum(
        1 for px in pixels if all(abs(c - w) <= tolerance for c, w in zip(px, rgb, strict=True))
    )


def echarts(page: Page) -> None:
    """examples/echarts.py: the bars are painted in the theme's first colour (light, then
    dark), clicking bars selects them and the script shows which, a double click clears."""
    page.emulate_media(color_scheme="light")
    chart = page.get_by_role("img", name="Sales by weekday")
    expect(chart.locator("canvas")).to_be_visible(timeout=30_000)  # the first use loads ECharts
    expect(page.get_by_text("Nothing selected")).to_be_visible()
    page.wait_for_timeout(1200)  # the bars' entry animation
    assert _pixels_near(chart.screenshot(), (0x00, 0x68, 0xC9)) > 2000  # Streamlit's blue

    box = chart.bounding_box()
    assert box is not None
    plot_left, plot_width = box["x"] + 50, box["width"] - 70  # the option's grid

    def bar(index: int) -> tuple[float, float]:
        return plot_left + (index + 0.5) * plot_width / 5, box["y"] + box["height"] - 40

    page.mouse.click(*bar(1))
    expect(page.get_by_text("Selected: Tue")).to_be_visible()
    page.mouse.click(*bar(3))
    expect(page.get_by_text("Selected: Tue, Thu")).to_be_visible()
    page.mouse.dblclick(bar(0)[0], box["y"] + 50)  # above the bars
    expect(page.get_by_text("Nothing selected")).to_be_visible()
    page.mouse.move(*bar(1))  # the tooltip formats the value with the option's printf format
    expect(chart.get_by_text("200 units")).to_be_visible()

    # The SVG renderer draws text as SVG text; a dataset's first column names the categories.
    fruit = page.get_by_role("img", name="Fruit by year")
    expect(fruit.locator("svg text", has_text="apple")).to_have_count(1)
    expect(fruit.locator("svg text", has_text="2025")).to_have_count(1)  # the legend

    page.emulate_media(color_scheme="dark")
    page.wait_for_timeout(1200)
    shot = chart.screenshot()
    assert _pixels_near(shot, (0x83, 0xC9, 0xFF)) > 2000  # the dark palette's first colour
    assert _pixels_near(shot, (0x00, 0x68, 0xC9)) < 200
    page.emulate_media(color_scheme="light")
