"""Fixtures for renderer tests: one Chromium per session (shared ``browser``), the harness page on
a static server, and a fresh page per test that fails the test on any uncaught page error."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser_support import StaticServer, browser, render_page, static_server
from tests.frontend.harness import FAKE_TRANSPORT_JS, Harness

__all__ = ["browser", "static_server"]


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


@pytest.fixture
def ui(context: Any, harness_url: str) -> Iterator[Harness]:
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(harness_url)
    page.wait_for_function("() => window.fake && window.fake.onMessage")
    yield Harness(page)
    assert errors == [], errors
