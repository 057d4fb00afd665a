"""st.camera_input and st.audio_input in a real Chromium, in both modes, with Chromium's fake
camera and microphone (--use-fake-device-for-media-stream: a test pattern and a beep, no
hardware or network needed; --use-fake-ui-for-media-stream grants the permission prompt).
A person takes a photo and sees what the script read from the JPEG, clears it, records a
voice message and sees the WAV the script got (at the sample rate asked for), clears it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import READY
from tests.browser_support import CHROMIUM, CHROMIUM_ARGS

APP = Path(__file__).resolve().parents[2] / "examples" / "capture.py"
FAKE_MEDIA = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """This module's Chromium has the fake camera and microphone (the `page` fixture uses it)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS + FAKE_MEDIA)
        yield b
        b.close()


def test_a_photo_and_a_recording(host_app: Callable[[Path], str], page: Any, mode: str) -> None:
    page.set_default_timeout(15_000)
    page.goto(host_app(APP))
    READY[mode](page)
    expect(page.get_by_role("heading", name="Capture")).to_be_visible()
    expect(page.get_by_text("No photo yet")).to_be_visible()
    page.wait_for_function(
        "() => { const v = document.querySelector('video'); return v && v.videoWidth > 0; }"
    )
    page.get_by_role("button", name="Take photo").click()
    photo = re.compile(
        r"Photo camera-input-\d{4}-\d\d-\d\dT\d\d_\d\d_[\d.]+Z\.jpg: image/jpeg, JPEG start ffd8"
    )
    expect(page.get_by_text(photo)).to_be_visible()
    expect(page.get_by_role("img", name="Captured photo")).to_be_visible()
    page.get_by_role("button", name="Clear photo").click()
    expect(page.get_by_text("No photo yet")).to_be_visible()
    expect(page.get_by_role("button", name="Take photo")).to_be_visible()

    expect(page.get_by_text("No recording yet")).to_be_visible()
    page.get_by_role("button", name="Record").click()
    stop = page.get_by_role("button", name="Stop recording")
    expect(stop).to_be_visible()
    page.wait_for_timeout(700)
    stop.click()
    recording = re.compile(
        r"Recording \d{4}-\d\d-\d\dT\d\d-\d\d_audio\.wav: audio/wav, RIFF at 16000 Hz"
    )
    expect(page.get_by_text(recording)).to_be_visible()
    duration = page.locator("audio").evaluate(
        """async a => { for (let i = 0; i < 100 && !(a.duration > 0); i++)
            await new Promise(r => setTimeout(r, 50)); return a.duration; }"""
    )
    assert 0.3 < duration < 5
    page.get_by_role("button", name="Clear recording").click()
    expect(page.get_by_text("No recording yet")).to_be_visible()


VOICE_APP = APP.parent / "voice_chat.py"


def test_a_voice_message_in_the_chat(host_app: Callable[[Path], str], page: Any, mode: str) -> None:
    """st.chat_input(accept_audio=True): the microphone button records; stopping it sends the
    recording (WAV at the asked rate) with the typed text. A text-only message has no audio."""
    page.set_default_timeout(15_000)
    page.goto(host_app(VOICE_APP))
    READY[mode](page)
    expect(page.get_by_text("No message yet")).to_be_visible()
    box = page.get_by_role("textbox", name="Say or record something")
    box.fill("hello")
    page.get_by_role("button", name="Record a voice message").click()
    stop = page.get_by_role("button", name="Stop recording")
    expect(stop).to_be_visible()
    page.wait_for_timeout(700)
    stop.click()
    expect(page.get_by_text("Text: 'hello'")).to_be_visible()
    audio = re.compile(r"Audio \d{4}-\d\d-\d\dT\d\d-\d\d_audio\.wav: audio/wav, RIFF at 22050 Hz")
    expect(page.get_by_text(audio)).to_be_visible()
    expect(box).to_have_value("")
    box.fill("just text")
    box.press("Enter")
    expect(page.get_by_text("Text: 'just text'")).to_be_visible()
    expect(page.get_by_text("No audio")).to_be_visible()
    expect(page.get_by_role("button", name="Record a voice message")).to_be_enabled()
