"""One list of browser scenarios, run against every mode (serve now; a static build later).

Each scenario names an app from examples/ and a function that uses the page as a person would:
roles, labels and the keyboard, then asserts on what is visible. Nothing here knows how the app
is hosted; tests/browser/conftest.py maps each mode to a base URL.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from playwright.sync_api import expect

from tests.browser.app_menu_scenarios import app_menu
from tests.browser.chart_scenarios import chart_selection, charts, echarts, mermaid
from tests.browser.chat_scenarios import chat
from tests.browser.choice_scenarios import pills
from tests.browser.component_scenarios import COMPONENT_APP, custom_component
from tests.browser.container_scenarios import dialog, grid, popover, status
from tests.browser.data_scenarios import column_types, data_editor, dataframes, lazy_dataframe
from tests.browser.fragment_scenarios import parallel_fragments
from tests.browser.media_scenarios import downloads, media
from tests.browser.menu_scenarios import menus
from tests.browser.text_scenarios import celebrate, echo, markdown_extras
from tests.browser.upload_scenarios import uploads
from tests.browser.widget_option_scenarios import (
    chat_submit_modes,
    fragment_keys,
    time_formats,
    typed_options,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

Page = Any  # playwright.sync_api.Page


@dataclass(frozen=True)
class Scenario:
    name: str
    app: Path
    check: Callable[[Page], None]

    def __str__(self) -> str:
        return self.name


def text(pattern: str) -> re.Pattern[str]:
    """Match rendered text whatever the whitespace (markdown collapses it)."""
    return re.compile(r"\s+".join(re.escape(part) for part in pattern.split()))


def counter(page: Page) -> None:
    expect(page.get_by_role("heading", name="Counter Example")).to_be_visible()
    expect(page.get_by_text(text("Count = 0"))).to_be_visible()
    increment = page.get_by_role("button", name="Increment")
    increment.click()
    expect(page.get_by_text(text("Count = 1"))).to_be_visible()
    increment.click()
    expect(page.get_by_text(text("Count = 2"))).to_be_visible()
    page.get_by_role("button", name="Decrement").click()
    expect(page.get_by_text(text("Count = 1"))).to_be_visible()


def mirrored(page: Page) -> None:
    left, right = page.get_by_label("Left"), page.get_by_label("Right")
    left.click()
    page.keyboard.type("hello")
    page.keyboard.press("Enter")
    expect(right).to_have_value("hello")
    expect(page.get_by_text(text("Text: hello"))).to_be_visible()
    right.fill("")
    right.press_sequentially("world")
    page.keyboard.press("Tab")  # leaving the box commits it
    expect(left).to_have_value("world")
    expect(page.get_by_text(text("Text: world"))).to_be_visible()


def toggle(page: Page) -> None:
    button = page.get_by_role("button", name="Toggle details")
    details = page.get_by_text("Details here...")
    expect(button).to_be_visible()
    expect(details).to_have_count(0)
    button.click()
    expect(details).to_be_visible()
    button.click()
    expect(details).to_have_count(0)


def load_data(page: Page) -> None:
    expect(page.get_by_text("No data loaded yet")).to_be_visible()
    page.get_by_role("button", name="Load data").click()
    expect(page.get_by_text("Loaded 5 rows")).to_be_visible()
    page.get_by_label("Show squares only").check()  # another interaction: the data stays
    expect(page.get_by_label("Show squares only")).to_be_checked()
    expect(page.get_by_text("Loaded 5 rows")).to_be_visible()


def slider_plus_one(page: Page) -> None:
    slider = page.get_by_role("slider", name="Value")
    expect(page.get_by_text("Slider is at 0")).to_be_visible()
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_text("Slider is at 1")).to_be_visible()
    expect(slider).to_have_value("1")
    slider.focus()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_text("Slider is at 2")).to_be_visible()
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_text("Slider is at 3")).to_be_visible()
    expect(slider).to_have_value("3")


def form(page: Page) -> None:
    expect(page.get_by_text("Runs: 1")).to_be_visible()
    page.get_by_label("Name").fill("Ada")
    age = page.get_by_label("Age")
    age.fill("36")
    page.get_by_label("Name").focus()  # leaving the fields runs nothing inside a form
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_text("Hello Ada, age 36")).to_be_visible()
    expect(page.get_by_text("Runs: 2")).to_be_visible()  # both inputs arrived in one run


def fragment(page: Page) -> None:
    expect(page.get_by_text("Full runs: 1")).to_be_visible()
    expect(page.get_by_text("Fragment runs: 1")).to_be_visible()
    rerun_fragment = page.get_by_role("button", name="Rerun fragment")
    rerun_fragment.click()
    expect(page.get_by_text("Fragment runs: 2")).to_be_visible()
    rerun_fragment.click()
    expect(page.get_by_text("Fragment runs: 3")).to_be_visible()
    expect(page.get_by_text("Full runs: 1")).to_be_visible()  # only the fragment reran
    # Its sidebar line was rewritten in place; the app's own sidebar line stayed.
    expect(page.get_by_text("Sidebar, fragment run 3")).to_be_visible()
    expect(page.get_by_text("Sidebar, fragment run 2")).to_have_count(0)
    expect(page.get_by_text("Sidebar, written by the app")).to_have_count(1)
    page.get_by_role("button", name="Rerun app").click()
    expect(page.get_by_text("Full runs: 2")).to_be_visible()
    expect(page.get_by_text("Fragment runs: 4")).to_be_visible()


def layout(page: Page) -> None:
    sidebar = page.get_by_role("complementary", name="Sidebar")
    expect(sidebar.get_by_role("heading", name="Sidebar")).to_be_visible()
    expect(page.get_by_text("Left column")).to_be_visible()
    expect(page.get_by_text("Right column: Red")).to_be_visible()
    sidebar.get_by_label("Blue").check()
    expect(page.get_by_text("Right column: Blue")).to_be_visible()

    expect(page.get_by_text("Content of the first tab")).to_be_visible()
    expect(page.get_by_text("Content of the second tab")).to_be_hidden()
    page.get_by_role("tab", name="First tab").focus()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("tab", name="Second tab")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_text("Content of the second tab")).to_be_visible()
    expect(page.get_by_text("Content of the first tab")).to_be_hidden()

    hidden = page.get_by_text("Hidden until expanded")
    expect(hidden).to_be_hidden()
    page.get_by_text("More details").click()
    expect(hidden).to_be_visible()


def themed(page: Page) -> None:
    # The app's .streamlit/config.toml sets base = "dark", whatever the browser prefers.
    page.emulate_media(color_scheme="light")
    expect(page.get_by_role("heading", name="Night mode")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("data-stb-theme", "dark")
    page.get_by_label("Your name").fill("Ada")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Good evening, Ada!")).to_be_visible()


def checklist(page: Page) -> None:
    # Three keyless "Done" checkboxes drawn in a loop: each keeps its own state by position.
    boxes = page.get_by_label("Done")
    expect(boxes).to_have_count(3)
    expect(page.get_by_text("0 of 3 done")).to_be_visible()
    boxes.nth(1).check()
    expect(page.get_by_text("1 of 3 done")).to_be_visible()
    boxes.nth(2).check()
    expect(page.get_by_text("2 of 3 done")).to_be_visible()
    expect(boxes.nth(0)).not_to_be_checked()
    expect(boxes.nth(1)).to_be_checked()
    expect(boxes.nth(2)).to_be_checked()


def raises(page: Page) -> None:
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("ValueError")
    expect(alert).to_contain_text("this app raises on purpose")
    expect(alert).to_contain_text("raises.py")  # the traceback names the user's file
    expect(page.get_by_text("Before the error")).to_be_visible()
    page.get_by_role("button", name="Divide by zero").click()
    expect(alert).to_contain_text("ZeroDivisionError")
    expect(alert).to_contain_text("in divide")


def options(page: Page) -> None:
    expect(page.get_by_text("Runs: 1")).to_be_visible()
    # on_change="ignore": the tick waits for the next run, which another widget starts.
    page.get_by_label("Quiet option").check()
    page.wait_for_timeout(300)
    expect(page.get_by_text("Runs: 1")).to_be_visible()
    page.get_by_role("button", name="Apply").click()
    expect(page.get_by_text("Quiet is True")).to_be_visible()
    expect(page.get_by_text("Runs: 2")).to_be_visible()

    # type="email" validates in the browser before anything is sent.
    email = page.get_by_label("Email")
    expect(email).to_have_attribute("type", "email")
    email.fill("not an email")
    email.press("Enter")
    expect(page.get_by_text("Enter a valid email address.")).to_be_visible()
    email.fill("ada@example.com")
    email.press("Enter")
    expect(page.get_by_text("Email: ada@example.com")).to_be_visible()

    alert = page.get_by_role("alert").filter(has_text="Upload failed")
    expect(alert).to_contain_text("The disk is full.")
    narrow = page.get_by_role("button", name="Narrow").bounding_box()
    wide = page.get_by_role("button", name="Wide").bounding_box()
    assert narrow and wide and wide["width"] > 3 * narrow["width"]

    # Stateful tabs: choosing one reruns the app with its label in session state.
    expect(page.get_by_text("Tab: Overview")).to_be_visible()
    page.get_by_role("tab", name="Details").click()
    expect(page.get_by_text("Tab: Details")).to_be_visible()
    expect(page.get_by_text("Details content")).to_be_visible()

    # enter_to_submit=False: Enter in the form does not submit; the button does.
    name = page.get_by_label("Name")
    name.fill("Ada")
    name.press("Enter")
    page.wait_for_timeout(300)
    expect(page.get_by_text("Sent: False")).to_be_visible()
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_text("Sent: True Ada")).to_be_visible()

    # bind="query-params": the URL follows the widget, and a link with it opens in that state.
    page.get_by_label("Shared option").check()
    expect(page.get_by_text("Shared is True")).to_be_visible()
    expect(page).to_have_url(re.compile(r"[?&]shared=true"))
    page.reload()
    # A static site starts Python again after a reload (`data-stb-state` says when it is up).
    page.wait_for_function(
        "['ready', 'failed', undefined].includes(document.documentElement.dataset.stbState)",
        timeout=120_000,
    )
    expect(page.get_by_label("Shared option")).to_be_checked()
    expect(page.get_by_text("Shared is True")).to_be_visible()

    # Lazy chunks reach the page in both modes: metric formats and sparklines, key shortcuts.
    revenue = page.locator(".stb-metric").filter(has_text="Revenue")
    expect(revenue.get_by_text("$1,234.57")).to_be_visible()
    expect(revenue.get_by_text("vs May")).to_be_visible()
    expect(revenue.locator("svg.stb-sparkline")).to_be_visible()
    page.get_by_text("Shared is True").click()  # focus the page, not a field
    page.keyboard.press("Control+s")
    expect(page.get_by_text("Saved by shortcut or click")).to_be_visible()


def card_fragment(page: Page) -> None:
    main = page.get_by_role("main")
    # A style-only st.html styles the page without a place of its own; indented HTML is dedented.
    expect(page.get_by_text("Styled note")).to_have_css("color", "rgb(200, 0, 0)")
    expect(main.locator("style")).to_have_count(0)
    assert page.locator("pre.poem").inner_text() == "line one\n    line two"
    # The fragment fills the card between the lines around it; its reruns replace that content.
    before, after = page.get_by_text("Before the card"), page.get_by_text("After the card")
    card = page.get_by_text("Card run 1")
    expect(card).to_be_visible()
    boxes = [x.bounding_box() for x in (before, card, after)]
    assert all(boxes) and boxes[0]["y"] < boxes[1]["y"] < boxes[2]["y"]  # type: ignore[index]
    # As in Streamlit, the fragment's wrapper holds the bordered card (not the reverse).
    expect(page.locator(".stb-transparent > .stb-bordered")).to_contain_text("Card run 1")
    page.get_by_role("button", name="Refresh card").click()
    expect(page.get_by_text("Card run 2")).to_be_visible()
    expect(page.get_by_text("Card run 1")).to_have_count(0)
    expect(page.get_by_role("button", name="Refresh card")).to_have_count(1)
    # st.help: the doc string element names the object and its type.
    expect(main.get_by_text("fill_card", exact=True)).to_be_visible()
    expect(main.get_by_text("function", exact=True)).to_be_visible()


SCENARIOS: list[Scenario] = [
    Scenario("custom_component", COMPONENT_APP, custom_component),
    Scenario("counter", EXAMPLES / "counter.py", counter),
    Scenario("mirrored", EXAMPLES / "mirrored.py", mirrored),
    Scenario("toggle", EXAMPLES / "toggle.py", toggle),
    Scenario("load_data", EXAMPLES / "load_data.py", load_data),
    Scenario("slider_plus_one", EXAMPLES / "slider_plus_one.py", slider_plus_one),
    Scenario("form", EXAMPLES / "form.py", form),
    Scenario("fragment", EXAMPLES / "fragment.py", fragment),
    Scenario("layout", EXAMPLES / "layout.py", layout),
    Scenario("raises", EXAMPLES / "raises.py", raises),
    Scenario("themed", EXAMPLES / "themed" / "app.py", themed),
    Scenario("checklist", EXAMPLES / "checklist.py", checklist),
    Scenario("options", EXAMPLES / "options.py", options),
    Scenario("card_fragment", EXAMPLES / "card_fragment.py", card_fragment),
    Scenario("charts", EXAMPLES / "charts.py", charts),
    Scenario("chart_selection", EXAMPLES / "chart_selection.py", chart_selection),
    Scenario("mermaid", EXAMPLES / "mermaid.py", mermaid),
    Scenario("echarts", EXAMPLES / "echarts.py", echarts),
    Scenario("dataframes", EXAMPLES / "dataframes.py", dataframes),
    Scenario("lazy_dataframe", EXAMPLES / "lazy_dataframe.py", lazy_dataframe),
    Scenario("data_editor", EXAMPLES / "data_editor.py", data_editor),
    Scenario("column_types", EXAMPLES / "column_types.py", column_types),
    Scenario("chat", EXAMPLES / "chat.py", chat),
    Scenario("pills", EXAMPLES / "pills.py", pills),
    Scenario("menus", EXAMPLES / "menus.py", menus),
    Scenario("markdown_extras", EXAMPLES / "markdown_extras.py", markdown_extras),
    Scenario("status", EXAMPLES / "status.py", status),
    Scenario("popover", EXAMPLES / "popover.py", popover),
    Scenario("dialog", EXAMPLES / "dialog.py", dialog),
    Scenario("grid", EXAMPLES / "grid.py", grid),
    Scenario("echo", EXAMPLES / "echo.py", echo),
    Scenario("celebrate", EXAMPLES / "celebrate.py", celebrate),
    Scenario("downloads", EXAMPLES / "downloads.py", downloads),
    Scenario("media", EXAMPLES / "media.py", media),
    Scenario("uploads", EXAMPLES / "uploads.py", uploads),
    Scenario("chat_submit_modes", EXAMPLES / "chat_submit_modes.py", chat_submit_modes),
    Scenario("typed_options", EXAMPLES / "typed_options.py", typed_options),
    Scenario("fragment_keys", EXAMPLES / "fragment_keys.py", fragment_keys),
    Scenario("parallel_fragments", EXAMPLES / "parallel_fragments.py", parallel_fragments),
    Scenario("time_formats", EXAMPLES / "time_formats.py", time_formats),
    Scenario("app_menu", EXAMPLES / "app_menu.py", app_menu),
]
