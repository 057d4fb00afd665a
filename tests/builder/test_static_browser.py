"""Static-site behaviour that serve mode has no counterpart for, in a real Chromium: the
loading screen, files beside the app, a page opened from file://, and a broken deployment.
(The shared scenarios run against built sites in tests/browser.)"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser_support import StaticServer
from tests.builder.static_site import build, require_offline_inputs, wait_until_ready

APP = """
import streamlit as st
from helpers import shout

st.title(shout("hello"))
st.write(open("data/greeting.txt").read())
st.write("q is", st.query_params.get("q", "missing"))
"""


@pytest.fixture
def tab(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert errors == []


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[StaticServer, Path]]:
    """One site, built once, served under the sub-path /repo/."""
    require_offline_inputs()
    root = tmp_path_factory.mktemp("served")
    src = root / "src"
    (src / "data").mkdir(parents=True)
    (src / "app.py").write_text(textwrap.dedent(APP), encoding="utf-8")
    (src / "helpers.py").write_text("def shout(s):\n    return s.upper() + '!'\n")
    (src / "data" / "greeting.txt").write_text("Greetings from a data file")
    build(src / "app.py", root / "www" / "repo")
    server = StaticServer(root / "www")
    yield server, root / "www" / "repo"
    server.close()


def test_loading_screen_then_app_with_its_modules_and_data(
    served: tuple[StaticServer, Path], tab: Any
) -> None:
    server, _ = served
    held: list[Any] = []
    tab.route("**/pyodide.asm.wasm", lambda route: held.append(route))  # hold the start
    tab.goto(f"{server.url}repo/?q=42", wait_until="commit")
    while not held:
        tab.wait_for_timeout(20)
    loading = tab.get_by_role("status").filter(has_text="Loading Python")
    expect(loading).to_contain_text("Loading Python (Pyodide 314.0.7)…")
    expect(tab.locator("#stb-loading progress")).to_have_attribute("value", "0")
    expect(tab.locator("#stb-loading li")).to_have_text(
        ["Loading Python (Pyodide 314.0.7)", "Installing the app", "Starting the app"]
    )
    held[0].continue_()
    tab.unroute("**/pyodide.asm.wasm")

    wait_until_ready(tab)
    expect(tab.locator("#stb-loading")).to_have_count(0)
    expect(tab.get_by_role("heading", name="HELLO!")).to_be_visible()
    expect(tab.get_by_text("Greetings from a data file")).to_be_visible()
    expect(tab.get_by_text("q is 42")).to_be_visible()


def test_opened_from_a_file_says_to_serve_it(served: tuple[StaticServer, Path], tab: Any):
    _, site = served
    tab.goto((site / "index.html").as_uri())
    alert = tab.get_by_role("alert")
    expect(alert).to_contain_text("This app must be served over HTTP")
    expect(alert).to_contain_text("python3 -m http.server")
    assert tab.evaluate("document.documentElement.dataset.stbState") == "failed"


def test_missing_pyodide_is_reported_in_the_page(served: tuple[StaticServer, Path], tab: Any):
    server, _ = served
    tab.route("**/pyodide.mjs", lambda route: route.fulfill(status=404, body="gone"))
    tab.goto(f"{server.url}repo/")
    alert = tab.get_by_role("alert")
    expect(alert).to_contain_text("Pyodide 314.0.7 could not be loaded")
    expect(alert).to_contain_text("repo/pyodide/314.0.7/pyodide.mjs")
    expect(alert).to_contain_text("While: loading python (pyodide 314.0.7)")
