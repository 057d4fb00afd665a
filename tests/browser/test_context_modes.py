"""st.context in a real browser, per mode: serve mode knows the handshake's request headers;
a static build has no server, so headers and cookies read as empty (its documented behaviour),
while the page's own facts (URL, locale, timezone, theme) are known in both."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import READY

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_context_per_mode(host_app: Callable[[Path], str], page: Any, mode: str) -> None:
    page.emulate_media(color_scheme="dark")
    page.goto(host_app(EXAMPLES / "menus.py"))
    READY[mode](page)
    expect(page.get_by_text("Locale known: True; timezone known: True")).to_be_visible()
    line = page.get_by_text(re.compile(r"^Theme: dark; headers: \d+; cookies: \d+$"))
    expect(line).to_be_visible()
    if mode == "static":
        expect(line).to_have_text("Theme: dark; headers: 0; cookies: 0")
    else:
        expect(line).not_to_have_text(re.compile(r"headers: 0;"))
