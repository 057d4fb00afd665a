"""Browser checks for downloads (examples/downloads.py) and media (examples/media.py). Clicking a
download button saves the file with its name and exact bytes (read through Playwright's download
API); a callback click reruns the app, an on_click="ignore" one does not; link buttons are links
to safe URLs only. Images, audio, video and the logo load through the media channel."""

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
    # icon_position="right": the icon follows the label (button and page link); a shortcut
    # clicks its button from the keyboard (a download, a link opening its tab).
    table = page.get_by_role("button", name="Save table")
    expect(table).to_have_attribute("aria-keyshortcuts", "alt+shift+d")
    assert table.inner_text().split() == ["Save", "table", "💾"], table.inner_text()
    assert page.get_by_role("link", name="Read guide").inner_text().startswith("📖")
    expect(page.get_by_role("link", name="Streamlit site 🌍")).to_be_visible()
    page.get_by_text("Saved 1 time(s)").click()  # focus the page, not a field
    with page.expect_download() as info:
        page.keyboard.press("Alt+Shift+D")
    assert info.value.suggested_filename == "table.csv"
    expect(page.get_by_text("Saved 2 time(s)")).to_be_visible()
    page.context.route("https://docs.streamlit.io/**", lambda route: route.fulfill(body="guide"))
    with page.context.expect_page() as opened:
        page.keyboard.press("Alt+Shift+G")
    assert opened.value.url == "https://docs.streamlit.io/guide"
    opened.value.close()


def _loaded(page: Page, selector: str, check: str) -> None:
    """Waits until every element matching `selector` satisfies `check` (a JS expression of e)."""
    page.wait_for_function(
        f"() => {{ const all = [...document.querySelectorAll({selector!r})];"
        f" return all.length > 0 && all.every(e => {check}); }}",
        timeout=15_000,
    )


_LOADS = "u => fetch(u, { cache: 'no-store' }).then(r => r.ok, () => false)"


def media(page: Page) -> None:
    """examples/media.py: images with captions load (naturalWidth > 0), audio and video load
    their sound and subtitles, a chat avatar made of bytes loads, the logo shows in the corner;
    a rerun with a new image shows it
    and frees the old one."""
    expect(page.get_by_role("heading", name="Media")).to_be_visible()
    bar = page.get_by_role("img", name="Blue bar")
    expect(bar).to_be_visible()
    expect(page.get_by_text("A blue bar", exact=True)).to_be_visible()
    expect(page.get_by_role("img", name="Green square")).to_be_visible()
    expect(page.get_by_role("img", name="Orange circle")).to_be_visible()
    _loaded(page, ".stb-imgs img", "e.complete && e.naturalWidth > 0")
    assert bar.evaluate("i => i.naturalWidth") == 40
    _loaded(page, "audio, video", "e.readyState >= 1 && e.duration > 1.9")
    # start_time: the seek follows loadedmetadata, after readyState has changed.
    _loaded(page, "audio", "e.currentTime === 1")
    track = page.locator("video track")
    expect(track).to_have_attribute("label", "English")
    cues = track.evaluate(
        """async t => { t.track.mode = 'hidden';
        for (let i = 0; i < 100 && !(t.track.cues && t.track.cues.length); i++)
            await new Promise(r => setTimeout(r, 50));
        return [...t.track.cues].map(c => c.text); }"""
    )
    assert cues == ["A calm tone"]  # SRT converted to WebVTT
    # A chat avatar given as image bytes loads through the same channel (decoration: no name).
    painter = page.get_by_role("group", name="Chat message from painter")
    expect(painter).to_contain_text("My avatar is a purple square.")
    _loaded(page, ".stb-chat-avatar img", "e.complete && e.naturalWidth === 12")
    logo = page.locator(".stb-logo-corner")
    expect(logo.get_by_role("link", name="Logo")).to_have_attribute("href", "https://streamlit.io/")
    expect(logo).to_contain_text("🎈")
    old_src = bar.get_attribute("src")
    assert old_src and page.evaluate(_LOADS, old_src)
    page.get_by_role("button", name="Bigger").click()
    page.wait_for_function(
        "() => document.querySelector('.stb-imgs img')?.naturalWidth === 80", timeout=15_000
    )
    expect(page.get_by_role("img", name="Blue bar")).to_be_visible()
    # The old image is freed when the run that no longer shows it ends (serve: the route says
    # 404; static: its Blob URL is revoked).
    for _ in range(100):
        if not page.evaluate(_LOADS, old_src):
            break
        page.wait_for_timeout(100)
    assert not page.evaluate(_LOADS, old_src)
