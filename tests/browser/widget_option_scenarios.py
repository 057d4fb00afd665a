"""Browser checks for widget parameters that change how a widget behaves as it is used:
st.chat_input(submit_mode=) (examples/chat_submit_modes.py), ..."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

Page = Any  # playwright.sync_api.Page


def chat_submit_modes(page: Page) -> None:
    expect(page.get_by_role("heading", name="Chat submit modes")).to_be_visible()
    # "disable": the box is disabled from the submit until that run has finished.
    slow = page.get_by_role("textbox", name="Ask slowly")
    slow.fill("the sum")
    slow.press("Enter")
    expect(page.get_by_text("Working on the sum")).to_be_visible()
    expect(slow).to_be_disabled()
    expect(page.get_by_text("Done with the sum")).to_be_visible()
    expect(slow).to_be_enabled()
    # "stop": the send button becomes a Stop button for that run; pressing it ends the run.
    long = page.get_by_role("textbox", name="Ask at length")
    long.fill("the universe")
    long.press("Enter")
    expect(page.get_by_text("Thinking about the universe")).to_be_visible()
    stop = page.locator(".stb-chat-input").filter(has=long).get_by_role("button", name="Stop")
    expect(stop).to_be_enabled()
    expect(long).to_be_enabled()  # the user may type the next message meanwhile
    stop.click()
    expect(page.get_by_role("status").get_by_text("Running…")).to_be_hidden()
    expect(stop).to_have_count(0)
    expect(
        page.locator(".stb-chat-input").filter(has=long).get_by_role("button", name="Send message")
    ).to_be_visible()
    expect(page.get_by_text("Never finished")).to_have_count(0)
