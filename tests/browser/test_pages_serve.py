"""Multipage apps in serve mode, in a real browser: the page menu is a navigation landmark of
links, clicking one shows that page under its own URL, a deep link opened in a fresh tab shows
the same page, back returns to the previous page, and session state survives the switch."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect
from stbundle.server import ServerSettings, create_app

from tests.browser_support import ensure_renderer_built
from tests.server.live import LiveServer

ENTRY = textwrap.dedent("""
    import streamlit as st

    def home():
        st.title("Welcome home")
        st.session_state.setdefault("visits", 0)
        st.session_state.visits += 1
        if st.button("Go to reports"):
            st.switch_page("pages/reports.py")
        st.page_link("pages/reports.py", label="Open the reports")

    pg = st.navigation([st.Page(home, icon="🏠"), st.Page("pages/reports.py", title="Reports")])
    pg.run()
""")

REPORTS = textwrap.dedent("""
    import streamlit as st

    st.title("Quarterly reports")
    st.write(f"Visits so far: {st.session_state.get('visits', 0)}")
""")


@pytest.fixture
def mpa_url(tmp_path: Path) -> Iterator[str]:
    ensure_renderer_built()
    (tmp_path / "pages").mkdir()
    (tmp_path / "app.py").write_text(ENTRY, encoding="utf-8")
    (tmp_path / "pages" / "reports.py").write_text(REPORTS, encoding="utf-8")
    server = LiveServer(create_app(tmp_path / "app.py", settings=ServerSettings(watch=False)))
    try:
        yield server.url
    finally:
        server.close()


def test_menu_click_deep_link_and_back(mpa_url: str, page: Any, browser: Any) -> None:
    root = mpa_url.rstrip("/") + "/"
    page.goto(root)
    expect(page.get_by_role("heading", name="Welcome home")).to_be_visible()
    menu = page.get_by_role("navigation", name="Pages")
    home_link = menu.get_by_role("link", name="home")
    expect(home_link).to_have_attribute("aria-current", "page")

    menu.get_by_role("link", name="Reports").click()
    expect(page.get_by_role("heading", name="Quarterly reports")).to_be_visible()
    expect(page).to_have_url(root + "reports")
    expect(page.get_by_text("Visits so far: 1")).to_be_visible()  # state kept across pages
    expect(menu.get_by_role("link", name="Reports")).to_have_attribute("aria-current", "page")
    expect(page.get_by_role("heading", name="Welcome home")).to_have_count(0)

    fresh = browser.new_page()
    try:
        fresh.goto(root + "reports")
        expect(fresh.get_by_role("heading", name="Quarterly reports")).to_be_visible()
        expect(fresh.get_by_text("Visits so far: 0")).to_be_visible()  # a new session
    finally:
        fresh.close()

    page.go_back()
    expect(page.get_by_role("heading", name="Welcome home")).to_be_visible()
    expect(page).to_have_url(root)
    page.go_forward()
    expect(page.get_by_role("heading", name="Quarterly reports")).to_be_visible()
    page.reload()
    expect(page.get_by_role("heading", name="Quarterly reports")).to_be_visible()


def test_switch_page_moves_the_address_bar(mpa_url: str, page: Any) -> None:
    root = mpa_url.rstrip("/") + "/"
    page.goto(root)
    page.get_by_role("button", name="Go to reports").click()
    expect(page.get_by_role("heading", name="Quarterly reports")).to_be_visible()
    expect(page).to_have_url(root + "reports")
    page.go_back()
    expect(page.get_by_role("heading", name="Welcome home")).to_be_visible()


def test_unknown_page_shows_the_default_page_with_a_message(mpa_url: str, page: Any) -> None:
    root = mpa_url.rstrip("/") + "/"
    page.goto(root + "nowhere")
    expect(page.get_by_role("heading", name="Welcome home")).to_be_visible()
    expect(page.get_by_text(re.compile("Page not found"))).to_be_visible()
    expect(page).to_have_url(root)


def test_page_link_is_a_link_that_switches_pages(mpa_url: str, page: Any) -> None:
    root = mpa_url.rstrip("/") + "/"
    page.goto(root)
    link = page.get_by_role("main").get_by_role("link", name="Open the reports")
    expect(link).to_have_attribute("href", re.compile(r"/reports$"))
    link.click()
    expect(page.get_by_role("heading", name="Quarterly reports")).to_be_visible()
    expect(page).to_have_url(root + "reports")


def test_a_path_deeper_than_a_page_shows_the_default_page_with_a_message(
    mpa_url: str, page: Any
) -> None:
    root = mpa_url.rstrip("/") + "/"
    page.goto(root + "reports/nested/deeper?x=1")
    expect(page).to_have_url(root + "?x=1")  # the 404 page sends it to the app
    expect(page.get_by_role("heading", name="Welcome home")).to_be_visible(timeout=20_000)
    expect(page.get_by_text(re.compile("Page not found"))).to_be_visible()
