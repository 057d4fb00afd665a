"""st.user, st.login and st.logout, as Streamlit 1.67 behaves when authentication is not set up.

stbundle has no OIDC flow yet (see the specs' reason in docs/api-coverage.md for what it would
need), so a session's user is what its host says: empty in `bundle serve` and static builds,
`AppTest.user` in tests. With an `[auth]` section in secrets.toml Streamlit adds
`is_logged_in=False` until a login happened; so does this. `st.login()` raises Streamlit's
"configure credentials" error without that section, and says that OIDC login is not supported
with it; `st.logout()` forgets the session's user.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, NoReturn

from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.errors import StreamlitAPIException, StreamlitAuthError

_NOT_CONFIGURED = """To use authentication features you need to configure credentials for at
            least one authentication provider in `.streamlit/secrets.toml`."""
_NO_OIDC = (
    "st.login is not supported by stbundle yet: logging in with an OpenID Connect provider "
    "needs a server route for the provider's redirect and a signed identity cookie, which "
    "`bundle serve` does not have yet (and a static build cannot keep a client secret)."
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


def login(provider: str | None = None) -> None:
    """Start a login with the identity provider (`provider` names a section of [auth])."""
    if get_run_context() is None:
        return
    if _auth_section() is None:
        raise StreamlitAuthError(_NOT_CONFIGURED)
    raise StreamlitAuthError(_NO_OIDC)


def logout() -> None:
    """Forget the session's user (a session that had `is_logged_in` keeps it, as False)."""
    ctx = get_run_context()
    if ctx is None:
        return
    info: dict[str, Any] = getattr(ctx.session, "user_info", {})
    had_flag = "is_logged_in" in info
    info.clear()
    if had_flag:
        info["is_logged_in"] = False
