"""st.login / st.logout in serve mode against a local OpenID Connect provider (tests/oidc_provider):
the login route, the provider's redirect back, the signed identity cookie, st.user in the next
session, logout, and the ways a login must fail (wrong state, provider error, forged ID token,
forged provider token, tampered cookie, another origin)."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from starlette.types import Receive, Scope, Send
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py import auth_config
from stbundle.server import ServerSettings, create_app

from tests.oidc_provider import CLIENT_ID, CLIENT_SECRET, TestProvider
from tests.server.client import PageClient
from tests.server.live import LiveServer

APP = """
    import streamlit as st
    if st.user.is_logged_in:
        st.write(f"Hello {st.user.name}")
        st.write(f"user={sorted(st.user.to_dict())} tokens={sorted(st.user.tokens)}")
        if st.button("Log out"):
            st.logout()
    else:
        st.write("Please log in")
        if st.button("Log in"):
            st.login()
"""


@pytest.fixture
def provider() -> Iterator[TestProvider]:
    idp = TestProvider()
    yield idp
    idp.close()


def _secrets(metadata_url: str, extra: str = "") -> str:
    return (
        "[auth]\n"
        'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        'cookie_secret = "a-long-random-cookie-secret-for-tests"\n'
        f'client_id = "{CLIENT_ID}"\n'
        f'client_secret = "{CLIENT_SECRET}"\n'
        f'server_metadata_url = "{metadata_url}"\n' + extra
    )


@pytest.fixture
def app(
    provider: TestProvider,
    serve: Callable[..., LiveServer],
    write_app: Callable[[str, str], Path],
) -> LiveServer:
    script = write_app("login_app.py", APP)
    (script.parent / ".streamlit").mkdir()
    (script.parent / ".streamlit" / "secrets.toml").write_text(
        _secrets(provider.metadata_url, 'expose_tokens = "id"\n')
    )
    return serve(script)


def _origin(server: LiveServer) -> str:
    return server.url.rstrip("/")


def _page(server: LiveServer, browser: httpx.Client | None = None) -> PageClient:
    cookies = "; ".join(f"{k}={v}" for k, v in (browser.cookies.items() if browser else []))
    return PageClient(
        server.ws_url, origin=_origin(server), headers={"Cookie": cookies} if cookies else None
    )


def _login_link(server: LiveServer) -> str:
    """Click "Log in" on a fresh page: the URL st.login asks the page to follow."""
    page = _page(server)
    try:
        assert "Please log in" in page.settled_run().texts()
        page.click("Log in")
        run = page.settled_run()
    finally:
        page.close()
    links = [m.auth_redirect for m in run.messages if m.WhichOneof("type") == "auth_redirect"]
    assert len(links) == 1
    return links[0]


def _log_in(server: LiveServer, browser: httpx.Client) -> httpx.Response:
    """The whole redirect dance; returns the callback's response."""
    to_provider = browser.get(server.url + _login_link(server))
    assert to_provider.status_code == 302
    back = httpx.get(to_provider.headers["location"])  # the provider: no cookies of the app
    assert back.status_code in (302, 307)
    return browser.get(back.headers["location"])


def test_login_sets_a_signed_cookie_and_the_next_session_sees_the_user(
    app: LiveServer, provider: TestProvider
) -> None:
    link = _login_link(app)
    assert link.startswith(f"{auth_config.LOGIN_PATH}?provider=")
    with httpx.Client() as browser:
        to_provider = browser.get(app.url + link)
        assert to_provider.status_code == 302
        location = to_provider.headers["location"]
        assert location.startswith(f"{provider.url}/authorize?")
        asked = {k: v[0] for k, v in parse_qs(urlparse(location).query).items()}
        assert asked["client_id"] == CLIENT_ID
        assert asked["redirect_uri"] == f"{_origin(app)}/oauth2callback"
        assert asked["scope"] == "openid email profile"
        assert asked["prompt"] == "select_account"
        assert asked["code_challenge_method"] == "S256"
        assert asked["state"] and asked["nonce"] and asked["code_challenge"]
        assert CLIENT_SECRET not in location and CLIENT_SECRET not in link

        back = httpx.get(location)
        done = browser.get(back.headers["location"])
        assert done.status_code == 302 and done.headers["location"] == "/"
        set_cookies = done.headers.get_list("set-cookie")
        user_cookie = next(c for c in set_cookies if c.startswith("_streamlit_user="))
        assert "HttpOnly" in user_cookie and "SameSite=lax" in user_cookie
        assert "Path=/" in user_cookie and "Max-Age=2592000" in user_cookie
        assert "Ada" not in user_cookie or "." in user_cookie  # signed, not a bare value
        assert provider.token_requests[0]["code_verifier"]

        page = _page(app, browser)
        try:
            texts = page.settled_run().texts()
        finally:
            page.close()
    assert "Hello Ada Lovelace" in texts
    # The ID token's claims plus is_logged_in, provider and the exposed tokens (Streamlit's).
    shown = next(t for t in texts if t.startswith("user="))
    for claim in ("aud", "email", "exp", "iat", "is_logged_in", "iss", "name", "nonce", "sub"):
        assert f"'{claim}'" in shown
    assert "'provider'" in shown and "'origin'" not in shown
    assert shown.endswith("tokens=['id']")


