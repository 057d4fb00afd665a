"""st.html and st.markdown(unsafe_allow_html=True) are sanitised in both modes, as in Streamlit
1.67: none of the classic payloads runs, the harmless text stays, and only
st.html(..., unsafe_allow_javascript=True) runs its <script>s."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import READY
from tests.browser.xss import DOM_CHECK, PAYLOADS, app_source


@pytest.fixture(scope="module")
def xss_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    app = tmp_path_factory.mktemp("xss") / "xss_app.py"
    app.write_text(app_source(), encoding="utf-8")
    return app


def test_no_payload_runs_and_only_allowed_scripts_do(
    xss_app: Path, host_app: Callable[[Path], str], page: Any, mode: str
) -> None:
    page.goto(host_app(xss_app))
    READY[mode](page)
    expect(page.get_by_text("all shown")).to_be_visible(timeout=30_000)
    expect(page.locator("#allowed")).to_have_text("script ran")
    for i, payload in enumerate(PAYLOADS):
        expect(page.get_by_text(f"html {i}", exact=True)).to_be_visible()
        if payload.visible:
            expect(page.get_by_text(payload.visible).first).to_be_visible()
    page.wait_for_timeout(300)  # broken images' onerror, autofocus, ontoggle
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator(".stb-app").evaluate(DOM_CHECK) == []
    expect(page.locator("img.still-sanitised")).to_have_count(1)
