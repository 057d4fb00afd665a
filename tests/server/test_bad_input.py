"""Bad frames close only their own connection, with a close code and reason, and a log line."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from stbundle.proto import stbundle_pb2 as pb
from websockets.exceptions import InvalidStatus

from tests.server.client import PageClient
from tests.server.conftest import EXAMPLES
from tests.server.live import LiveServer

COUNTER = EXAMPLES / "counter.py"


def _trigger(widget_id: str) -> bytes:
    msg = pb.BackMsg()
    state = msg.rerun.widget_states.widgets.add()
    state.id = widget_id
    state.trigger_value = True
    return msg.SerializeToString()


def _bool_for(widget_id: str) -> bytes:
    msg = pb.BackMsg()
    state = msg.rerun.widget_states.widgets.add()
    state.id = widget_id
    state.bool_value = True
    return msg.SerializeToString()


CASES: dict[str, tuple[Callable[[PageClient], bytes | str], int, str]] = {
    "garbage": (lambda p: b"\xff\xff\xff\xff", 1007, "malformed or truncated BackMsg"),
    "truncated": (lambda p: _trigger(p.widgets["Increment"])[:-5], 1007, "malformed or truncated"),
    "oversized": (lambda p: b"\x00" * ((1 << 20) + 1), 1009, "exceeds the 1048576-byte limit"),
    "text frame": (lambda p: "hello", 1003, "text frames are not accepted"),
    "empty message": (lambda p: b"", 1008, "neither rerun nor stop"),
    "unknown widget": (lambda p: _trigger("$$ID-made-up"), 1008, "unknown widget id"),
    "wrong value type": (lambda p: _bool_for(p.widgets["Increment"]), 1008, "wrong value type"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_frame_closes_only_its_connection(
    case: str,
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    caplog: pytest.LogCaptureFixture,
) -> None:
    make_frame, code, reason = CASES[case]
    server = serve(COUNTER)
    bystander, offender = pages(server.ws_url), pages(server.ws_url)
    bystander.run()
    offender.run()
    with caplog.at_level(logging.WARNING, logger="stbundle.server"):
        offender.ws.send(make_frame(offender))
        got_code, got_reason = offender.closed_with()
    assert got_code == code
    assert reason in got_reason
    assert any(reason in r.getMessage() for r in caplog.records), caplog.text

    bystander.click("Increment")
    texts = bystander.run().texts()
    assert "Count =  `1`" in texts


def test_stale_widget_values_are_ignored_not_fatal(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
) -> None:
    """A value for a widget the latest run removed (the page had not seen that run yet)."""
    app = write_app(
        "stale.py",
        """
        import streamlit as st
        if not st.button("Hide"):
            st.checkbox("Extra")
        st.write("done")
    """,
    )
    server = serve(app)
    page = pages(server.ws_url)
    page.run()
    page.click("Hide")
    run = page.run()
    assert [el.WhichOneof("type") for el in run.elements()] == ["button", "markdown"]
    page.rerun(Extra=True)  # the checkbox is gone on the server by now
    assert page.run().texts() == ["done"]


def test_foreign_origin_is_refused(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = serve(COUNTER)
    with (
        caplog.at_level(logging.WARNING, logger="stbundle.server"),
        pytest.raises(InvalidStatus) as refused,
    ):
        pages(server.ws_url, origin="http://evil.example")
    assert refused.value.response.status_code == 403
    assert "evil.example" in caplog.text
    same_origin = pages(server.ws_url, origin=f"http://127.0.0.1:{server.port}")
    assert same_origin.run().status is not None


def test_allow_listed_origin_may_connect(
    serve: Callable[..., LiveServer], pages: Callable[..., PageClient]
) -> None:
    server = serve(COUNTER, allowed_origins=("https://apps.example.com",))
    page = pages(server.ws_url, origin="https://apps.example.com")
    assert page.run().status is not None
    with pytest.raises(InvalidStatus):
        pages(server.ws_url, origin="https://other.example.com")
