"""The HTTP side: the page, its assets, the health check, traversal refused, and the CLI."""

from __future__ import annotations

import http.client
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable

import httpx
import pytest

from tests.server.client import PageClient
from tests.server.conftest import EXAMPLES
from tests.server.live import LiveServer

COUNTER = EXAMPLES / "counter.py"


def test_page_uses_relative_urls_and_connects_the_websocket(
    serve: Callable[..., LiveServer],
) -> None:
    server = serve(COUNTER)
    page = httpx.get(server.url)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    html = page.text
    assert "<title>counter</title>" in html
    assert 'href="static/renderer.css"' in html and 'src="static/renderer.js"' in html
    assert "stbundle.connectWebSocket(" in html and "defaultSocketUrl()" in html
    assert 'href="/' not in html and 'src="/' not in html  # works under a path prefix
    js = httpx.get(server.url + "static/renderer.js")
    assert js.status_code == 200 and "connectWebSocket" in js.text


def test_health_reports_sessions(
    serve: Callable[..., LiveServer], pages: Callable[..., PageClient]
) -> None:
    server = serve(COUNTER)
    assert httpx.get(server.url + "healthz").json() == {
        "status": "ok",
        "app": "counter.py",
        "sessions": 0,
        "connected": 0,
    }
    pages(server.ws_url).run()
    assert httpx.get(server.url + "healthz").json()["sessions"] == 1


@pytest.mark.parametrize(
    "raw_path",
    [
        "/static/../server/app.py",
        "/static/%2e%2e/%2e%2e/setup.py",
        "/static/..%2f..%2fsetup.py",
        "/static/%2e%2e%2f%2e%2e%2fpyproject.toml",
        "/static//etc/passwd",
        "/static/..\\..\\setup.py",
    ],
)
def test_static_routes_refuse_path_traversal(
    raw_path: str, serve: Callable[..., LiveServer]
) -> None:
    server = serve(COUNTER)
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    conn.request("GET", raw_path)  # sent verbatim: no client-side normalisation
    response = conn.getresponse()
    body = response.read()
    conn.close()
    assert response.status in (400, 404)
    assert b"setup(" not in body and b"root:" not in body and b"create_app" not in body


def test_bundle_serve_prints_the_url_and_stops_cleanly_on_ctrl_c() -> None:
    bundle = os.path.join(os.path.dirname(sys.executable), "bundle")
    proc = subprocess.Popen(
        [bundle, "serve", str(COUNTER), "--headless", "--port", "0", "--no-watch"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        url = None
        deadline = time.monotonic() + 20
        while url is None and time.monotonic() < deadline:
            line = proc.stdout.readline()
            match = re.search(r"Local URL: (http://127\.0\.0\.1:\d+)", line)
            url = match.group(1) if match else None
        assert url is not None, "no Local URL printed"
        assert httpx.get(url + "/healthz").json()["status"] == "ok"
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
