"""The address bar of a page switch, in both modes: a followed link's history entry is made once
the new page painted (pushState is off the click's path), yet the run already sees the new URL
(st.context.url, st.query_params), each click is its own history entry, and back/forward walk
them in order."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import site_root, visit

ENTRY = textwrap.dedent("""
    import streamlit as st

    def home():
        st.title("Home")
        st.page_link("pages/notes.py", label="Notes with a query", query_params={"topic": "ai"})

    pg = st.navigation([st.Page(home), st.Page("pages/notes.py"), st.Page("pages/about.py")])
    pg.run()
""")

PAGE = textwrap.dedent("""
    import streamlit as st

    st.title("{title}")
    st.write("url: " + st.context.url)
    st.write("query: " + repr(st.query_params.to_dict()))
""")


def _app(folder: Path) -> Path:
    (folder / "pages").mkdir()
    (folder / "app.py").write_text(ENTRY, encoding="utf-8")
    for name in ("notes", "about"):
        text = PAGE.replace("{title}", f"The {name} page")
        (folder / "pages" / f"{name}.py").write_text(text, encoding="utf-8")
    return folder / "app.py"


def test_a_switch_reads_its_new_address_and_keeps_one_entry_per_click(
    tmp_path: Path, page: Any, mode: str, host_app: Callable[[Path], str]
) -> None:
    root = site_root(host_app(_app(tmp_path)))
    visit(page, root, mode)
    expect(page.get_by_role("heading", name="Home")).to_be_visible()

    # A page link with a query: the new page's run already reads its URL and query.
    page.get_by_role("main").get_by_role("link", name="Notes with a query").click()
    expect(page.get_by_role("heading", name="The notes page")).to_be_visible()
    expect(page.get_by_text("url: " + root + "notes")).to_be_visible()
    expect(page.get_by_text("query: {'topic': 'ai'}")).to_be_visible()
    expect(page).to_have_url(root + "notes?topic=ai")

    # A menu click: its own history entry, made after the new page painted.
    page.get_by_role("navigation", name="Pages").get_by_role("link", name="about").click()
    expect(page.get_by_role("heading", name="The about page")).to_be_visible()
    expect(page.get_by_text("url: " + root + "about")).to_be_visible()
    expect(page.get_by_text("query: {}")).to_be_visible()
    expect(page).to_have_url(root + "about")
    page.go_back()
    expect(page).to_have_url(root + "notes?topic=ai")
    expect(page.get_by_role("heading", name="The notes page")).to_be_visible()
    expect(page.get_by_text("query: {'topic': 'ai'}")).to_be_visible()
    page.go_back()
    expect(page).to_have_url(root)
    expect(page.get_by_role("heading", name="Home")).to_be_visible()
    page.go_forward()
    expect(page).to_have_url(root + "notes?topic=ai")
    expect(page.get_by_role("heading", name="The notes page")).to_be_visible()


def test_two_clicks_before_a_run_answers_make_two_history_entries(
    tmp_path: Path, page: Any, mode: str, host_app: Callable[[Path], str]
) -> None:
    """The first click's run, replaced by the second click, may still tell the page its page:
    the page does not take that for st.switch_page (it used to push a third entry)."""
    root = site_root(host_app(_app(tmp_path)))
    visit(page, root + "notes", mode)
    expect(page.get_by_role("heading", name="The notes page")).to_be_visible()
    page.evaluate("""() => {
        const links = [...document.querySelectorAll("nav a")];
        links.find((a) => a.textContent.includes("home")).click();
        links.find((a) => a.textContent.includes("about")).click();
    }""")
    expect(page.get_by_role("heading", name="The about page")).to_be_visible()
    expect(page).to_have_url(root + "about")
    page.go_back()
    expect(page).to_have_url(root)
    expect(page.get_by_role("heading", name="Home")).to_be_visible()
    page.go_back()  # the deep link's own entry (a static host serves it as the folder notes/)
    expect(page).to_have_url(re.compile(re.escape(root) + r"notes/?$"))
    expect(page.get_by_role("heading", name="The notes page")).to_be_visible()
