"""Browser check for the app menu (examples/app_menu.py): open the ⋮ menu, find the help and
bug links set_page_config gave, read the About text (markdown, its HTML shown as text), close
it with Escape, and rerun the app from the menu."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

Page = Any  # playwright.sync_api.Page


def app_menu(page: Page) -> None:
    expect(page.get_by_role("heading", name="App menu")).to_be_visible()
    expect(page.get_by_text("Runs: 1")).to_be_visible()
    button = page.get_by_role("button", name="Main menu")
    button.click()
    menu = page.get_by_role("menu", name="Main menu")
    expect(menu.get_by_role("menuitem")).to_have_text(
        ["Rerun", "Get help", "Report a bug", "About"]
    )
    help_link = menu.get_by_role("menuitem", name="Get help")
    expect(help_link).to_have_attribute("href", "https://example.com/help")
    expect(menu.get_by_role("menuitem", name="Report a bug")).to_have_attribute(
        "href", "mailto:bugs@example.com"
    )
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(menu.get_by_role("menuitem", name="About")).to_be_focused()
    page.keyboard.press("Enter")
    about = page.get_by_role("dialog", name="About")
    expect(about.get_by_role("heading", name="About this app")).to_be_visible()
    expect(about.locator("strong")).to_have_text("app menu")
    expect(about).to_contain_text("<b id='raw'>Not HTML</b>")
    expect(page.locator("#raw")).to_have_count(0)
    page.keyboard.press("Escape")
    expect(about).to_have_count(0)
    expect(button).to_be_focused()
    button.click()
    menu.get_by_role("menuitem", name="Rerun").click()
    expect(page.get_by_text("Runs: 2")).to_be_visible()
    expect(menu).to_be_hidden()
