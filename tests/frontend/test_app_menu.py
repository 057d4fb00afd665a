"""The ⋮ app menu as a person uses it: opened by its button, walked with the arrow keys, closed
with Escape (focus back on the button); "Get help" and "Report a bug" are links to the URLs
set_page_config(menu_items=) gave; "About" shows its markdown in a modal, never as HTML;
"Rerun" reruns; client.toolbarMode "minimal" shows only the set_page_config entries."""

from __future__ import annotations

from playwright.sync_api import expect
from stbundle.proto import stbundle_pb2 as pb

from tests.frontend.harness import Harness

MENU_ITEMS = pb.PageConfig.MenuItems(
    get_help_url="https://example.com/help",
    report_a_bug_url="mailto:bugs@example.com",
    about_section_md="# Menu demo\n\nMade for **tests**. <b id='raw'>not bold</b>",
)


def _session(mode: str = "") -> pb.ForwardMsg:
    return pb.ForwardMsg(new_session=pb.NewSession(session_id="s1", toolbar_mode=mode))


def test_menu_entries_links_and_keyboard(ui: Harness) -> None:
    page = ui.page
    ui.send(_session("auto"), pb.ForwardMsg(page_config=pb.PageConfig(menu_items=MENU_ITEMS)))
    button = page.get_by_role("button", name="Main menu")
    button.click()
    menu = page.get_by_role("menu", name="Main menu")
    expect(menu).to_be_visible()
    items = menu.get_by_role("menuitem")
    expect(items).to_have_text(["Rerun", "Get help", "Report a bug", "About"])
    expect(menu.get_by_role("menuitem", name="Get help")).to_have_attribute(
        "href", "https://example.com/help"
    )
    expect(menu.get_by_role("menuitem", name="Get help")).to_have_attribute("target", "_blank")
    expect(menu.get_by_role("menuitem", name="Report a bug")).to_have_attribute(
        "href", "mailto:bugs@example.com"
    )
    expect(items.first).to_be_focused()
    page.keyboard.press("ArrowUp")  # wraps to the last entry
    expect(menu.get_by_role("menuitem", name="About")).to_be_focused()
    page.keyboard.press("Escape")
    expect(menu).to_be_hidden()
    expect(button).to_be_focused()
    expect(button).to_have_attribute("aria-expanded", "false")

    button.click()
    menu.get_by_role("menuitem", name="Rerun").click()
    assert ui.rerun().fragment_id == ""  # a rerun of the whole app
    expect(menu).to_be_hidden()


def test_about_shows_markdown_not_html(ui: Harness) -> None:
    page = ui.page
    ui.send(_session(), pb.ForwardMsg(page_config=pb.PageConfig(menu_items=MENU_ITEMS)))
    page.get_by_role("button", name="Main menu").click()
    page.get_by_role("menuitem", name="About").click()
    about = page.get_by_role("dialog", name="About")
    expect(about).to_be_visible()
    expect(about.get_by_role("heading", name="Menu demo")).to_be_visible()
    expect(about.locator("strong")).to_have_text("tests")
    expect(about).to_contain_text("<b id='raw'>not bold</b>")  # shown as text
    expect(page.locator("#raw")).to_have_count(0)
    page.keyboard.press("Escape")
    expect(about).to_have_count(0)
    expect(page.get_by_role("button", name="Main menu")).to_be_focused()


def test_hidden_entries_and_minimal_mode(ui: Harness) -> None:
    page = ui.page
    button = page.get_by_role("button", name="Main menu")
    ui.send(_session("minimal"))
    expect(button).to_be_hidden()  # nothing set by set_page_config: no menu at all
    hide = pb.PageConfig.MenuItems(hide_get_help=True, report_a_bug_url="https://example.com/b")
    ui.send(pb.ForwardMsg(page_config=pb.PageConfig(menu_items=hide)))
    button.click()
    items = page.get_by_role("menu", name="Main menu").get_by_role("menuitem")
    expect(items).to_have_text(["Report a bug"])
    page.keyboard.press("Escape")
    # Another call replaces the entries; javascript: links are never made.
    bad = pb.PageConfig.MenuItems(get_help_url="javascript:alert(1)", about_section_md="Hi")
    ui.send(pb.ForwardMsg(page_config=pb.PageConfig(menu_items=bad)))
    button.click()
    expect(items).to_have_text(["About"])
