"""st.context: read-only facts about the session's browser and connection.

Two sources, as in Streamlit: the connection (request headers, cookies, the peer's address),
which the server learns from the WebSocket handshake, and what the page says about itself
(URL, locale, timezone, theme, embedding), which the renderer sends when it connects and with
every rerun request (proto ClientContext). A static build has no server and no handshake: the
page still knows its URL, locale, timezone and theme, while headers and cookies read as empty
and ip_address as None, as Streamlit reads them without a client connection.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from google.protobuf import json_format
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import get_run_context

#: The keys `st.context[...]` takes (its public properties).
CONTEXT_KEYS = frozenset(
    {
        "headers",
        "cookies",
        "theme",
        "timezone",
        "timezone_offset",
        "locale",
        "url",
        "ip_address",
        "is_embedded",
    }
)
_LOCAL_ADDRESSES = frozenset({"::1", "127.0.0.1"})
#: The longest ClientContext JSON a page may send (a URL plus a few short strings).
MAX_CONTEXT_JSON = 8192


@dataclass
class ClientFacts:
    """What one session knows about its browser: set by the server (or the static page's
    bridge) at connect, the browser part refreshed by every rerun request that carries it."""

    headers: list[tuple[str, str]] = field(default_factory=list)
    cookies: dict[str, str] = field(default_factory=dict)
    remote_ip: str | None = None
    browser: pb.ClientContext | None = None


def client_context_from_json(text: str | None) -> pb.ClientContext | None:
    """The page's ClientContext sent as JSON (camelCase field names); None when absent or
    malformed: a page that says nothing readable about itself reads as one that said nothing."""
    if not text or len(text) > MAX_CONTEXT_JSON:
        return None
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            return None
        return json_format.ParseDict(data, pb.ClientContext(), ignore_unknown_fields=True)
    except (ValueError, json_format.ParseError, RecursionError):
        return None


def _normalize_header(name: str) -> str:
    return "-".join(part.capitalize() for part in name.split("-"))


class StreamlitHeaders(Mapping[str, str]):
    """Request headers, case-insensitive; `get_all` lists every value of a repeated header."""

    def __init__(self, headers: Iterable[tuple[str, str]]) -> None:
        grouped: dict[str, list[str]] = {}
        for name, value in headers:
            grouped.setdefault(_normalize_header(name), []).append(value)
        self._headers = grouped

    def get_all(self, key: str) -> list[str]:
        return list(self._headers.get(_normalize_header(key), []))

    def __getitem__(self, key: str) -> str:
        try:
            return self._headers[_normalize_header(key)][0]
        except LookupError:
            raise KeyError(key) from None

    def __len__(self) -> int:
        return len(self._headers)

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def to_dict(self) -> dict[str, str]:
        return {key: self[key] for key in self}


class StreamlitCookies(Mapping[str, str]):
    """The cookies of the page's first request, read-only."""

    def __init__(self, cookies: Mapping[str, str]) -> None:
        self._cookies = MappingProxyType(dict(cookies))

    def __getitem__(self, key: str) -> str:
        return self._cookies[key]

    def __len__(self) -> int:
        return len(self._cookies)

    def __iter__(self) -> Iterator[str]:
        return iter(self._cookies)

    def to_dict(self) -> dict[str, str]:
        return dict(self._cookies)


class StreamlitTheme(dict[str, Any]):
    """{"type": "light" | "dark" | None}, readable as attributes (`st.context.theme.type`)."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def _facts() -> ClientFacts | None:
    ctx = get_run_context()
    if ctx is None:
        return None
    facts: ClientFacts | None = getattr(ctx.session, "client", None)
    return facts


def _browser_field(name: str) -> Any:
    facts = _facts()
    info = None if facts is None else facts.browser
    if info is None or not info.HasField(name):
        return None
    return getattr(info, name)


class ContextProxy:
    """`st.context`: every property reads the current session's facts when it is read."""

    @property
    def headers(self) -> StreamlitHeaders:
        facts = _facts()
        return StreamlitHeaders([] if facts is None else facts.headers)

    @property
    def cookies(self) -> StreamlitCookies:
        facts = _facts()
        return StreamlitCookies({} if facts is None else facts.cookies)

    @property
    def theme(self) -> StreamlitTheme:
        return StreamlitTheme({"type": _browser_field("color_scheme")})

    @property
    def timezone(self) -> str | None:
        value: str | None = _browser_field("timezone")
        return value

    @property
    def timezone_offset(self) -> int | None:
        value: int | None = _browser_field("timezone_offset")
        return value

    @property
    def locale(self) -> str | None:
        value: str | None = _browser_field("locale")
        return value

    @property
    def url(self) -> str | None:
        """The page's URL without query string, fragment or trailing slash (Streamlit's form)."""
        value: str | None = _browser_field("url")
        return None if value is None else value.removesuffix("/")

    @property
    def ip_address(self) -> str | None:
        facts = _facts()
        ip = None if facts is None else facts.remote_ip
        return None if ip in _LOCAL_ADDRESSES else ip

    @property
    def is_embedded(self) -> bool | None:
        value: bool | None = _browser_field("is_embedded")
        return value

    def __getitem__(self, key: str) -> Any:
        if key not in CONTEXT_KEYS:
            raise KeyError(
                f'st.context has no key "{key}". Valid keys are: {", ".join(sorted(CONTEXT_KEYS))}.'
            )
        return getattr(self, key)

    def __contains__(self, key: object) -> bool:
        return key in CONTEXT_KEYS
