"""Which web pages may open the app's WebSocket.

Browsers send an Origin header with every WebSocket handshake but do not apply the same-origin
policy to it, so without this check any site a user visits could drive their sessions
(cross-site WebSocket hijacking). The server's own origin is always allowed, as are the
configured ones; clients that send no Origin at all are not browsers and are allowed. A header
that does not parse is refused like a foreign one (403), never an error.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit


def normalise_origin(origin: str) -> str:
    """`HTTP://Example.com:80/` -> `http://example.com` (default ports dropped)."""
    parts = urlsplit(origin.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    if port is None or (scheme, port) in {("http", 80), ("https", 443), ("ws", 80), ("wss", 443)}:
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


class OriginPolicy:
    """Decides whether a handshake's Origin may connect."""

    def __init__(self, allowed: Iterable[str] = ()) -> None:
        listed = [o.strip() for o in allowed if o.strip()]
        self.allow_any = "*" in listed
        self.allowed = frozenset(normalise_origin(o) for o in listed if o != "*")

    def permits(self, origin: str | None, *, host: str | None) -> bool:
        """`host` is the handshake's Host header: a page served by this server matches it."""
        if origin is None or self.allow_any:
            return True
        if origin == "null":  # sandboxed iframes, file:// pages
            return False
        try:
            wanted = normalise_origin(origin)
            if wanted in self.allowed:
                return True
            if not host:
                return False
            scheme = wanted.split("://", 1)[0]
            # Same host and port as the server (the scheme may differ behind a TLS proxy).
            return _netloc(wanted) == _netloc(normalise_origin(f"{scheme}://{host}"))
        except ValueError:  # a port that is not a number, an unclosed [IPv6 literal, ...
            return False


def _netloc(normalised: str) -> str:
    return normalised.split("://", 1)[-1]
