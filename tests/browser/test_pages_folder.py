"""A pages/ folder app (no st.navigation) in a real browser, in both modes: the sidebar menu
lists the entry script and the pages/ files in Streamlit 1.67's order, named and with icons by
its file name rules (a leading emoji is the page's icon, "°C" is not an emoji), and each page
opens at its URL, from the menu and as a deep link in a fresh tab."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from playwright.sync_api import expect

from tests.browser.conftest import site_root, visit

PAGES = {
    "10_🎉_Party_time.py": "Party page",
    "2_📈_Charts.py": "Charts page",
    "3_°C_weather.py": "Weather page",
    "zeta.py": "Zeta page",
}


def _app(folder: Path) -> Path:
    (folder / "pages").mkdir()
    (folder / "home.py").write_text("import streamlit as st\nst.title('The home page')\n")
    for name, title in PAGES.items():
        (folder / "pages" / name).write_text(f"import streamlit as st\nst.title({title!r})\n")
    return folder / "home.py"


def test_pages_folder_menu_names_icons_and_urls(
    host_app: Callable[[Path], str], page: Any, mode: str, tmp_path: Path
) -> None:
    root = site_root(host_app(_app(tmp_path)))
    visit(page, root, mode)
    expect(page.get_by_role("heading", name="The home page")).to_be_visible()
    menu = page.get_by_role("complementary", name="Sidebar").get_by_role("navigation", name="Pages")
    expect(menu.get_by_role("link")).to_have_text(
        ["home", "📈 Charts", "°C weather", "🎉 Party time", "zeta"]
    )
    menu.get_by_role("link", name="📈 Charts").click()
    expect(page.get_by_role("heading", name="Charts page")).to_be_visible()
    expect(page).to_have_url(root + "Charts")
    menu.get_by_role("link", name="°C weather").click()
    expect(page.get_by_role("heading", name="Weather page")).to_be_visible()
    expect(page).to_have_url(root + quote("°C_weather"))

    fresh = page.context.new_page()
    visit(fresh, root + "Party_time", mode)  # a static site wrote the page's own folder
    expect(fresh.get_by_role("heading", name="Party page")).to_be_visible()
    expect(
        fresh.get_by_role("navigation", name="Pages").get_by_role("link", name="🎉 Party time")
    ).to_have_attribute("aria-current", "page")
    fresh.close()
