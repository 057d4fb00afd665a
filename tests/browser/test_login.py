"""st.login / st.logout in a real browser. Serve mode, against a local OpenID Connect provider
(tests/oidc_provider): click "Log in", pass through the provider, land back on the app greeting
the user from st.user; a reload keeps the login; "Log out" ends it. A static build has no server
for the provider's redirect: st.login says so."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from playwright.sync_api import expect
from stbundle.server import ServerSettings, create_app

from tests.browser.conftest import READY, host_static
from tests.browser_support import ensure_renderer_built
from tests.oidc_provider import CLIENT_ID, CLIENT_SECRET, TestProvider
from tests.server.live import LiveServer

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "login.py"


def test_a_person_logs_in_stays_logged_in_and_logs_out(page: Any, tmp_path: Path) -> None:
    ensure_renderer_built()
    app = tmp_path / "login.py"
    shutil.copy(EXAMPLE, app)
    provider = TestProvider()
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text(
        "[auth]\n"
        'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        'cookie_secret = "a-long-random-cookie-secret-for-tests"\n'
        f'client_id = "{CLIENT_ID}"\nclient_secret = "{CLIENT_SECRET}"\n'
        f'server_metadata_url = "{provider.metadata_url}"\n'
    )
    server = LiveServer(create_app(app, settings=ServerSettings(watch=False)))
    try:
        page.goto(server.url)
        expect(page.get_by_text("You are not logged in.")).to_be_visible()
        page.get_by_role("button", name="Log in").click()
        expect(page.get_by_text("Hello Ada Lovelace")).to_be_visible()
        expect(page.get_by_text("Signed in as ada@example.com")).to_be_visible()
        assert page.url == server.url  # back on the app's own page
        assert len(provider.authorize_requests) == 1
        # The identity cookie is out of the page's reach.
        assert "_streamlit_user" not in page.evaluate("document.cookie")

        page.reload()
        expect(page.get_by_text("Hello Ada Lovelace")).to_be_visible()

        page.get_by_role("button", name="Log out").click()
        expect(page.get_by_text("You are not logged in.")).to_be_visible()
        assert len(provider.logout_requests) == 1
        page.reload()
        expect(page.get_by_text("You are not logged in.")).to_be_visible()
        expect(page.get_by_text("Hello Ada Lovelace")).to_have_count(0)
    finally:
        server.close()
        provider.close()


def test_a_static_build_says_login_needs_a_server(page: Any, tmp_path: Path) -> None:
    # No [auth] section can ship with a static site, so st.user has no is_logged_in there.
    app = tmp_path / "static_login.py"
    app.write_text(
        "import streamlit as st\n"
        "st.write(f\"logged in: {st.user.get('is_logged_in', False)}\")\n"
        "if st.button('Log in'):\n"
        "    st.login()\n"
    )
    with host_static(app) as url:
        page.goto(url)
        READY["static"](page)
        expect(page.get_by_text("logged in: False")).to_be_visible()
        page.get_by_role("button", name="Log in").click()
        expect(page.get_by_text("st.login is not supported in a static build")).to_be_visible()
