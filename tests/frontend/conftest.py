"""Fixtures for renderer tests: one Chromium per session (shared ``browser``), the harness page on
a static server, and a fresh page per test that fails the test on any uncaught page error."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser_support import StaticServer, render_page
from tests.frontend.harness import FAKE_TRANSPORT_JS, Harness


@pytest.fixture(scope="session")
def harness_url(static_server: StaticServer) -> str:
    return static_server.write(
        "harness.html", render_page(bootstrap=FAKE_TRANSPORT_JS, title="harness", asset_base="")
    )


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context()
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def _shared_page(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context()
    yield ctx.new_page()
    ctx.close()


@pytest.fixture
def ui(_shared_page: Any, harness_url: str) -> Iterator[Harness]:
    """A freshly loaded harness page. The tab is reused across tests (a new navigation resets
    all page state and is several times cheaper than a new context); media emulation is reset."""
    page = _shared_page
    page.emulate_media(color_scheme="no-override")
    errors: list[str] = []

    def on_error(e: Any) -> None:
        errors.append(str(e))

    page.on("pageerror", on_error)
    page.goto(harness_url)
    page.wait_for_function("() => window.fake && window.fake.onMessage")
    yield Harness(page)
    page.remove_listener("pageerror", on_error)
    assert errors == [], errors
