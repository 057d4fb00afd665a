"""A page that stops reading is cut off, bounded in bytes and in time, and leaves nothing held.

The attack from issue 8: an app emitting ~200 kB per run and a client asking for a rerun every
2 ms without ever reading its socket. Before, the server's memory grew by hundreds of MiB and the
connection was never closed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from stbundle.proto import stbundle_pb2 as pb

from tests.server.client import PageClient
from tests.server.live import LiveServer
from tests.server.slow_client import NonReadingClient

HEAVY_APP = """
import streamlit as st
for i in range(4):
    st.text(str(i) * 50_000)
"""

RERUN = pb.BackMsg(rerun=pb.RerunRequest()).SerializeToString()


def _attack(
    server: LiveServer, caplog: pytest.LogCaptureFixture, seconds: float, bound: int
) -> float:
    """Flood reruns without reading until the server logs the cut-off; seconds it took. The
    connection's outbox never holds more than `bound` (plus one run's message) meanwhile."""
    client = NonReadingClient("127.0.0.1", server.port, "/ws")
    held = [0]

    def check_bound() -> None:
        for session in server.app.state.registry.sessions():
            if session.connection is not None:
                held[0] = max(held[0], session.connection.outbox.held_bytes)
        assert held[0] <= bound + 60_000

    try:
        return _attack_with(client, caplog, seconds, check_bound)
    finally:
        client.close()


def _attack_with(
    client: NonReadingClient,
    caplog: pytest.LogCaptureFixture,
    seconds: float,
    each: Callable[[], None] = lambda: None,
) -> float:
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        each()
        if "cut off" in caplog.text:
            return time.monotonic() - start
        if not client.send(RERUN):
            break
        time.sleep(0.002)
    deadline = time.monotonic() + 5
    while "cut off" not in caplog.text and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "cut off" in caplog.text, f"not cut off after {time.monotonic() - start:.1f}s"
    return time.monotonic() - start


def _assert_freed(server: LiveServer) -> None:
    registry = server.app.state.registry
    (session,) = registry.sessions()
    deadline = time.monotonic() + 5
    while session.connection is not None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert session.connection is None  # kept for a reconnect, with no backlog held for it


@pytest.mark.parametrize(
    ("limits", "reason"),
    [
        ({"max_outbox_bytes": 2 << 20, "send_timeout_seconds": 60.0}, "did not read 2.0 MiB"),
        ({"max_outbox_bytes": 1 << 30, "send_timeout_seconds": 1.0}, "took no message for 1s"),
    ],
    ids=["byte bound", "send timeout"],
)
def test_a_page_that_never_reads_is_cut_off(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
    caplog: pytest.LogCaptureFixture,
    limits: dict[str, float],
    reason: str,
) -> None:
    server = serve(write_app("heavy.py", HEAVY_APP), **limits)
    with caplog.at_level(logging.WARNING, logger="stbundle.server"):
        took = _attack(server, caplog, seconds=20, bound=int(limits["max_outbox_bytes"]))
        _assert_freed(server)
    assert took < 15
    (session,) = server.app.state.registry.sessions()
    cut = [r.getMessage() for r in caplog.records if "cut off" in r.getMessage()]
    assert cut == [f"session {session.id[:8]}: cut off: the page {reason} of messages"] or (
        cut == [f"session {session.id[:8]}: cut off: the page {reason}"]
    )
    assert "Traceback" not in caplog.text
    # The server is unharmed: a new page gets its run, and the cut-off tab may come back.
    assert pages(server.ws_url).run().status is not None
    back = pages(server.ws_url, session=session.id)
    assert back.settled_run().status is not None


def test_a_page_that_keeps_reading_is_not_cut_off(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
    caplog: pytest.LogCaptureFixture,
) -> None:
    # 8 MB pass through a 1 MiB bound, in runs that each emit most of it at once.
    app = write_app("heavy.py", HEAVY_APP + "st.text('y' * 600_000)\n")
    server = serve(app, max_outbox_bytes=1 << 20)
    page = pages(server.ws_url)
    with caplog.at_level(logging.WARNING, logger="stbundle.server"):
        for _ in range(10):
            run = page.settled_run()
            assert [len(e.text.body) for e in run.elements()] == [50_000] * 4 + [600_000]
            page.rerun()
        page.settled_run()
    assert "cut off" not in caplog.text


def test_a_page_that_reads_again_later_sees_the_close_code_and_gets_a_fresh_run(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = serve(write_app("heavy.py", HEAVY_APP), max_outbox_bytes=2 << 20)
    with caplog.at_level(logging.WARNING, logger="stbundle.server"):
        client = NonReadingClient("127.0.0.1", server.port, "/ws")
        try:
            _attack_with(client, caplog, seconds=20)
            payloads, code, reason = client.read_until_close()
        finally:
            client.close()
    assert (code, reason) == (1013, "the page did not keep up with the server's messages")
    first = pb.ForwardMsgBatch.FromString(payloads[0]).msgs[0]
    session_id = first.new_session.session_id
    assert session_id
    # The tab comes back with its session id: greeted again and shown a fresh full run.
    back = pages(server.ws_url, session=session_id)
    assert [len(e.text.body) for e in back.settled_run().elements()] == [50_000] * 4
