"""Browser check for st.datetime_input, st.menu_button and st.pagination (examples/menus.py),
as a person uses them: type a date and time, open the menu and choose an item, page through
results with numbers and arrows; and st.context's browser facts shown by the app."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

Page = Any  # playwright.sync_api.Page


def menus(page: Page) -> None:
    expect(page.get_by_text("Meeting at 2024-05-17 09:30")).to_be_visible()
    # The field reads in the widget's date format (YYYY/MM/DD), then the time.
    expect(page.get_by_label("Meeting time")).to_have_value("2024/05/17, 09:30")
    page.get_by_label("Meeting time").fill("2025/02/03, 14:45")
    page.get_by_label("Meeting time").press("Enter")
    expect(page.get_by_text("Meeting at 2025-02-03 14:45")).to_be_visible()

    expect(page.get_by_text("Nothing exported this run")).to_be_visible()
    page.get_by_role("button", name="Export").click()
    page.get_by_role("menuitem", name="JSON").click()
    expect(page.get_by_text("Exported as JSON")).to_be_visible()
    expect(page.get_by_role("menu")).to_be_hidden()

    nav = page.get_by_role("navigation", name="Pagination")
    expect(page.get_by_text("Showing results 1 to 10")).to_be_visible()
    nav.get_by_role("button", name="Next page").click()
    expect(page.get_by_text("Showing results 11 to 20")).to_be_visible()
    # Another run (the page turn) forgets the menu choice: it lived for one run.
    expect(page.get_by_text("Nothing exported this run")).to_be_visible()
    nav.get_by_role("button", name="Page 12").click()
    expect(page.get_by_text("Showing results 111 to 120")).to_be_visible()
    expect(nav.get_by_role("button", name="Page 12")).to_have_attribute("aria-current", "page")
    # The picked time survived the other widgets' reruns.
    expect(page.get_by_label("Meeting time")).to_have_value("2025/02/03, 14:45")

    expect(page.get_by_text("Locale known: True; timezone known: True")).to_be_visible()
    url = page.url.split("?")[0].split("#")[0].removesuffix("/")
    expect(page.get_by_text(f"URL: {url}", exact=True)).to_be_visible()
    expect(page.get_by_text("Theme: light;")).to_be_visible()