def test_logout_clears_the_cookie_and_ends_the_providers_session(
    app: LiveServer, provider: TestProvider
) -> None:
    with httpx.Client() as browser:
        _log_in(app, browser)
        page = _page(app, browser)
        try:
            assert "Hello Ada Lovelace" in page.settled_run().texts()
            page.click("Log out")
            run = page.settled_run()
            page.rerun()  # this session forgot its user at once
            assert "Please log in" in page.settled_run().texts()
        finally:
            page.close()
        links = [m.auth_redirect for m in run.messages if m.WhichOneof("type") == "auth_redirect"]
        assert links == [auth_config.LOGOUT_PATH]
        out = browser.get(app.url + links[0])
        assert out.status_code == 302
        to = urlparse(out.headers["location"])
        assert f"{to.scheme}://{to.netloc}{to.path}" == f"{provider.url}/logout"
        said = {k: v[0] for k, v in parse_qs(to.query).items()}
        assert said["client_id"] == CLIENT_ID
        assert said["post_logout_redirect_uri"] == f"{_origin(app)}/oauth2callback"
        assert said["id_token_hint"].count(".") == 2
        assert "_streamlit_user" not in browser.cookies
        # The provider sends the person back to the callback, which has no login waiting.
        home = browser.get(httpx.get(out.headers["location"]).headers["location"])
        assert home.status_code == 302 and home.headers["location"] == "/"
        page = _page(app, browser)
        try:
            assert "Please log in" in page.settled_run().texts()
        finally:
            page.close()


def test_a_callback_with_another_state_logs_nobody_in(
    app: LiveServer, provider: TestProvider
) -> None:
    with httpx.Client() as browser:
        location = browser.get(app.url + _login_link(app)).headers["location"]
        back = urlparse(httpx.get(location).headers["location"])
        code = parse_qs(back.query)["code"][0]
        wrong = browser.get(f"{app.url}oauth2callback?code={code}&state=not-the-state")
        assert wrong.status_code == 302 and wrong.headers["location"] == "/"
        assert "_streamlit_user" not in browser.cookies
    # Another browser (without the login's flow cookie) cannot finish this login either.
    with httpx.Client() as other:
        stolen = other.get(f"{app.url}oauth2callback?{back.query}")
        assert stolen.status_code == 302 and "_streamlit_user" not in other.cookies
    assert provider.token_requests == []


def test_provider_errors_and_forged_tokens_give_a_readable_page(
    app: LiveServer, provider: TestProvider
) -> None:
    provider.fail_authorize = "access_denied"
    with httpx.Client() as browser:
        failed = _log_in(app, browser)
        assert failed.status_code == 400
        assert "refused the login: access_denied (no, thanks)" in failed.text
        assert "Traceback" not in failed.text and "_streamlit_user" not in browser.cookies

    provider.fail_authorize = None
    provider.tamper_id_token = True
    with httpx.Client() as browser:
        failed = _log_in(app, browser)
        assert failed.status_code == 400
        assert "The login could not be completed" in failed.text
        assert "Traceback" not in failed.text and "_streamlit_user" not in browser.cookies

    with httpx.Client() as browser:  # a provider token st.login did not make
        forged = auth_config.provider_token("another-secret", "default")
        res = browser.get(f"{app.url}{auth_config.LOGIN_PATH}?provider={forged}")
        assert res.status_code == 302 and res.headers["location"] == "/"


def test_a_tampered_or_foreign_cookie_is_no_login(
    app: LiveServer, provider: TestProvider, serve: Callable[..., LiveServer]
) -> None:
    with httpx.Client() as browser:
        _log_in(app, browser)
        good = browser.cookies["_streamlit_user"]
    head, _, signature = good.rpartition(".")
    tampered = f"{head}.{'A' if signature[0] != 'A' else 'B'}{signature[1:]}"
    page = PageClient(
        app.ws_url, origin=_origin(app), headers={"Cookie": f"_streamlit_user={tampered}"}
    )
    try:
        assert "Please log in" in page.settled_run().texts()
    finally:
        page.close()
    # A page of another (allowed) origin with this origin's cookie: not logged in either.
    foreign = "http://app.example"
    other = serve(app.app.state.registry.script_path, allowed_origins=(foreign,))
    page = PageClient(other.ws_url, origin=foreign, headers={"Cookie": f"_streamlit_user={good}"})
    try:
        assert "Please log in" in page.settled_run().texts()
    finally:
        page.close()


