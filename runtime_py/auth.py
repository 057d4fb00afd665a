"""st.user, st.login and st.logout.

A session's user is what its host says: in `bundle serve` the signed identity cookie read when
the page's WebSocket connects (server/auth_routes.py writes it after an OpenID Connect login),
`AppTest.user` in tests, nothing in static builds. With an `[auth]` section in secrets.toml
Streamlit adds `is_logged_in=False` until a login happened; so does this. `st.login()` checks the
section as Streamlit does and asks the page to follow the server's login route; `st.logout()`
forgets the session's user and sends the page through the logout route, which clears the cookie.
A static site has no server to keep a client secret or take the provider's redirect, so there
`st.login()` says so.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator, Mapping
from typing import Any, NoReturn

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitAuthError,
    StreamlitMissingAuthlibError,
)

_STATIC = (
    "st.login is not supported in a static build: logging in with an OpenID Connect provider "
    "needs a server route for the provider's redirect and a place for the client secret, "
    "which a static site does not have. Run the app with `bundle serve` to log users in."
)


def _auth_section() -> Any:
    ctx = get_run_context()
    if ctx is None:
        return None
    try:
        return ctx.session.secrets().get("auth")
    except Exception:  # an unreadable secrets.toml: no auth section to speak of
        return None


def _user_info() -> dict[str, Any]:
    ctx = get_run_context()
    if ctx is None:
        return {}
    info = dict(getattr(ctx.session, "user_info", {}))
    if "is_logged_in" not in info and _auth_section() is not None:
        info["is_logged_in"] = False
    return info


def _read_only() -> NoReturn:
    raise StreamlitAPIException("st.user cannot be modified")


class TokensProxy(Mapping[str, str]):
    """`st.user.tokens`: the identity provider's tokens the app exposes (none without OIDC)."""

    _tokens: dict[str, str]

    def __init__(self, tokens: Mapping[str, str]) -> None:
        object.__setattr__(self, "_tokens", dict(tokens))

    def __getitem__(self, key: str) -> str:
        value: str = self._tokens[key]
        return value

    def __getattr__(self, key: str) -> str:
        try:
            value: str = self._tokens[key]
        except KeyError:
            raise AttributeError(f'Token "{key}" is not exposed or does not exist.') from None
        return value

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("Tokens are read-only and cannot be modified.")

    def __setitem__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("Tokens are read-only and cannot be modified.")

    def __iter__(self) -> Iterator[str]:
        return iter(self._tokens)

    def __len__(self) -> int:
        return len(self._tokens)

    def to_dict(self) -> dict[str, str]:
        return dict(self._tokens)


class UserInfoProxy(Mapping[str, Any]):
    """`st.user`: the session's user information, read-only."""

    def __getitem__(self, key: str) -> Any:
        if key == "tokens":
            return self.tokens
        try:
            return _user_info()[key]
        except KeyError:
            raise KeyError(f'st.user has no key "{key}".') from None

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return _user_info()[key]
        except KeyError:
            raise AttributeError(f'st.user has no attribute "{key}".') from None

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        _read_only()

    def __setitem__(self, name: str, value: Any) -> NoReturn:
        _read_only()

    def __iter__(self) -> Iterator[str]:
        return iter(_user_info())

    def __len__(self) -> int:
        return len(_user_info())

    def to_dict(self) -> dict[str, Any]:
        return _user_info()

    @property
    def tokens(self) -> TokensProxy:
        return TokensProxy(_user_info().get("tokens", {}))


def _in_static_build() -> bool:
    return sys.platform == "emscripten"


def _send_page_to(url: str) -> None:
    """Ask the page to navigate to one of the server's auth routes (relative to the app)."""
    ctx = get_run_context()
    if ctx is None:
        return
    msg = pb.ForwardMsg()
    msg.auth_redirect = url
    ctx.emit(msg)


def login(provider: str | None = None) -> None:
    """Start a login with the identity provider (`provider` names a section of [auth])."""
    provider = "default" if provider is None else provider
    if get_run_context() is None:
        return
    if _in_static_build():  # secrets never ship with a static site
        raise StreamlitAuthError(_STATIC)
    auth = _auth_section()
    if importlib.util.find_spec("authlib") is None:  # the server's login route needs it
        raise StreamlitMissingAuthlibError(
            "Authentication requires Authlib>=1.3.2. Install it via `pip install stbundle[auth]`."
        )
    # Imported here: its hashing and URL modules stay out of every session's start (and out of a
    # static site's snapshot), which only a login needs.
    from stbundle.runtime_py import auth_config

    auth_config.validate(auth, provider)
    token = auth_config.provider_token(str(auth["cookie_secret"]), provider)
    _send_page_to(f"{auth_config.LOGIN_PATH}?provider={token}")


def logout() -> None:
    """Forget the session's user (a session that had `is_logged_in` keeps it, as False) and
    send the page through the logout route, which clears the identity cookie."""
    ctx = get_run_context()
    if ctx is None:
        return
    info: dict[str, Any] = getattr(ctx.session, "user_info", {})
    had_flag = "is_logged_in" in info
    info.clear()
    if had_flag:
        info["is_logged_in"] = False
    if not _in_static_build():
        from stbundle.runtime_py.auth_config import LOGOUT_PATH

        _send_page_to(LOGOUT_PATH)
