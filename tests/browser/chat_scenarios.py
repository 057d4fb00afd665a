"""Browser check for chat (examples/chat.py): type two messages into the box pinned at the
bottom of the page and see both, with their replies, in order; the box empties after each send;
the reply (st.write_stream) is painted as it grows."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

Page = Any  # playwright.sync_api.Page


def chat(page: Page) -> None:
    expect(page.get_by_role("heading", name="Echo chat")).to_be_visible()
    box = page.get_by_role("textbox", name="Say something")
    expect(box).to_be_visible()
    box.fill("hello there")
    box.press("Enter")
    expect(box).to_have_value("")
    # Message texts (the avatar beside each is decoration, hidden from assistive technology).
    messages = page.get_by_role("group", name="Chat message from user").locator(".stb-chat-content")
    expect(messages).to_have_text(["hello there"], use_inner_text=True)
    # Record every text the newest message shows while the reply streams in.
    page.evaluate(
        """() => {
          window.__seen = [];
          new MutationObserver(() => {
            const all = document.querySelectorAll('.stb-chat-message .stb-chat-content');
            const last = all[all.length - 1];
            if (last) window.__seen.push(last.innerText.trim());
          }).observe(document.body, {subtree: true, childList: true, characterData: true});
        }"""
    )
    box.fill("second one")
    page.get_by_role("button", name="Send message").click()
    expect(messages).to_have_text(["hello there", "second one"], use_inner_text=True)
    everything = page.locator(".stb-chat-message .stb-chat-content")
    expect(everything).to_have_text(
        ["hello there", "You said: hello there", "second one", "You said: second one"],
        use_inner_text=True,
    )
    replies = page.get_by_role("group", name="Chat message from assistant")
    expect(replies).to_have_count(2)
    # st.write_stream painted the reply as it grew, word by word, before it was complete.
    seen = page.evaluate("window.__seen")
    assert "You said:" in seen and "You said: second" in seen, seen
    # The box sits below the last message (the bottom of the page).
    last = everything.last.bounding_box()
    assert box.bounding_box()["y"] > last["y"]
