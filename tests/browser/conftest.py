"""Browser fixtures: one Chromium per session, and the app hosted in each mode.

`HOSTS` maps a mode name to a context manager that hosts an app file and yields the page's base
URL. Serve mode runs `create_app` under a real uvicorn; a static-build mode adds an entry here and
every scenario in scenarios.py runs in it too ("one scenario list, two modes").
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from stbundle.server import ServerSettings, create_app

from tests.browser_support import ensure_renderer_built, machine_state
from tests.builder.static_site import SiteHost, site_host, wait_until_ready
from tests.crash_dumps import crash_report
from tests.server.live import LiveServer


@contextlib.contextmanager
def host_serve(app: Path) -> Iterator[str]:
    ensure_renderer_built()
    server = LiveServer(create_app(app, settings=ServerSettings(watch=False)))
    try:
        yield server.url
    finally:
        server.close()


_static_sites = contextlib.ExitStack()
_static_host: list[SiteHost] = []


@contextlib.contextmanager
def host_static(app: Path) -> Iterator[str]:
    """`bundle build` of the app (once per session), served under a sub-path by http.server."""
    if not _static_host:
        _static_host.append(_static_sites.enter_context(site_host()))
    yield _static_host[0].url_for(app)


@pytest.fixture(scope="session", autouse=True)
def _close_static_sites() -> Iterator[None]:
    yield
    _static_sites.close()


HOSTS: dict[str, Callable[[Path], contextlib.AbstractContextManager[str]]] = {
    "serve": host_serve,
    "static": host_static,
}

#: What a mode needs after page.goto before the scenario starts (Pyodide's start-up).
READY: dict[str, Callable[[Any], None]] = {
    "serve": lambda page: None,
    "static": wait_until_ready,
}


def site_root(url: str) -> str:
    """The folder URL of a hosted app (a static site's URL may name its index.html): where the
    app's page paths start."""
    return url if url.endswith("/") else url.rsplit("/", 1)[0] + "/"


def visit(page: Any, url: str, mode: str) -> None:
    """Open `url` in `page` as a visitor does and wait until the app is ready. The answer must be
    200: a static site serves a page path from the page's own file, never from its 404.html
    (which would show the page too)."""
    page.set_default_timeout(60_000)  # a static site's Pyodide start
    opened = page.goto(url)
    assert opened is not None and opened.status == 200, opened
    READY[mode](page)


@pytest.fixture(params=list(HOSTS))
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def host_app(mode: str) -> Iterator[Callable[[Path], str]]:
    """host_app(app_path) -> base URL of the app hosted in this test's mode."""
    with contextlib.ExitStack() as stack:
        yield lambda app: stack.enter_context(HOSTS[mode](app))


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh tab; the test fails on any uncaught error in the page."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda e: errors.append(str(e)))
    # A renderer that dies ("Target crashed") is a failure even after the test's last check; the
    # machine's state says whether memory ran short (renderers are the first OOM victims), the
    # crash dump where it crashed.
    opened = time.time()
    crashed: list[str] = []
    tab.on("crash", lambda _: crashed.append(machine_state()))
    tab.set_default_timeout(10_000)
    yield tab
    context.close()
    for state in crashed:
        errors.append(f"the page's renderer crashed ({state}): {crash_report(opened)}")
    assert errors == [], "\n".join(errors)  # whole: pytest shortens a list's repr
