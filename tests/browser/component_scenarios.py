"""Browser checks for custom components (tests/browser/apps/custom_component_app.py): the
component's own page loads in a frame, shows the arguments it was rendered with, a click in it
sets the widget's value (JSON or bytes; the script reruns and shows it), the frame's height
follows what the component asks for, and a new theme renders it again. A frame that forges
component messages is not heard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import expect

Page = Any  # playwright.sync_api.Page

COMPONENT_APP = Path(__file__).parent / "apps" / "custom_component_app.py"
FRAME = "iframe[title='custom_component_app.counter']"


def _frame_height(page: Page) -> float:
    return float(page.locator(FRAME).evaluate("f => f.getBoundingClientRect().height"))


def custom_component(page: Page) -> None:
    expect(page.get_by_role("heading", name="Custom component")).to_be_visible()
    frame = page.frame_locator(FRAME)
    expect(frame.get_by_text("Hello, World! 3 bytes, light theme")).to_be_visible()
    expect(page.get_by_text("Clicks: 0")).to_be_visible()
    sandbox = page.locator(FRAME).get_attribute("sandbox") or ""
    assert set(sandbox.split()) == {
        "allow-forms",
        "allow-modals",
        "allow-popups",
        "allow-popups-to-escape-sandbox",
        "allow-same-origin",
        "allow-scripts",
        "allow-downloads",
    }
    page.wait_for_function(
        f'document.querySelector("{FRAME}").getBoundingClientRect().height === 120'
    )
    frame.get_by_role("button", name="Add one").click()
    expect(page.get_by_text("Clicks: 1")).to_be_visible()
    page.wait_for_function(
        f'document.querySelector("{FRAME}").getBoundingClientRect().height === 140'
    )
    frame.get_by_role("button", name="Add one").click()
    expect(page.get_by_text("Clicks: 2")).to_be_visible()
    assert _frame_height(page) == 160
    # A new theme renders the frame again, with the theme it now has.
    page.evaluate("document.documentElement.setAttribute('data-stb-theme', 'dark')")
    expect(frame.get_by_text("Hello, World! 3 bytes, dark theme")).to_be_visible()
    # The forging frame has posted many times by now: its value never got in.
    page.wait_for_timeout(300)
    expect(page.get_by_text("Clicks: 99")).to_have_count(0)
    expect(page.get_by_text("Clicks: 2")).to_be_visible()
    # A bytes value reaches the script as bytes.
    frame.get_by_role("button", name="Send bytes").click()
    expect(page.get_by_text("Bytes from the frame: [1, 2, 255]")).to_be_visible()
