"""The signed identity cookies a login leaves in the browser, in Streamlit 1.67's shape.

`_streamlit_user` holds the ID token's claims plus `origin`, `is_logged_in` and `provider` (JSON);
`_streamlit_user_tokens` holds the provider's `id_token` / `access_token`. Each value is signed
with `[auth] cookie_secret` (itsdangerous, the cookie's name as salt) and set HttpOnly,
SameSite=Lax, for 30 days. A value too big for one cookie is split into `<name>_1`, `<name>_2`,
... with `chunks-N` in the main cookie. The WebSocket handshake reads them back into the new
session's st.user; anything unsigned, tampered with, expired or from another origin counts as
no login.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from typing import Any

from starlette.requests import HTTPConnection
from starlette.responses import Response
from stbundle.runtime_py import auth_config
from stbundle.runtime_py.errors import StreamlitAuthError

_LOG = logging.getLogger(__name__)
_MAX_COOKIE_BYTES = 4096
_CHUNKS = re.compile(r"chunks-(\d+)")
_NAMES = (auth_config.USER_COOKIE, auth_config.TOKENS_COOKIE)


def _serializer(secret: str, name: str) -> Any:
    from itsdangerous import URLSafeTimedSerializer

    return URLSafeTimedSerializer(secret, salt=name)


def sign(secret: str, name: str, value: str) -> str:
    signed: str = _serializer(secret, name).dumps(value)
    return signed


def unsign(secret: str, name: str, signed: str | None) -> str | None:
    """The value of a signed cookie, or None when it is missing, forged or too old."""
    from itsdangerous import BadData

    if not signed:
        return None
    try:
        value = _serializer(secret, name).loads(
            signed, max_age=auth_config.COOKIE_MAX_AGE_SECONDS + 86400
        )
    except BadData:
        return None
    return value if isinstance(value, str) else None


def cookie_path(conn: HTTPConnection) -> str:
    """The app's root path: the cookies belong to this app only, wherever it is mounted."""
    root = str(conn.scope.get("root_path", "")).rstrip("/")
    return root + "/"


def _set(response: Response, conn: HTTPConnection, name: str, value: str) -> None:
    response.set_cookie(
        name,
        value,
        max_age=auth_config.COOKIE_MAX_AGE_SECONDS,
        path=cookie_path(conn),
        httponly=True,
        samesite="lax",
    )


def write(
    response: Response, conn: HTTPConnection, secret: str, name: str, value: dict[str, Any]
) -> None:
    """Set cookie `name` to the signed JSON of `value`, in chunks when it is too big for one."""
    text = json.dumps(value)
    overhead = len(name) + 120  # "name=" and the attributes set_cookie adds
    if len(sign(secret, name, text)) + overhead <= _MAX_COOKIE_BYTES:
        _set(response, conn, name, sign(secret, name, text))
        return
    # Base64 grows by 4/3; the signature and timestamp add a fixed tail.
    size = (_MAX_COOKIE_BYTES - overhead - len(sign(secret, name, "")) - 16) * 3 // 4
    chunks = [text[i : i + size] for i in range(0, len(text), size)]
    _set(response, conn, name, sign(secret, name, f"chunks-{len(chunks)}"))
    for index, chunk in enumerate(chunks, start=1):
        _set(response, conn, f"{name}_{index}", sign(secret, f"{name}_{index}", chunk))


def read(cookies: Mapping[str, str], secret: str, name: str) -> str | None:
    """The value written by `write` (its chunks joined), or None when any part is not valid."""
    head = unsign(secret, name, cookies.get(name))
    if head is None:
        return None
    match = _CHUNKS.fullmatch(head)
    if match is None:
        return head
    parts = []
    for index in range(1, int(match.group(1)) + 1):
        part = unsign(secret, f"{name}_{index}", cookies.get(f"{name}_{index}"))
        if part is None:
            return None
        parts.append(part)
    return "".join(parts)


def clear(response: Response, conn: HTTPConnection) -> None:
    """Delete both identity cookies and their chunks (found among the request's cookies)."""
    for name in _NAMES:
        response.delete_cookie(name, path=cookie_path(conn))
        for other in conn.cookies:
            if other.startswith(f"{name}_") and other[len(name) + 1 :].isdigit():
                response.delete_cookie(other, path=cookie_path(conn))


def handshake_user(conn: HTTPConnection, auth: Mapping[str, Any] | None) -> dict[str, Any]:
    """st.user for a session whose page connects with these cookies (Streamlit's rules: the
    cookie's origin must be the page's Origin; `tokens` shows only what expose_tokens names)."""
    if auth is None or not isinstance(auth.get("cookie_secret"), str):
        return {}
    secret = auth["cookie_secret"]
    try:
        raw = read(conn.cookies, secret, auth_config.USER_COOKIE)
    except ImportError:  # itsdangerous is not installed: no login can have happened
        return {}
    if raw is None:
        return {}
    try:
        payload = json.loads(raw)
    except ValueError:
        return {}
    origin = auth_config.origin_of(conn.headers.get("origin", ""))
    if not isinstance(payload, dict) or origin is None or payload.get("origin") != origin:
        if isinstance(payload, dict):
            _LOG.warning(
                "identity cookie ignored: made for %r, page at %r", payload.get("origin"), origin
            )
        return {}
    user: dict[str, Any] = {"is_logged_in": payload.pop("is_logged_in", False)}
    payload.pop("origin", None)
    user.update(payload)
    tokens_raw = read(conn.cookies, secret, auth_config.TOKENS_COOKIE)
    if tokens_raw is not None:
        try:
            exposed = auth_config.exposed_tokens(auth)
            tokens = json.loads(tokens_raw)
        except (StreamlitAuthError, ValueError) as error:
            _LOG.warning("identity tokens not exposed: %s", error)
        else:
            user["tokens"] = {
                kind: tokens[f"{kind}_token"] for kind in exposed if f"{kind}_token" in tokens
            }
    return user