def test_login_without_a_complete_auth_section_shows_streamlits_error(
    serve: Callable[..., LiveServer], write_app: Callable[[str, str], Path]
) -> None:
    script = write_app("login_app.py", APP)
    (script.parent / ".streamlit").mkdir()
    (script.parent / ".streamlit" / "secrets.toml").write_text(
        '[auth]\nredirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        'cookie_secret = "a-long-random-cookie-secret-for-tests"\nclient_id = "x"\n'
    )
    server = serve(script)
    page = _page(server)
    try:
        page.settled_run()
        page.click("Log in")
        run = page.settled_run()
    finally:
        page.close()
    assert not [m for m in run.messages if m.WhichOneof("type") == "auth_redirect"]
    assert any(
        "missing the following keys: ['client_secret', 'server_metadata_url']" in t
        for t in run.texts()
    )


def test_an_unreachable_provider_gives_a_readable_page(
    serve: Callable[..., LiveServer], write_app: Callable[[str, str], Path]
) -> None:
    with socket.socket() as probe:  # a local port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    script = write_app("login_app.py", APP)
    (script.parent / ".streamlit").mkdir()
    (script.parent / ".streamlit" / "secrets.toml").write_text(
        _secrets(f"http://127.0.0.1:{port}/.well-known/openid-configuration")
    )
    server = serve(script)
    with httpx.Client() as browser:
        res = browser.get(server.url + _login_link(server))
    assert res.status_code == 502
    assert "The identity provider could not be reached (ConnectError)" in res.text
    assert "Traceback" not in res.text and CLIENT_SECRET not in res.text


def test_the_forward_msg_field_is_a_relative_route() -> None:
    msg = pb.ForwardMsg(auth_redirect="auth/logout")
    assert pb.ForwardMsg.FromString(msg.SerializeToString()).auth_redirect == "auth/logout"


def test_login_behind_a_path_prefix_keeps_to_the_apps_paths(
    provider: TestProvider, write_app: Callable[[str, str], Path]
) -> None:
    """Mounted at /pre (a proxy's prefix): the routes, the redirect home and the cookies' path
    are the app's, not the host's root."""
    script = write_app("login_app.py", APP)
    (script.parent / ".streamlit").mkdir()
    (script.parent / ".streamlit" / "secrets.toml").write_text(
        _secrets(provider.metadata_url).replace("/oauth2callback", "/pre/oauth2callback")
    )
    inner = create_app(script, settings=ServerSettings(watch=False))

    async def prefixed(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "lifespan":
            scope = {**scope, "root_path": "/pre"}
        await inner(scope, receive, send)

    server = LiveServer(prefixed)
    try:
        page = PageClient(f"{server.url}pre/ws".replace("http", "ws"), origin=_origin(server))
        try:
            page.settled_run()
            page.click("Log in")
            run = page.settled_run()
        finally:
            page.close()
        link = next(m.auth_redirect for m in run.messages if m.HasField("auth_redirect"))
        with httpx.Client() as browser:
            location = browser.get(f"{server.url}pre/{link}").headers["location"]
            asked = parse_qs(urlparse(location).query)
            assert asked["redirect_uri"] == [f"{_origin(server)}/pre/oauth2callback"]
            done = browser.get(httpx.get(location).headers["location"])
            assert done.status_code == 302 and done.headers["location"] == "/pre/"
            cookie = next(
                c for c in done.headers.get_list("set-cookie") if c.startswith("_streamlit_user=")
            )
            assert "Path=/pre/" in cookie
            cookies = "; ".join(f"{k}={v}" for k, v in browser.cookies.items())
        page = PageClient(
            f"{server.url}pre/ws".replace("http", "ws"),
            origin=_origin(server),
            headers={"Cookie": cookies},
        )
        try:
            assert "Hello Ada Lovelace" in page.settled_run().texts()
        finally:
            page.close()
    finally:
        server.close()


def test_a_named_provider_logs_in_through_its_own_section(
    provider: TestProvider, serve: Callable[..., LiveServer], write_app: Callable[[str, str], Path]
) -> None:
    script = write_app(
        "named.py",
        APP.replace("st.login()", 'st.login("corp")').replace(
            'st.write(f"Hello {st.user.name}")',
            'st.write(f"Hello {st.user.name} via {st.user.provider}")',
        ),
    )
    (script.parent / ".streamlit").mkdir()
    (script.parent / ".streamlit" / "secrets.toml").write_text(
        "[auth]\n"
        'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        'cookie_secret = "a-long-random-cookie-secret-for-tests"\n'
        "[auth.corp]\n"
        f'client_id = "{CLIENT_ID}"\nclient_secret = "{CLIENT_SECRET}"\n'
        f'server_metadata_url = "{provider.metadata_url}"\n'
        'client_kwargs = { prompt = "login" }\n'
    )
    server = serve(script)
    with httpx.Client() as browser:
        done = _log_in(server, browser)
        assert done.status_code == 302
        page = _page(server, browser)
        try:
            assert "Hello Ada Lovelace via corp" in page.settled_run().texts()
        finally:
            page.close()
    assert provider.authorize_requests[0]["prompt"] == "login"
