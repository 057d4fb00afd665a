"""Browser checks for containers that show state (examples/status.py): a status is running
while its block works, then its label and state change in place; a failure shows the error
state, and the status opens to show what was written in it."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

Page = Any  # playwright.sync_api.Page


def status(page: Page) -> None:
    expect(page.get_by_role("heading", name="Status")).to_be_visible()
    page.get_by_role("button", name="Download").click()
    running = page.locator("summary").filter(has_text="Downloading data...")
    expect(running.get_by_role("img", name="Running")).to_be_visible()
    expect(page.get_by_text("Searching for data...")).to_be_visible()
    done = page.locator("summary").filter(has_text="Download complete!")
    expect(done.get_by_role("img", name="Complete")).to_be_visible(timeout=15_000)
    expect(page.get_by_text("Found URL.")).to_be_visible()
    expect(page.get_by_text("Downloading data...")).to_have_count(0)

    page.get_by_role("button", name="Break").click()
    failed = page.locator("summary").filter(has_text="Trying")
    expect(failed.get_by_role("img", name="Error")).to_be_visible()
    expect(page.get_by_text("The download failed.")).to_be_visible()
    expect(page.get_by_text("Attempt one")).to_be_hidden()
    failed.click()
    expect(page.get_by_text("Attempt one")).to_be_visible()
