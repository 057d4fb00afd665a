"""Chart elements whose libraries a static build cannot get offline (matplotlib comes from
Pyodide's CDN), checked in serve mode: the figure is an image a person sees and a screen reader
names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import host_serve

APPS = Path(__file__).parent / "apps"


def test_pyplot_figure_is_a_named_image(page: Any) -> None:
    with host_serve(APPS / "pyplot_app.py") as url:
        page.goto(url)
        image = page.get_by_role("img", name="Two bars")
        expect(image).to_be_visible(timeout=30_000)  # the first run imports matplotlib
        width = image.evaluate("img => img.complete && img.naturalWidth")
        assert width > 400  # saved at 200 dpi: a 4-inch figure is about 800 pixels wide


def test_plotly_figure_is_drawn_and_named(page: Any) -> None:
    with host_serve(APPS / "plotly_app.py") as url:
        page.goto(url)
        fruit = page.get_by_role("figure", name="Fruit")  # the first run imports plotly
        expect(fruit.locator(".main-svg").first).to_be_visible(timeout=60_000)
        expect(fruit.locator("g.trace.bars g.point")).to_have_count(3)
        expect(fruit.locator(".xtitle")).to_have_text("kind")
        line = page.get_by_role("figure", name="A line")
        expect(line.locator("g.trace.scatter path.js-line")).to_have_count(1)


def test_plotly_selection_reaches_the_script(page: Any) -> None:
    with host_serve(APPS / "plotly_select_app.py") as url:
        page.goto(url)
        dots = page.get_by_role("figure", name="Dots")
        points = dots.locator("g.trace.scatter path.point")
        expect(points).to_have_count(3, timeout=60_000)  # the first run imports plotly
        expect(dots).to_have_attribute("data-stb-selecting", "1")  # listening for selections
        expect(page.get_by_text("indices: []")).to_be_visible()
        # A click on a point selects it: the script sees its index and its custom data. (Plotly
        # listens on a drag layer above the points, so the click goes where the point shows.)
        middle = points.nth(1).bounding_box()
        assert middle is not None
        page.mouse.click(middle["x"] + middle["width"] / 2, middle["y"] + middle["height"] / 2)
        expect(page.get_by_text("indices: [1]")).to_be_visible()
        expect(page.get_by_text("custom: ['b']")).to_be_visible()
        expect(page.get_by_text("state matches: True")).to_be_visible()
        # Box selection from the mode bar: drag a box around the first and third points.
        dots.hover()
        dots.get_by_role("button", name="Box Select").click()
        first = points.nth(0).bounding_box()
        third = points.nth(2).bounding_box()
        assert first is not None and third is not None
        page.mouse.move(first["x"] - 10, min(first["y"], third["y"]) - 10)
        page.mouse.down()
        page.mouse.move(third["x"] + third["width"] + 10, max(first["y"], third["y"]) + 40, steps=8)
        page.mouse.up()
        expect(page.get_by_text("boxes: 1")).to_be_visible()
        expect(page.get_by_text("indices: [0, 2]")).to_be_visible()


def test_pydeck_selection_reaches_the_script(page: Any) -> None:
    with host_serve(APPS / "pydeck_select_app.py") as url:
        page.goto(url)
        deck = page.get_by_role("figure", name="Cities")
        expect(deck).to_have_attribute("data-drawn", "", timeout=60_000)
        expect(page.get_by_text("picked: []")).to_be_visible()
        # The view is centred on Lyon: a click in the middle picks it, a second click (in
        # single-object mode) clears it, and so does a click on empty ground.
        box = deck.bounding_box()
        assert box is not None
        middle = (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.click(*middle)
        expect(page.get_by_text("picked: ['Lyon']")).to_be_visible()
        expect(page.get_by_text("indices: {'cities': [0]}")).to_be_visible()
        page.mouse.click(*middle)
        expect(page.get_by_text("picked: []")).to_be_visible()
        page.mouse.click(*middle)
        expect(page.get_by_text("picked: ['Lyon']")).to_be_visible()
        page.mouse.click(box["x"] + 10, box["y"] + 10)
        expect(page.get_by_text("picked: []")).to_be_visible()
