"""The pieces of serve mode's login on their own: the login link's provider token, the identity
cookie's signing and chunking, and the [auth] section's reading."""

from __future__ import annotations

import json
import secrets

import pytest
from starlette.requests import Request
from starlette.responses import Response
from stbundle.runtime_py import auth_config
from stbundle.runtime_py.errors import StreamlitAuthError
from stbundle.server import identity_cookie

SECRET = "a-long-random-cookie-secret-for-tests"


def test_a_provider_token_names_its_provider_until_it_expires() -> None:
    token = auth_config.provider_token(SECRET, "google", now=1000.0)
    assert auth_config.read_provider_token(SECRET, token, now=1000.0) == "google"
    assert auth_config.read_provider_token(SECRET, token, now=1000.0 + 121) is None
    assert auth_config.read_provider_token("other-secret", token, now=1000.0) is None
    head, body, sig = token.split(".")
    assert auth_config.read_provider_token(SECRET, f"{head}.{body}x.{sig}", now=1000.0) is None
    assert auth_config.read_provider_token(SECRET, "not a token", now=1000.0) is None


def _request(cookies: dict[str, str]) -> Request:
    header = "; ".join(f"{k}={v}" for k, v in cookies.items()).encode()
    return Request({"type": "http", "headers": [(b"cookie", header)], "root_path": ""})


def _set_cookies(response: Response) -> dict[str, str]:
    out = {}
    for key, value in response.raw_headers:
        if key == b"set-cookie":
            name, _, rest = value.decode().partition("=")
            out[name] = rest.split(";")[0]
    return out


def test_a_big_identity_cookie_is_split_and_read_back_whole() -> None:
    value = {"is_logged_in": True, "groups": [secrets.token_hex(25) for _ in range(200)]}
    response = Response()
    identity_cookie.write(response, _request({}), SECRET, "_streamlit_user", value)
    cookies = _set_cookies(response)
    assert len(cookies) > 2 and all(len(v) < 4000 for v in cookies.values())
    assert identity_cookie.unsign(SECRET, "_streamlit_user", cookies["_streamlit_user"]) == (
        f"chunks-{len(cookies) - 1}"
    )
    raw = identity_cookie.read(cookies, SECRET, "_streamlit_user")
    assert raw is not None and json.loads(raw) == value
    del cookies["_streamlit_user_2"]  # a lost chunk: no login rather than half a user
    assert identity_cookie.read(cookies, SECRET, "_streamlit_user") is None

    cleared = Response()
    identity_cookie.clear(cleared, _request({**cookies, "_streamlit_user_tokens_x": "1"}))
    gone = _set_cookies(cleared)
    assert "_streamlit_user_1" in gone and "_streamlit_user_tokens_x" not in gone


def test_expose_tokens_and_provider_settings_read_as_streamlit() -> None:
    assert auth_config.exposed_tokens({"expose_tokens": "id"}) == ["id"]
    assert auth_config.exposed_tokens({"expose_tokens": ["id", "access"]}) == ["id", "access"]
    assert auth_config.exposed_tokens({}) == []
    with pytest.raises(StreamlitAuthError, match="Only 'id' and 'access' are allowed"):
        auth_config.exposed_tokens({"expose_tokens": "refresh"})
    auth = {"client_id": "c", "client_kwargs": {"prompt": "login"}, "okta": {"client_id": "o"}}
    default = auth_config.provider_settings(auth, "default")
    assert default["client_kwargs"] == {"prompt": "login", "scope": "openid email profile"}
    assert auth_config.provider_settings(auth, "okta")["client_kwargs"]["prompt"] == (
        "select_account"
    )
    assert auth_config.redirect_uri({"redirect_uri": "http://h:{port}/oauth2callback"}, 81) == (
        "http://h:81/oauth2callback"
    )
