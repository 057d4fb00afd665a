"""st.App in a browser: `bundle serve` of a launcher shows the script it names, with the
launcher's route beside it and its on_script_error message in place of a traceback; a static
build of the launcher runs the same script (without the server-only parts)."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path
from typing import Any

from playwright.sync_api import expect
from stbundle.runtime_py.st_app import load_app
from stbundle.server import ServerSettings

from tests.browser.conftest import READY, host_static
from tests.browser_support import ensure_renderer_built
from tests.server.live import LiveServer

LAUNCHER = Path(__file__).parent / "apps" / "st_app_launcher.py"


def _order_twice(page: Any) -> None:
    expect(page.get_by_role("heading", name="Orders")).to_be_visible()
    expect(page.get_by_text("You ordered 1.")).to_be_visible()
    page.get_by_label("Quantity").fill("2")
    page.get_by_label("Quantity").press("Enter")
    expect(page.get_by_text("You ordered 2.")).to_be_visible()


def test_a_served_launcher_shows_its_script_route_and_friendly_errors(page: Any) -> None:
    ensure_renderer_built()
    app = load_app(LAUNCHER, "app")
    server = LiveServer(app.asgi(ServerSettings(watch=False)))
    try:
        with urllib.request.urlopen(server.url + "api/version", timeout=10) as response:
            assert json.loads(response.read()) == {"app": "orders", "version": 3}
        page.goto(server.url)
        READY["serve"](page)
        _order_twice(page)
        page.get_by_role("button", name="Check stock").click()
        expect(page.get_by_text("Sorry, that did not work (LookupError).")).to_be_visible()
        expect(page.get_by_text("the stock service is down")).to_have_count(0)
        expect(page.get_by_text("You ordered 2.")).to_be_visible()  # the session lives on
    finally:
        server.close()


def test_a_static_build_of_a_launcher_runs_its_script(page: Any) -> None:
    with host_static(LAUNCHER) as url:
        page.goto(url)
        READY["static"](page)
        _order_twice(page)
        # No server, so no on_script_error: the error shows as Streamlit shows it by default.
        page.get_by_role("button", name="Check stock").click()
        expect(page.get_by_text(": the stock service is down")).to_be_visible()
