"""Sessions over the WebSocket: one per tab, isolated, kept across reconnects, then freed."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import httpx

from tests.server.client import PageClient, Status
from tests.server.conftest import EXAMPLES
from tests.server.live import LiveServer

COUNTER = EXAMPLES / "counter.py"


def count(page: PageClient) -> str:
    texts = [t for t in page.run().texts() if t.startswith("Count =")]
    assert len(texts) == 1, texts
    return texts[0]


def test_first_message_is_new_session_then_a_run(
    serve: Callable[..., LiveServer], pages: Callable[..., PageClient]
) -> None:
    server = serve(COUNTER)
    page = pages(server.ws_url)
    first = page.recv()
    assert first.WhichOneof("type") == "new_session"
    assert len(first.new_session.session_id) >= 32  # an unguessable capability
    run = page.run()
    assert run.status == Status.FINISHED_SUCCESSFULLY
    assert run.texts() == ["Counter Example", "Count =  `0`"]


def test_tabs_are_isolated(
    serve: Callable[..., LiveServer], pages: Callable[..., PageClient]
) -> None:
    server = serve(COUNTER)
    a, b = pages(server.ws_url), pages(server.ws_url)
    a.run()
    b.run()
    assert a.session_id != b.session_id
    a.click("Increment")
    assert count(a) == "Count =  `1`"
    a.click("Increment")
    assert count(a) == "Count =  `2`"
    b.click("Decrement")
    assert count(b) == "Count =  `-1`"
    health = httpx.get(server.url + "healthz").json()
    assert health["sessions"] == 2 and health["connected"] == 2


def test_reconnect_within_grace_keeps_the_session(
    serve: Callable[..., LiveServer], pages: Callable[..., PageClient]
) -> None:
    server = serve(COUNTER, reconnect_grace_seconds=30)
    page = pages(server.ws_url)
    page.run()
    page.click("Increment")
    assert count(page) == "Count =  `1`"
    session_id = page.session_id
    page.close()

    again = pages(server.ws_url, session=session_id)
    greeting = again.recv()
    assert greeting.new_session.session_id == session_id
    assert count(again) == "Count =  `1`"  # the reconnect shows a fresh run of the same state
    again.widgets = page.widgets
    again.click("Increment")
    assert count(again) == "Count =  `2`"


def test_a_newer_connection_takes_over_the_session(
    serve: Callable[..., LiveServer], pages: Callable[..., PageClient]
) -> None:
    server = serve(COUNTER)
    old = pages(server.ws_url)
    old.run()
    new = pages(server.ws_url, session=old.session_id)
    assert new.recv().new_session.session_id == old.session_id
    code, reason = old.closed_with()
    assert code == 4001 and "newer connection" in reason


def test_closed_tab_is_freed_after_the_grace_period(
    serve: Callable[..., LiveServer], pages: Callable[..., PageClient]
) -> None:
    server = serve(COUNTER, reconnect_grace_seconds=0.3)
    page = pages(server.ws_url)
    page.run()
    page.click("Increment")
    page.run()
    old_id = page.session_id
    page.close()
    deadline = time.monotonic() + 5
    while httpx.get(server.url + "healthz").json()["sessions"] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert httpx.get(server.url + "healthz").json()["sessions"] == 0

    late = pages(server.ws_url, session=old_id)
    assert late.recv().new_session.session_id != old_id  # a fresh session, fresh state
    assert count(late) == "Count =  `0`"


def test_page_query_string_reaches_the_session(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
) -> None:
    app = write_app(
        "query.py",
        """
        import streamlit as st
        st.write("name=" + st.query_params.get("name", "none"))
    """,
    )
    server = serve(app)
    page = pages(server.ws_url, query="name=ada&x=1")
    assert page.run().texts() == ["name=ada"]
