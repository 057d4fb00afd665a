"""Static-build behaviour serve mode has no counterpart for, in a real Chromium: the loading
screen, files beside the app, a page opened from file://, and a broken deployment. (Every
scenario of scenarios.py also runs against a built site: the "static" mode in conftest.py.)"""

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
    served: tuple[StaticServer, Path], page: Any
) -> None:
    server, _ = served
    held: list[Any] = []
    page.route("**/pyodide.asm.wasm", lambda route: held.append(route))  # hold the start
    page.goto(f"{server.url}repo/?q=42", wait_until="commit")
    while not held:
        page.wait_for_timeout(20)
    loading = page.get_by_role("status").filter(has_text="Loading Python")
    expect(loading).to_contain_text("Loading Python (Pyodide 314.0.7)…")
    expect(page.locator("#stb-loading progress")).to_have_attribute("value", "0")
    expect(page.locator("#stb-loading li")).to_have_text(
        ["Loading Python (Pyodide 314.0.7)", "Installing the app", "Starting the app"]
    )
    held[0].continue_()
    page.unroute("**/pyodide.asm.wasm")

    wait_until_ready(page)
    expect(page.locator("#stb-loading")).to_have_count(0)
    expect(page.get_by_role("heading", name="HELLO!")).to_be_visible()
    expect(page.get_by_text("Greetings from a data file")).to_be_visible()
    expect(page.get_by_text("q is 42")).to_be_visible()


def test_opened_from_a_file_says_to_serve_it(served: tuple[StaticServer, Path], page: Any):
    _, site = served
    page.goto((site / "index.html").as_uri())
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("This app must be served over HTTP")
    expect(alert).to_contain_text("python3 -m http.server")
    assert page.evaluate("document.documentElement.dataset.stbState") == "failed"


def test_missing_pyodide_is_reported_in_the_page(served: tuple[StaticServer, Path], page: Any):
    server, _ = served
    page.route("**/pyodide.mjs", lambda route: route.fulfill(status=404, body="gone"))
    page.goto(f"{server.url}repo/")
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Pyodide 314.0.7 could not be loaded")
    expect(alert).to_contain_text("repo/pyodide/314.0.7/pyodide.mjs")
    expect(alert).to_contain_text("While: loading python (pyodide 314.0.7)")
