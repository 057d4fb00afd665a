"""Browser checks for uploads (examples/uploads.py): a person chooses files through the file
chooser and sees each one listed and what the script read from it; removes one; a file of the
wrong type or over the size limit is refused with Streamlit's message; a chat message carries
its attached files."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

Page = Any  # playwright.sync_api.Page


def _choose(page: Page, button: Any, *files: tuple[str, str, bytes]) -> None:
    """Click the button that opens the file chooser and pick these (name, type, bytes)."""
    with page.expect_file_chooser() as chooser:
        button.click()
    chooser.value.set_files([{"name": n, "mimeType": t, "buffer": b} for n, t, b in files])


def uploads(page: Page) -> None:
    expect(page.get_by_role("heading", name="Uploads")).to_be_visible()
    expect(page.get_by_text("No CSV yet")).to_be_visible()
    browse = page.get_by_role("button", name="Browse files")
    expect(page.get_by_text("1MB per file • CSV")).to_be_visible()
    _choose(page, browse.first, ("data.csv", "text/csv", b"a,b\n1,2\n3,4"))
    expect(page.get_by_text("Got data.csv: 11 bytes, first line a,b")).to_be_visible()
    expect(page.locator(".stb-upload-name", has_text="data.csv")).to_be_visible()
    page.get_by_role("button", name="Remove data.csv").click()
    expect(page.get_by_text("No CSV yet")).to_be_visible()
    expect(page.locator(".stb-upload-name", has_text="data.csv")).to_have_count(0)
    # A wrong type and an oversized file are refused with Streamlit's messages; nothing reruns.
    _choose(page, browse.first, ("notes.txt", "text/plain", b"hello"))
    expect(
        page.get_by_role("alert").filter(has_text="text/plain files are not allowed.")
    ).to_be_visible()
    page.get_by_role("button", name="Remove notes.txt").click()
    _choose(page, browse.first, ("big.csv", "text/csv", b"x" * (1024 * 1024 + 10)))
    expect(
        page.get_by_role("alert").filter(has_text="File must be 1.0MB or smaller.")
    ).to_be_visible()
    expect(page.get_by_text("No CSV yet")).to_be_visible()
    # Several files at once.
    _choose(page, browse.nth(1), ("a.txt", "text/plain", b"A"), ("b.bin", "", b"BB"))
    expect(page.get_by_text("2 file(s): a.txt, b.bin")).to_be_visible()
    page.get_by_role("button", name="Remove a.txt").click()
    expect(page.get_by_text("1 file(s): b.bin")).to_be_visible()
    # A chat message with an attached file.
    _choose(
        page, page.get_by_role("button", name="Attach files"), ("note.txt", "text/plain", b"12345")
    )
    expect(page.locator(".stb-chat-files .stb-upload-name", has_text="note.txt")).to_be_visible()
    box = page.get_by_role("textbox", name="Say something")
    box.fill("hello")
    box.press("Enter")
    expect(page.get_by_text("You sent 'hello' with note.txt (5 bytes)")).to_be_visible()
    expect(page.locator(".stb-chat-files .stb-upload-name")).to_have_count(0)
