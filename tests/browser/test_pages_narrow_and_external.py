"""A multipage app with the page menu at the top, in a real browser, in both modes, as a person
on a phone uses it: the bar never makes the page scroll sideways, pages that do not fit go into
an "N more" menu (as Streamlit 1.67's top bar does), and a wide window shows them all again.
An external page (st.Page with a URL) is a link that opens its site in a new tab. Query params
belong to the page they were set on: back and forward bring each page's own back."""

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
        st.write(f"Home query: {dict(st.query_params)}")

    def chapter(n):
        def page():
            st.title(f"Chapter {n} text")
            st.query_params["seen"] = str(n)
            st.write(f"Chapter query: {dict(st.query_params)}")
        return page

    pages = [st.Page(home, title="Home")]
    pages += [
        st.Page(chapter(n), title=f"Chapter {n}", url_path=f"chapter-{n}") for n in range(1, 6)
    ]
    pages.append(st.Page("https://example.org/docs", title="Our docs", icon="📘"))
    st.navigation(
        {"": pages, "Reference": [st.Page(chapter(9), title="Appendix", url_path="appendix")]},
        position="top",
    ).run()
""")


def _root(url: str) -> str:
    return url if url.endswith("/") else url.rsplit("/", 1)[0] + "/"


def test_top_menu_on_a_phone_external_page_and_query_params_per_page(
    host_app: Callable[[Path], str], page: Any, mode: str, tmp_path: Path
) -> None:
    (tmp_path / "app.py").write_text(APP, encoding="utf-8")
    root = _root(host_app(tmp_path / "app.py"))
    if mode == "static":
        page.set_default_timeout(60_000)
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(root + "?tab=a")
    READY[mode](page)
    expect(page.get_by_role("heading", name="Welcome home")).to_be_visible()
    menu = page.get_by_role("banner").get_by_role("navigation", name="Pages")
    more = menu.get_by_role("button", name=re.compile(r"^\d+ more$"))
    expect(more).to_be_visible()
    # Nothing sticks out of the phone's screen: the page does not scroll sideways.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert page.evaluate(
        "[...document.querySelectorAll('header nav a, header nav button')]"
        ".filter(e => e.offsetParent).every(e => e.getBoundingClientRect().right <= innerWidth)"
    )
    expect(menu.get_by_role("link", name="Home")).to_be_visible()
    expect(menu.get_by_role("link", name="Appendix")).to_be_hidden()
    count = int(more.inner_text().split()[0])
    visible_links = menu.get_by_role("link").filter(visible=True).count()
    assert visible_links + count == 8  # every page is in the bar or behind "N more"

    more.click()
    expect(more).to_have_attribute("aria-expanded", "true")
    expect(menu.get_by_text("Reference")).to_be_visible()  # the section, as a heading
    docs = menu.get_by_role("link", name="📘 Our docs")
    expect(docs).to_have_attribute("href", "https://example.org/docs")
    expect(docs).to_have_attribute("target", "_blank")
    menu.get_by_role("link", name="Appendix").click()
    expect(page.get_by_role("heading", name="Chapter 9 text")).to_be_visible()
    expect(page).to_have_url(root + "appendix?seen=9")
    expect(more).to_have_attribute("aria-expanded", "false")

    page.go_back()
    expect(page.get_by_role("heading", name="Welcome home")).to_be_visible()
    expect(page).to_have_url(root + "?tab=a")
    expect(page.get_by_text("Home query: {'tab': 'a'}")).to_be_visible()
    page.go_forward()
    expect(page.get_by_role("heading", name="Chapter 9 text")).to_be_visible()
    expect(page.get_by_text("Chapter query: {'seen': '9'}")).to_be_visible()

    # A wide window has room for every entry: no "more" menu.
    page.set_viewport_size({"width": 1280, "height": 800})
    expect(more).to_have_count(0)
    expect(menu.get_by_role("link", name="Chapter 5")).to_be_visible()
    expect(menu.get_by_role("button", name="Reference")).to_be_visible()
    menu.get_by_role("link", name="Chapter 2").click()
    expect(page.get_by_role("heading", name="Chapter 2 text")).to_be_visible()
    expect(page).to_have_url(root + "chapter-2?seen=2")
    expect(menu.get_by_role("link", name="Chapter 2")).to_have_attribute("aria-current", "page")
    # A reload of a page the script declares in a loop (a static site has no file for it: its
    # 404 page opens the app on it) and the page's URL written as a folder keep the page and
    # its URL.
    page.reload()
    READY[mode](page)
    expect(page.get_by_role("heading", name="Chapter 2 text")).to_be_visible()
    expect(page).to_have_url(root + "chapter-2?seen=2")
    page.goto(root + "chapter-3/")
    READY[mode](page)
    expect(page.get_by_role("heading", name="Chapter 3 text")).to_be_visible()
    expect(page).to_have_url(re.compile(re.escape(root) + r"chapter-3/?\?seen=3$"))

    # An external page has no URL in the app, and nothing lives below a page: both are
    # Streamlit's "page not found" (the default page and a message), also under the static
    # site's sub-path (/<name>/repo/, as a GitHub Pages project site).
    fresh = page.context.new_page()
    fresh.set_default_timeout(60_000)
    for asked in ["our_docs?x=1", "chapter-1/deeper/still?x=1"]:
        fresh.goto(root + asked)
        READY[mode](fresh)
        expect(fresh.get_by_role("heading", name="Welcome home")).to_be_visible()
        expect(fresh.get_by_text(re.compile("Page not found"))).to_be_visible()
        expect(fresh).to_have_url(root + "?x=1")
        expect(fresh.get_by_text("Home query: {'x': '1'}")).to_be_visible()
    fresh.close()


ROUTE_NAMES = textwrap.dedent("""
    import streamlit as st

    def home():
        st.title("Welcome home")

    def named(name):
        def page():
            st.title(f"The {name} page")
        return page

    st.navigation([
        st.Page(home, title="Home"),
        st.Page(named("healthz"), title="Health", url_path="healthz"),
        st.Page(named("static"), title="Static", url_path="static"),
        st.Page(named("media"), title="Media", url_path="media"),
    ]).run()
""")


def test_pages_named_like_the_servers_routes(
    host_app: Callable[[Path], str], page: Any, mode: str, tmp_path: Path
) -> None:
    """Pages at /healthz, /static and /media (names of serve mode's own routes) open at their
    URLs, from the menu, on reload and in a fresh tab, in both modes."""
    (tmp_path / "app.py").write_text(ROUTE_NAMES, encoding="utf-8")
    root = _root(host_app(tmp_path / "app.py"))
    if mode == "static":
        page.set_default_timeout(60_000)
    page.goto(root + "healthz")
    READY[mode](page)
    expect(page.get_by_role("heading", name="The healthz page")).to_be_visible()
    menu = page.get_by_role("navigation", name="Pages")
    menu.get_by_role("link", name="Static").click()
    expect(page.get_by_role("heading", name="The static page")).to_be_visible()
    expect(page).to_have_url(root + "static")
    page.reload()
    READY[mode](page)
    expect(page.get_by_role("heading", name="The static page")).to_be_visible()
    menu.get_by_role("link", name="Media").click()
    expect(page.get_by_role("heading", name="The media page")).to_be_visible()
    # The page's address changes after it has painted (navigation.ts): Back after that.
    expect(page).to_have_url(root + "media")
    page.go_back()
    expect(page.get_by_role("heading", name="The static page")).to_be_visible()
