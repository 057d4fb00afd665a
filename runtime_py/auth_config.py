"""The `[auth]` section of secrets.toml, read as Streamlit 1.67 reads it, and the login link's
provider token.

Shared by the runtime (st.login checks the section and builds the link the page follows) and the
server's login routes (server/auth_routes.py), so both agree on the section's meaning, the
routes' paths and the cookies' names. Standard library only: the runtime also runs under Pyodide.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from stbundle.runtime_py.errors import StreamlitAuthError

#: The routes `bundle serve` answers, relative to the app's root (Streamlit's paths).
LOGIN_PATH = "auth/login"
LOGOUT_PATH = "auth/logout"
CALLBACK_PATH = "oauth2callback"
#: The signed identity cookie (the user's claims) and the provider's tokens (Streamlit's names).
USER_COOKIE = "_streamlit_user"
TOKENS_COOKIE = "_streamlit_user_tokens"
COOKIE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60
#: How long a login link stays valid: it is followed at once by the page that got it.
PROVIDER_TOKEN_SECONDS = 120

_NOT_CONFIGURED = """To use authentication features you need to configure credentials for at
            least one authentication provider in `.streamlit/secrets.toml`."""
_PROVIDER_KEYS = ("client_id", "client_secret", "server_metadata_url")


def plain(value: Any) -> Any:
    """Secrets' AttrDicts (and nested ones) as plain dicts and lists."""
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def _section_or_default(auth: Mapping[str, Any], provider: str) -> Any:
    """`[auth.<provider>]`, or for "default" the provider keys written in `[auth]` itself."""
    section = auth.get(provider)
    if section is None and provider == "default":
        section = {k: auth[k] for k in (*_PROVIDER_KEYS, "client_kwargs") if auth.get(k)}
    return section


def validate(auth: Mapping[str, Any] | None, provider: str) -> None:
    """Raise Streamlit's StreamlitAuthError (its messages, in its order) for a section that
    cannot log in with `provider`."""
    if auth is None:
        raise StreamlitAuthError(_NOT_CONFIGURED)
    for key in ("redirect_uri", "cookie_secret"):
        if key not in auth:
            raise StreamlitAuthError(
                f"""Authentication credentials in `.streamlit/secrets.toml` are missing the
            "{key}" key. Please check your configuration."""
            )
    if "_" in provider:
        raise StreamlitAuthError(
            f'Auth provider name "{provider}" contains an underscore. '
            "Please use a provider name without underscores."
        )
    section = _section_or_default(auth, provider)
    if section is None:
        raise StreamlitAuthError(
            "Authentication credentials in `.streamlit/secrets.toml` are missing for the "
            f'authentication provider "{provider}". Please check your configuration.'
        )
    if not isinstance(section, Mapping):
        raise StreamlitAuthError(
            "Authentication credentials in `.streamlit/secrets.toml` for the authentication "
            f'provider "{provider}" must be valid TOML. Please check your configuration.'
        )
    missing = [key for key in _PROVIDER_KEYS if key not in section]
    if missing:
        who = (
            "default authentication provider"
            if provider == "default"
            else f'authentication provider "{provider}"'
        )
        raise StreamlitAuthError(
            f"Authentication credentials in `.streamlit/secrets.toml` for the {who} are missing "
            f"the following keys: {missing}. Please check your configuration."
        )


def provider_settings(auth: Mapping[str, Any], provider: str) -> dict[str, Any]:
    """One provider's client settings, with Streamlit's defaults for the request: scope
    "openid email profile" and prompt "select_account" unless client_kwargs says otherwise."""
    section = plain(_section_or_default(auth, provider) or {})
    kwargs = dict(section.get("client_kwargs") or {})
    kwargs.setdefault("scope", "openid email profile")
    kwargs.setdefault("prompt", "select_account")
    section["client_kwargs"] = kwargs
    return dict(section)


def redirect_uri(auth: Mapping[str, Any], port: int | None) -> str | None:
    """The configured redirect_uri, its `{port}` filled in with the server's port."""
    uri = auth.get("redirect_uri")
    if not isinstance(uri, str):
        return None
    if "{port}" in uri and port is not None:
        uri = uri.replace("{port}", str(port))
    return uri


def origin_of(url: str) -> str | None:
    """scheme://host[:port] of a URL (None when it has neither)."""
    parsed = urlparse(url)
    if not parsed.scheme or not parsed.netloc:
        return None
    return f"{parsed.scheme}://{parsed.netloc}"


def exposed_tokens(auth: Mapping[str, Any] | None) -> list[str]:
    """`expose_tokens` ("id", "access" or a list of them): which tokens st.user.tokens shows."""
    value = (auth or {}).get("expose_tokens")
    if isinstance(value, str):
        names = [value]
    elif isinstance(value, list):
        names = [str(v) for v in value]
    else:
        return []
    if set(names) - {"id", "access"}:
        raise StreamlitAuthError(
            "Invalid expose_tokens configuration. Only 'id' and 'access' are allowed."
        )
    return names


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(secret: str, signing_input: str) -> bytes:
    return hmac.new(secret.encode(), signing_input.encode("ascii"), hashlib.sha256).digest()


def provider_token(secret: str, provider: str, *, now: float | None = None) -> str:
    """A short-lived HS256 JWT naming the provider, signed with cookie_secret: the login route
    trusts only providers a script asked for."""
    expires = int((time.time() if now is None else now) + PROVIDER_TOKEN_SECONDS)
    head = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    body = _b64(json.dumps({"provider": provider, "exp": expires}).encode())
    return f"{head}.{body}.{_b64(_mac(secret, f'{head}.{body}'))}"


def read_provider_token(secret: str, token: str, *, now: float | None = None) -> str | None:
    """The provider a token names, or None when it is forged, malformed or expired."""
    try:
        head, body, signature = token.split(".")
        if not hmac.compare_digest(_unb64(signature), _mac(secret, f"{head}.{body}")):
            return None
        if json.loads(_unb64(head)).get("alg") != "HS256":
            return None
        claims = json.loads(_unb64(body))
    except (ValueError, TypeError, AttributeError):
        return None
    provider, expires = claims.get("provider"), claims.get("exp")
    if not isinstance(provider, str) or not provider or "_" in provider:
        return None
    if not isinstance(expires, int) or expires <= (time.time() if now is None else now):
        return None
    return provider


def auth_section_for(
    app_dir: Path, extra: Mapping[str, Any] | None = None
) -> dict[str, Any] | None:
    """The `[auth]` section the app's sessions see (its secrets files, then st.App's secrets),
    read afresh: the server's routes follow edits to secrets.toml as new sessions do."""
    from stbundle.runtime_py.secrets import load_secrets, secrets_paths

    try:
        merged: dict[str, Any] = plain(load_secrets(secrets_paths(app_dir)))
    except Exception:  # no secrets file, or one that does not parse: no [auth] to use
        merged = {}
    merged.update(plain(extra or {}))
    auth = merged.get("auth")
    return auth if isinstance(auth, dict) else None
