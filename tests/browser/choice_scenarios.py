"""Browser check for pills, segmented controls and feedback (examples/pills.py): clicking a
pill chooses it (and clicking it again clears it), multi-select pills toggle, a required
segmented control keeps one choice, and a star rating is chosen and cleared."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

Page = Any  # playwright.sync_api.Page


def pills(page: Page) -> None:
    expect(page.get_by_role("heading", name="Pills")).to_be_visible()
    expect(page.get_by_text("Size: Medium")).to_be_visible()
    size = page.get_by_role("group", name="Size")
    size.get_by_role("button", name="Large").click()
    expect(page.get_by_text("Size: Large")).to_be_visible()
    expect(size.get_by_role("button", name="Large")).to_have_attribute("aria-pressed", "true")
    expect(size.get_by_role("button", name="Medium")).to_have_attribute("aria-pressed", "false")
    size.get_by_role("button", name="Large").click()
    expect(page.get_by_text("Size: None")).to_be_visible()

    tags = page.get_by_role("group", name="Tags")
    expect(page.get_by_text("Tags: none")).to_be_visible()
    tags.get_by_role("button", name="blue").click()
    expect(page.get_by_text("Tags: blue")).to_be_visible()
    tags.get_by_role("button", name="red").click()
    expect(page.get_by_text("Tags: blue, red")).to_be_visible()
    tags.get_by_role("button", name="blue").click()
    expect(page.get_by_text("Tags: red")).to_be_visible()

    view = page.get_by_role("group", name="View")
    view.get_by_role("button", name="Grid").click()
    expect(page.get_by_text("View: grid")).to_be_visible()
    view.get_by_role("button", name="Grid").click()  # required: stays chosen
    page.wait_for_timeout(300)
    expect(page.get_by_text("View: grid")).to_be_visible()

    expect(page.get_by_text("Rating: None")).to_be_visible()
    page.get_by_role("button", name="4 stars").click()
    expect(page.get_by_text("Rating: 3")).to_be_visible()
    page.get_by_role("button", name="4 stars").click()
    expect(page.get_by_text("Rating: None")).to_be_visible()
