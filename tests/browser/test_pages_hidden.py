"""Pages the menu does not show, in a real browser, in both modes: a page declared with
visibility="hidden" is left out of the menu yet opens from a page link and at its own URL (a
deep link, which a static site answers with the page's own file), and st.navigation(
position="hidden") draws no menu at all while page links keep switching pages."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import site_root, visit

APP = textwrap.dedent("""
    import streamlit as st

    hide = st.sidebar.checkbox("Hide the menu", key="hide")

    def home():
        st.title("Home page")
        st.page_link(secret, label="Go to the secret page")

    def about():
        st.title("About page")

    def hidden_page():
        st.title("Secret page")
        st.page_link(home_page, label="Back home")

    home_page = st.Page(home, title="Home")
    secret = st.Page(hidden_page, title="Secret", url_path="secret", visibility="hidden")
    pages = [home_page, st.Page(about, title="About"), secret]
    st.navigation(pages, position="hidden" if hide else "sidebar").run()
""")


def test_hidden_pages_and_a_hidden_menu(
    host_app: Callable[[Path], str], page: Any, mode: str, tmp_path: Path
) -> None:
    (tmp_path / "app.py").write_text(APP, encoding="utf-8")
    root = site_root(host_app(tmp_path / "app.py"))
    visit(page, root, mode)
    expect(page.get_by_role("heading", name="Home page")).to_be_visible()
    menu = page.get_by_role("navigation", name="Pages")
    expect(menu.get_by_role("link")).to_have_text(["Home", "About"])  # not the hidden page

    page.get_by_role("link", name="Go to the secret page").click()
    expect(page.get_by_role("heading", name="Secret page")).to_be_visible()
    expect(page).to_have_url(root + "secret")
    expect(menu.get_by_role("link")).to_have_text(["Home", "About"])

    fresh = page.context.new_page()
    visit(fresh, root + "secret", mode)
    expect(fresh.get_by_role("heading", name="Secret page")).to_be_visible()
    fresh.close()

    page.get_by_role("checkbox", name="Hide the menu").check()
    expect(page.get_by_role("heading", name="Secret page")).to_be_visible()
    expect(page.get_by_role("navigation", name="Pages")).to_have_count(0)
    page.get_by_role("link", name="Back home").click()
    expect(page.get_by_role("heading", name="Home page")).to_be_visible()
    expect(page).to_have_url(root)
    expect(page.get_by_role("navigation", name="Pages")).to_have_count(0)
    page.get_by_role("checkbox", name="Hide the menu").uncheck()
    expect(menu.get_by_role("link")).to_have_text(["Home", "About"])
