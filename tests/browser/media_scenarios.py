"""Browser check for downloads (examples/downloads.py): clicking a download button saves the
file with its name and exact bytes (read through Playwright's download API); a callback click
reruns the app, an on_click="ignore" one does not; link buttons are links to safe URLs only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import expect

Page = Any  # playwright.sync_api.Page


def _download(page: Page, label: str) -> tuple[str, bytes]:
    with page.expect_download() as info:
        page.get_by_role("button", name=label).click()
    download = info.value
    return download.suggested_filename, Path(download.path()).read_bytes()


def downloads(page: Page) -> None:
    expect(page.get_by_role("heading", name="Downloads")).to_be_visible()
    expect(page.get_by_text("Saved 0 time(s)")).to_be_visible()
    name, data = _download(page, "Save notes")
    assert (name, data) == ("notes.txt", "line one\nline two é\n".encode())
    expect(page.get_by_text("Saved 1 time(s)")).to_be_visible()
    name, data = _download(page, "Save bytes")
    assert (name, data) == ("all.bin", bytes(range(256)))
    page.wait_for_timeout(300)
    expect(page.get_by_text("Saved 1 time(s)")).to_be_visible()  # "ignore": no rerun
    # st.link_button: a link styled as a button, opening a new tab; unsafe schemes get no href.
    docs = page.get_by_role("link", name="Open docs")
    expect(docs).to_have_attribute("href", "https://docs.streamlit.io")
    expect(docs).to_have_attribute("target", "_blank")
    expect(page.get_by_text("Sneaky")).to_be_visible()
    assert page.get_by_text("Sneaky").evaluate("e => e.closest('a').hasAttribute('href')") is False
