"""The custom component route: a declared folder's files under component/<name>/, with their
content types; nothing outside the folder (traversal, links out, hidden files), and nothing of
components that were never declared."""

from __future__ import annotations

import http.client
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from tests.server.client import PageClient
from tests.server.live import LiveServer

APP = """
import os
import streamlit as st
import streamlit.components.v1 as components
c = components.declare_component("widget", path=os.path.join(os.path.dirname(__file__), "ui"))
st.write(c(key="w", default=1))
"""


@pytest.fixture
def component_server(
    tmp_path: Path, serve: Callable[..., LiveServer], pages: Callable[..., PageClient]
) -> LiveServer:
    ui = tmp_path / "ui"
    (ui / "js").mkdir(parents=True)
    (ui / "index.html").write_text("<!doctype html><p>component page</p>")
    (ui / "js" / "main.js").write_text("console.log('component script')")
    (ui / "style.css").write_text("p { color: red }")
    (ui / ".env").write_text("TOKEN=hidden")
    (tmp_path / "secret.txt").write_text("outside the component")
    (ui / "link.txt").symlink_to(tmp_path / "secret.txt")
    app = tmp_path / "compapp.py"
    app.write_text(APP)
    server = serve(app)
    pages(server.ws_url).run()  # the run declares the component
    return server


def test_declared_files_are_served_with_their_content_types(component_server: LiveServer) -> None:
    base = component_server.url + "component/compapp.widget/"
    page = httpx.get(base + "index.html")
    assert page.status_code == 200 and "component page" in page.text
    assert page.headers["content-type"].startswith("text/html")
    script = httpx.get(base + "js/main.js")
    assert script.status_code == 200
    assert script.headers["content-type"].startswith("text/javascript")
    assert httpx.get(base + "style.css").headers["content-type"].startswith("text/css")
    assert httpx.get(base).text == page.text  # the folder itself: its index.html


@pytest.mark.parametrize(
    "raw_path",
    [
        "/component/compapp.widget/../secret.txt",
        "/component/compapp.widget/%2e%2e/secret.txt",
        "/component/compapp.widget/..%2fsecret.txt",
        "/component/compapp.widget/%2e%2e%2f%2e%2e%2fsecret.txt",
        "/component/compapp.widget//etc/passwd",
        "/component/compapp.widget/..\\secret.txt",
        "/component/compapp.widget/link.txt",
        "/component/compapp.widget/.env",
        "/component/compapp.widget/missing.js",
        "/component/other.widget/index.html",
        "/component/..%2f..%2fetc/passwd",
    ],
)
def test_nothing_outside_the_declared_folder_is_served(
    raw_path: str, component_server: LiveServer
) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", component_server.port, timeout=5)
    conn.request("GET", raw_path)  # sent verbatim: no client-side normalisation
    response = conn.getresponse()
    body = response.read()
    conn.close()
    assert response.status in (400, 404)
    assert b"outside the component" not in body and b"TOKEN" not in body and b"root:" not in body
