"""Serve mode routes a multipage app's page paths to the app page; nested paths are not pages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx

from tests.server.live import LiveServer


def test_page_paths_serve_the_app_page(
    serve: Callable[..., LiveServer], write_app: Callable[[str, str], Path]
) -> None:
    app = write_app("app.py", "import streamlit as st\nst.write('hi')\n")
    server = serve(app)
    root = httpx.get(server.url)
    page = httpx.get(server.url + "reports")
    assert page.status_code == 200
    assert page.text == root.text
    assert "stbundle.currentPage()" in page.text  # the socket asks for the URL's page
    nested = httpx.get(server.url + "reports/nested/deeper")
    assert nested.status_code == 404
    assert "Page not found" in nested.text
    assert '"../../"' in nested.text  # where the app is, relative to the URL
    assert httpx.get(server.url + "healthz").json()["status"] == "ok"
