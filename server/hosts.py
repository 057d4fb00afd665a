"""Which Host headers the server answers: the defence against DNS rebinding.

A page on evil.example can make its own name resolve to 127.0.0.1 and then talk to a server on
the user's machine as "same origin" (its Origin and Host both say evil.example). Refusing Host
names the server does not go by stops that. By default a connection that arrives on a loopback
address must name a loopback host (localhost, *.localhost, 127.x.x.x, ::1); `--allowed-host`
lists the names otherwise. A Host header that does not even parse is refused the same way: 403,
one log line, no traceback.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Iterable, Sequence
from typing import Any

from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send

_LOG = logging.getLogger(__name__)

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


def parse_host(header: str) -> str | None:
    """`Example.com:8501` -> `example.com`, `[::1]:80` -> `::1`; None when malformed."""
    header = header.strip().lower()
    if header.startswith("["):
        end = header.find("]")
        if end < 0:
            return None
        name, rest = header[1:end], header[end + 1 :]
        try:
            ipaddress.IPv6Address(name)
        except ValueError:
            return None
    else:
        name, sep, port = header.partition(":")
        rest = sep + port
        if not name or any(c in name for c in "/@\\ ?#[]"):
            return None
    if rest:
        port = rest[1:]
        if not rest.startswith(":") or not port.isdigit() or not 0 < int(port) < 65536:
            return None
    return name.rstrip(".")


def is_loopback(host: str) -> bool:
    """Names and addresses that mean this machine."""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def default_allowed_hosts(bind_host: str) -> tuple[str, ...] | None:
    """What `bundle serve --host BIND` answers to when no --allowed-host is given: the bound
    host, plus the localhost names when that is a loopback address. None (decide per
    connection, see HostPolicy) when bound to every interface."""
    if bind_host in {"", "0.0.0.0", "::"}:
        return None
    if is_loopback(bind_host.strip("[]").lower()):
        return (bind_host, *LOOPBACK_NAMES)
    return (bind_host,)


class HostPolicy:
    """`allowed`: host names (no ports) to answer, "*" for any; None: a connection that
    arrives on a loopback address must name a loopback host, any other may name any host."""

    def __init__(self, allowed: Iterable[str] | None) -> None:
        listed = None if allowed is None else [h.strip() for h in allowed if h.strip()]
        self.allow_any = listed is not None and "*" in listed
        self.allowed = (
            None
            if listed is None
            else frozenset(h.strip("[]").lower().rstrip(".") for h in listed if h != "*")
        )

    def permits(self, header: str | None, *, local_address: str | None) -> bool:
        """`local_address`: the server-side address the connection arrived on."""
        if header is None:
            return self.allow_any or (self.allowed is None and not _on_loopback(local_address))
        host = parse_host(header)
        if host is None:
            return False
        if self.allow_any:
            return True
        if self.allowed is not None:
            return host in self.allowed
        return is_loopback(host) or not _on_loopback(local_address)


def _on_loopback(address: str | None) -> bool:
    if address is None:
        return False
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


class HostCheck:
    """ASGI middleware refusing requests and WebSocket handshakes whose Host is not allowed."""

    def __init__(self, app: ASGIApp, *, allowed: Sequence[str] | None) -> None:
        self.app = app
        self.policy = HostPolicy(allowed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in {"http", "websocket"}:
            await self.app(scope, receive, send)
            return
        header = _header(scope, b"host")
        server = scope.get("server")
        local = server[0] if server else None
        if self.policy.permits(header, local_address=local):
            await self.app(scope, receive, send)
            return
        _LOG.warning(
            "refused %s for Host %r: not an allowed host (see --allowed-host)",
            "WebSocket" if scope["type"] == "websocket" else "request",
            header,
        )
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008, "reason": ""})
            return
        response = PlainTextResponse("host not allowed", status_code=403)
        await response(scope, receive, send)


def _header(scope: Scope, name: bytes) -> str | None:
    headers: Any = scope.get("headers") or []
    for key, value in headers:
        if key.lower() == name:
            return str(value.decode("latin-1"))
    return None
