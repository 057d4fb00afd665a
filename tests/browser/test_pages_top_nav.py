"""A multipage app with st.navigation(position="top"), in a real browser, in both modes: the
menu is a bar of links at the top (a named section is a button opening its pages), clicking
one shows that page under its own URL, the tab's title follows the page until a page calls
st.set_page_config(page_title=...) (then it stays, as in Streamlit 1.67), back/forward move
between pages, a deep link opens the page, and a page that does not exist shows the default
page with Streamlit's "Page not found" message (never a blank page)."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import READY

APP = textwrap.dedent("""
    import streamlit as st

    def home():
        st.title("Welcome home")
        st.session_state.setdefault("visits", 0)
        st.session_state.visits += 1
        st.write(f"Home visits: {st.session_state.visits}")
        st.checkbox("Remember me", key="remember")

    def about():
        st.set_page_config(page_title="About us", layout="wide")
        st.title("About this app")
        st.write(f"Visits so far: {st.session_state.visits}")
        st.write(f"Checkbox state kept: {'remember' in st.session_state}")

    def team():
        st.title("Our team")

    st.navigation(
        {
            "": [st.Page(home, title="Home", icon="🏠"), st.Page(about, title="About")],
            "People": [st.Page(team, title="Team")],
        },
        position="top",
    ).run()
""")


def _root(url: str) -> str:
    return url if url.endswith("/") else url.rsplit("/", 1)[0] + "/"


def test_top_navigation(
    host_app: Callable[[Path], str], page: Any, mode: str, tmp_path: Path
) -> None:
    (tmp_path / "app.py").write_text(APP, encoding="utf-8")
    root = _root(host_app(tmp_path / "app.py"))
    if mode == "static":
        page.set_default_timeout(60_000)
    page.goto(root)
    READY[mode](page)
    expect(page.get_by_role("heading", name="Welcome home")).to_be_visible()
    expect(page).to_have_title("Home")
    menu = page.get_by_role("banner").get_by_role("navigation", name="Pages")
    expect(menu).to_be_visible()
    expect(page.get_by_role("complementary", name="Sidebar")).to_have_count(0)
    expect(menu.get_by_role("link", name="Home")).to_have_attribute("aria-current", "page")
    expect(menu.get_by_role("link", name="Team")).to_be_hidden()  # inside the closed section

    page.get_by_role("checkbox", name="Remember me").check()
    expect(page.get_by_text("Home visits: 2")).to_be_visible()
    menu.get_by_role("link", name="About").click()
    expect(page.get_by_role("heading", name="About this app")).to_be_visible()
    expect(page).to_have_url(root + "about")
    expect(page).to_have_title("About us")
    expect(page.get_by_text("Visits so far: 2")).to_be_visible()
    # Streamlit drops the widget state of the page left behind.
    expect(page.get_by_text("Checkbox state kept: False")).to_be_visible()

    section = menu.get_by_role("button", name="People")
    section.click()
    expect(section).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Escape")  # closes the section, focus back on its button
    expect(section).to_have_attribute("aria-expanded", "false")
    expect(section).to_be_focused()
    section.click()
    page.get_by_role("heading", name="About this app").click()  # a click outside closes it too
    expect(menu.get_by_role("link", name="Team")).to_be_hidden()
    section.click()
    menu.get_by_role("link", name="Team").click()
    expect(page.get_by_role("heading", name="Our team")).to_be_visible()
    expect(page).to_have_url(root + "team")
    expect(page).to_have_title("About us")  # set_page_config's title stays
    expect(menu.get_by_role("link", name="Team")).to_be_hidden()  # the section closed again

    page.go_back()
    expect(page.get_by_role("heading", name="About this app")).to_be_visible()
    page.go_back()
    expect(page.get_by_role("heading", name="Welcome home")).to_be_visible()
    expect(page).to_have_url(root)
    page.go_forward()
    expect(page.get_by_role("heading", name="About this app")).to_be_visible()

    fresh = page.context.new_page()
    fresh.set_default_timeout(60_000)
    fresh.goto(root + "team")
    READY[mode](fresh)
    expect(fresh.get_by_role("heading", name="Our team")).to_be_visible()
    expect(fresh).to_have_title("Team")

    fresh.goto(root + "nowhere?x=1")
    expect(fresh).to_have_url(root + "?x=1")  # static: the site's 404.html sends it home
    READY[mode](fresh)
    expect(fresh.get_by_role("heading", name="Welcome home")).to_be_visible()
    expect(fresh.get_by_text(re.compile("Page not found"))).to_be_visible()
    fresh.close()


MANY = textwrap.dedent("""
    import streamlit as st

    def make(n):
        def page():
            st.title(f"Page {n}")
        page.__name__ = f"page_{n}"
        return page

    st.sidebar.write("Sidebar text")  # the menu collapses only above other sidebar content
    expanded = st.query_params.get("expanded") == "1"
    pages = [st.Page(make(n), title=f"Page {n}") for n in range(1, 15)]
    st.navigation(pages, expanded=expanded).run()
""")


def test_a_long_sidebar_menu_collapses_unless_expanded(tmp_path: Path, page: Any) -> None:
    """14 pages: Streamlit shows 10 and "View 4 more" (expanded=False), all with expanded=True."""
    from tests.browser.conftest import host_serve

    (tmp_path / "app.py").write_text(MANY, encoding="utf-8")
    with host_serve(tmp_path / "app.py") as url:
        page.goto(url)
        menu = page.get_by_role("complementary", name="Sidebar").get_by_role(
            "navigation", name="Pages"
        )
        expect(menu.get_by_role("link")).to_have_count(10)
        more = menu.get_by_role("button", name="View 4 more")
        more.click()
        expect(menu.get_by_role("link")).to_have_count(14)
        menu.get_by_role("link", name="Page 13").click()
        expect(page.get_by_role("heading", name="Page 13")).to_be_visible()
        expect(menu.get_by_role("link")).to_have_count(14)  # an expanded menu stays expanded
        menu.get_by_role("button", name="View less").click()
        expect(menu.get_by_role("link")).to_have_count(10)
        page.goto(url + "?expanded=1")
        expect(page.get_by_role("heading", name="Page 1")).to_be_visible()
        expect(menu.get_by_role("link")).to_have_count(14)
        expect(menu.get_by_role("button")).to_have_count(0)


def test_a_sidebar_section_folds_when_its_header_is_clicked(tmp_path: Path, page: Any) -> None:
    from tests.browser.conftest import host_serve

    (tmp_path / "app.py").write_text(APP.replace('position="top"', 'position="sidebar"'))
    with host_serve(tmp_path / "app.py") as url:
        page.goto(url)
        menu = page.get_by_role("complementary", name="Sidebar").get_by_role(
            "navigation", name="Pages"
        )
        header = menu.get_by_role("button", name="People")
        expect(header).to_have_attribute("aria-expanded", "true")
        expect(menu.get_by_role("link", name="Team")).to_be_visible()
        header.click()
        expect(menu.get_by_role("button", name="People")).to_have_attribute(
            "aria-expanded", "false"
        )
        expect(menu.get_by_role("button", name="People")).to_be_focused()
        expect(menu.get_by_role("link", name="Team")).to_have_count(0)
        menu.get_by_role("link", name="About").click()  # folded stays folded across runs
        expect(page.get_by_role("heading", name="About this app")).to_be_visible()
        expect(menu.get_by_role("link", name="Team")).to_have_count(0)
        menu.get_by_role("button", name="People").click()
        menu.get_by_role("link", name="Team").click()
        expect(page.get_by_role("heading", name="Our team")).to_be_visible()
