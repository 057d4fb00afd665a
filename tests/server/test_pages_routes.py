"""Serve mode routes a multipage app's page paths to the app page; nested paths are not pages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx

from tests.server.client import PageClient
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


RESERVED_NAMES_APP = """
import streamlit as st

def home():
    st.title("Home page")

def make(name):
    def page():
        st.title(f"The {name} page")
    return page

names = ["static", "media", "upload", "ws", "component", "_stcore"]
health = st.Page(make("healthz"), title="healthz", url_path="healthz")
st.navigation(
    [st.Page(home), health] + [st.Page(make(n), title=n, url_path=n) for n in names]
).run()
"""


def test_pages_named_like_the_servers_routes_work_at_their_urls(
    serve: Callable[..., LiveServer], write_app: Callable[[str, str], Path]
) -> None:
    """Streamlit 1.67 lets a page take any one-segment path (its own routes are prefixes such
    as `_stcore/` and `static/`); here each such page gets the app page at its URL, the session
    opened for that URL runs that page, and the health check moves to `/_stcore/health`."""
    server = serve(write_app("app.py", RESERVED_NAMES_APP))
    root = httpx.get(server.url)
    for name in ["healthz", "static", "media", "upload", "ws", "component", "_stcore"]:
        page = httpx.get(server.url + name)
        assert page.status_code == 200, name
        assert page.text == root.text, name
        client = PageClient(f"{server.ws_url}?page={name}")
        try:
            assert f"The {name} page" in client.settled_run().texts(), name
        finally:
            client.close()
    assert httpx.get(server.url + "_stcore/health").json()["status"] == "ok"
    # The routes themselves still answer below those names.
    assert httpx.get(server.url + "static/renderer.js").status_code == 200
    assert httpx.get(server.url + "media/nosession/nofile").status_code == 404


def test_the_health_check_stays_at_healthz_without_such_a_page(
    serve: Callable[..., LiveServer], write_app: Callable[[str, str], Path]
) -> None:
    server = serve(write_app("app.py", "import streamlit as st\nst.write('hi')\n"))
    assert httpx.get(server.url + "healthz").json()["status"] == "ok"
    assert httpx.get(server.url + "_stcore/health").json()["status"] == "ok"
