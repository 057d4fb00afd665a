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
        expect(image).to_be_visible()
        width = image.evaluate("img => img.complete && img.naturalWidth")
        assert width > 400  # saved at 200 dpi: a 4-inch figure is about 800 pixels wide
