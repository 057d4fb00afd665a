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
        expect(fruit.locator(".main-svg").first).to_be_visible(timeout=20_000)
        expect(fruit.locator("g.trace.bars g.point")).to_have_count(3)
        expect(fruit.locator(".xtitle")).to_have_text("kind")
        line = page.get_by_role("figure", name="A line")
        expect(line.locator("g.trace.scatter path.js-line")).to_have_count(1)
