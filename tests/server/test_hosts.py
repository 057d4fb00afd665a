"""Bad Origin and Host headers get a clean 403; Host names the server does not go by are refused
(DNS rebinding), by default on a loopback server and as listed with --allowed-host."""

from __future__ import annotations

import http.client
import logging
from collections.abc import Callable
from typing import Any

import pytest
from click.testing import CliRunner
from stbundle.server.hosts import HostPolicy, default_allowed_hosts, parse_host

from tests.server.conftest import EXAMPLES
from tests.server.live import LiveServer
from tests.server.slow_client import NonReadingClient

COUNTER = EXAMPLES / "counter.py"


@pytest.mark.parametrize(
    ("header", "host"),
    [
        ("localhost:8501", "localhost"),
        ("Example.COM", "example.com"),
        ("[::1]:80", "::1"),
        ("example.com.:443", "example.com"),
        ("127.0.0.1:abc", None),
        ("[::1", None),
        ("[nothost]:80", None),
        ("a:99999", None),
        ("a:", None),
        ("user@evil:80", None),
        ("", None),
    ],
)
def test_parse_host(header: str, host: str | None) -> None:
    assert parse_host(header) == host


def test_default_hosts_follow_the_bound_address() -> None:
    assert default_allowed_hosts("127.0.0.1") == ("127.0.0.1", "localhost", "127.0.0.1", "::1")
    assert default_allowed_hosts("app.internal") == ("app.internal",)
    assert default_allowed_hosts("0.0.0.0") is None


@pytest.mark.parametrize(
    ("allowed", "header", "local", "ok"),
    [
        (None, "localhost:8501", "127.0.0.1", True),
        (None, "app.localhost:8501", "127.0.0.1", True),
        (None, "[::1]:8501", "::1", True),
        (None, "evil.example:8501", "127.0.0.1", False),  # DNS rebinding to loopback
        (None, "mybox.lan:8501", "192.168.1.5", True),  # reached over the network
        (None, None, "127.0.0.1", False),
        (("app.example.com",), "app.example.com", "10.0.0.2", True),
        (("app.example.com",), "APP.example.com:443", "10.0.0.2", True),
        (("app.example.com",), "evil.example", "10.0.0.2", False),
        (("*",), "anything.example", "127.0.0.1", True),
        (("*",), "127.0.0.1:abc", "127.0.0.1", False),  # malformed is refused even so
    ],
)
def test_host_policy(
    allowed: tuple[str, ...] | None, header: str | None, local: str, ok: bool
) -> None:
    assert HostPolicy(allowed).permits(header, local_address=local) is ok


def _get(server: LiveServer, path: str, headers: dict[str, str]) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    conn.putrequest("GET", path, skip_host=True)
    for name, value in headers.items():
        conn.putheader(name, value)
    conn.endheaders()
    status = conn.getresponse().status
    conn.close()
    return status


def _handshake(server: LiveServer, **headers: str) -> str:
    try:
        NonReadingClient("127.0.0.1", server.port, "/ws", **headers).close()
    except ConnectionError as refused:
        return str(refused)
    return "101"


BAD_HEADERS = [
    {"host_header": "127.0.0.1:abc"},
    {"host_header": "[::1"},
    {"host_header": "evil.example:8501", "origin": "http://evil.example:8501"},
    {"origin": "http://127.0.0.1:abc"},
    {"origin": "http://[::1"},
    {"origin": "http://evil.example"},
]


def test_bad_origin_and_host_headers_get_a_403_without_a_traceback(
    serve: Callable[..., LiveServer], caplog: pytest.LogCaptureFixture
) -> None:
    server = serve(COUNTER)
    with caplog.at_level(logging.INFO):
        for headers in BAD_HEADERS:
            assert "403" in _handshake(server, **headers), headers
        for host in ("127.0.0.1:abc", "[::1", "evil.example"):
            assert _get(server, "/", {"Host": host}) == 403
            assert _get(server, "/healthz", {"Host": host}) == 403
    assert "Traceback" not in caplog.text and "Exception" not in caplog.text
    refusals = [r for r in caplog.records if r.getMessage().startswith("refused")]
    assert len(refusals) == len(BAD_HEADERS) + 6
    assert all(r.exc_info is None for r in caplog.records)
    # Good requests still work.
    assert _handshake(server, host_header=f"localhost:{server.port}") == "101"
    assert _get(server, "/", {"Host": f"127.0.0.1:{server.port}"}) == 200


def test_allowed_hosts_list_the_names_a_proxied_server_answers(
    serve: Callable[..., LiveServer],
) -> None:
    server = serve(COUNTER, allowed_hosts=("app.example.com",))
    assert _get(server, "/", {"Host": "app.example.com"}) == 200
    assert _get(server, "/", {"Host": f"127.0.0.1:{server.port}"}) == 403
    origin = "https://app.example.com"
    assert _handshake(server, host_header="app.example.com", origin=origin) == "101"


def test_serve_command_offers_allowed_host() -> None:
    from stbundle.server.command import serve_command

    result = CliRunner().invoke(serve_command, ["--help"])
    assert "--allowed-host HOST" in result.output and "--max-outbox-mib" in result.output


@pytest.mark.parametrize(
    ("args", "hosts", "outbox"),
    [
        ([], ("127.0.0.1", "localhost", "127.0.0.1", "::1"), 16 << 20),
        (["--host", "0.0.0.0"], None, 16 << 20),
        (
            ["--allowed-host", "a.example", "--allowed-host", "b.example"],
            ("a.example", "b.example"),
            16 << 20,
        ),
        (
            ["--max-outbox-mib", "4", "--send-timeout", "2.5"],
            ("127.0.0.1", "localhost", "127.0.0.1", "::1"),
            4 << 20,
        ),
    ],
)
def test_serve_command_passes_hosts_and_limits_to_the_server(
    monkeypatch: pytest.MonkeyPatch, args: list[str], hosts: tuple[str, ...] | None, outbox: int
) -> None:
    from stbundle.server import command, runner

    seen: dict[str, Any] = {}
    monkeypatch.setattr(runner, "serve", lambda app, **kw: seen.update(kw))
    monkeypatch.setattr(command, "_configure_logging", lambda level: None)
    result = CliRunner().invoke(command.serve_command, [str(COUNTER), *args])
    assert result.exit_code == 0, result.output
    settings = seen["settings"]
    assert settings.allowed_hosts == hosts and settings.max_outbox_bytes == outbox
    assert settings.send_timeout_seconds == (2.5 if "--send-timeout" in args else 15.0)
