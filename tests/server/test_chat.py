"""Chat messages over the real WebSocket: two sent back to back both reach the script, in order
(a one-run value is never merged away), and a run carrying one is not cut short by the next."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from stbundle.proto import stbundle_pb2 as pb

from tests.server.client import PageClient, Run, Status
from tests.server.live import LiveServer

CHAT = """
    import time
    import streamlit as st

    st.session_state.setdefault("seen", [])
    for i in range(5):
        st.text(f"history {i}")
        time.sleep(0.02)
    if prompt := st.chat_input("Say"):
        st.session_state.seen.append(prompt)
    st.text("seen: " + ",".join(st.session_state.seen))
"""


def _say(page: PageClient, text: str) -> None:
    msg = pb.BackMsg()
    state = msg.rerun.widget_states.widgets.add()
    state.id = page.widgets["Say"]
    state.string_trigger_value = text
    page.send(msg)


def _seen(run: Run) -> str:
    texts = [el.text.body for el in run.elements() if el.WhichOneof("type") == "text"]
    return next((t for t in texts if t.startswith("seen: ")), "")


def test_two_messages_sent_at_once_both_reach_the_script_in_order(
    serve: Callable[..., LiveServer],
    pages: Callable[..., PageClient],
    write_app: Callable[[str, str], Path],
) -> None:
    server = serve(write_app("chat.py", CHAT))
    page = pages(server.ws_url)
    page.run()
    _say(page, "first")
    _say(page, "second")
    _say(page, "third")
    statuses, last = [], ""
    while last != "seen: first,second,third":
        run = page.run()
        statuses.append(run.status)
        last = _seen(run)
        assert len(statuses) < 10, (statuses, last)
    assert Status.STOPPED_FOR_RERUN not in statuses
