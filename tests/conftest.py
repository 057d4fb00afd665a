"""Fixtures shared by every test folder: the browser and the renderer's static server.

The browser lives for one test module. Playwright's sync API keeps an asyncio loop marked as
running in its thread while it is started, which would break any later test that calls
asyncio.run(); stopping it at the end of each browser module keeps the other tests independent
of the order pytest picks.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser_support import (
    CHROMIUM,
    RENDERER_FILES,
    StaticServer,
    ensure_renderer_built,
    launch_chromium,
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium under Playwright, for one test module."""
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is not installed: run scripts/dev setup")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = launch_chromium(pw)
        yield b
        b.close()


@pytest.fixture(scope="session")
def static_server() -> Iterator[StaticServer]:
    """A static server whose root holds a copy of the freshly built renderer bundle."""
    static = ensure_renderer_built()
    with tempfile.TemporaryDirectory(prefix="stb-static-") as tmp:
        root = Path(tmp)
        for name in RENDERER_FILES:
            shutil.copy(static / name, root / name)
        if (static / "chunks").is_dir():  # lazy chunks load relative to renderer.js
            shutil.copytree(static / "chunks", root / "chunks")
        server = StaticServer(root)
        yield server
        server.close()


@pytest.fixture(autouse=True)
def _process_wide_options() -> Iterator[None]:
    """st.set_option sets client options for the whole process (as in Streamlit): each test
    starts from config files and defaults, whatever an earlier test's script set."""
    from stbundle.runtime_py import options

    saved = dict(options._overrides)
    options._overrides.clear()
    yield
    options._overrides.clear()
    options._overrides.update(saved)
