"""Serve-only behaviour in a real browser: pages follow edits of the app (run on save)."""

from __future__ import annotations

import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect
from stbundle.server import ServerSettings, create_app

from tests.browser.scenarios import text
from tests.browser_support import ensure_renderer_built
from tests.server.live import LiveServer

APP = textwrap.dedent("""
    import streamlit as st

    st.title("Version one")
    if "count" not in st.session_state:
        st.session_state.count = 0
    if st.button("Increment"):
        st.session_state.count += 1
    st.write("Count =", st.session_state.count)
""")


@pytest.fixture
def watched_app(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    ensure_renderer_built()
    app = tmp_path / "app.py"
    app.write_text(APP, encoding="utf-8")
    server = LiveServer(create_app(app, settings=ServerSettings(watch=True)))
    try:
        yield app, server.url
    finally:
        server.close()


def test_saving_the_app_reruns_the_open_page(watched_app: tuple[Path, str], page: Any) -> None:
    app, url = watched_app
    page.goto(url)
    expect(page.get_by_role("heading", name="Version one")).to_be_visible()
    page.get_by_role("button", name="Increment").click()
    expect(page.get_by_text(text("Count = 1"))).to_be_visible()
    time.sleep(0.2)  # let the watcher settle on the folder

    app.write_text(APP.replace("Version one", "Version two"), encoding="utf-8")
    expect(page.get_by_role("heading", name="Version two")).to_be_visible()
    expect(page.get_by_text(text("Count = 1"))).to_be_visible()  # state kept, no reload

    app.write_text(APP.replace('st.title("Version one")', 'st.title("Broken"'), encoding="utf-8")
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("SyntaxError")
    expect(alert).to_contain_text("app.py")

    app.write_text(APP.replace("Version one", "Version three"), encoding="utf-8")
    expect(page.get_by_role("heading", name="Version three")).to_be_visible()
    expect(page.get_by_role("alert")).to_have_count(0)
    page.get_by_role("button", name="Increment").click()
    expect(page.get_by_text(text("Count = 2"))).to_be_visible()
