"""A newer request stops the running script at its next element — cooperatively, no threads.

This is how the runtime behaves in Pyodide (one thread) and in a server worker alike: every
emitted element checks for a pending request.
"""

from __future__ import annotations

from pathlib import Path

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.app_session import AppSession, RerunRequest

Status = pb.ScriptFinished.Status

LONG_APP = """
import streamlit as st
st.session_state.runs = st.session_state.get("runs", 0) + 1
for i in range(200):
    st.text(f"line {i}")
"""


def _button_click(widget_id: str) -> pb.WidgetStates:
    states = pb.WidgetStates()
    state = states.widgets.add()
    state.id = widget_id
    state.trigger_value = True
    return states


def test_a_newer_request_stops_the_run_at_its_next_element(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(LONG_APP)
    sent: list[pb.ForwardMsg] = []
    session: AppSession

    def send(msg: pb.ForwardMsg) -> None:
        sent.append(msg)
        if msg.delta.new_element.text.body == "line 5" and session.state["runs"] == 1:
            # The page sends a new interaction while the first run is still going.
            assert session.request_rerun(RerunRequest()) is False  # the running loop takes it

    session = AppSession(app, send)
    assert session.start()
    session.run_pending()
    finished = [m.script_finished.status for m in sent if m.HasField("script_finished")]
    assert finished == [Status.STOPPED_FOR_RERUN, Status.FINISHED_SUCCESSFULLY]
    first_run_texts = []
    for msg in sent:
        if msg.HasField("script_finished"):
            break
        if msg.HasField("delta"):
            first_run_texts.append(msg.delta.new_element.text.body)
    assert first_run_texts == [f"line {i}" for i in range(6)]
    assert session.state["runs"] == 2


def test_piled_up_requests_merge_without_losing_a_click() -> None:
    older = RerunRequest(widget_states=_button_click("$$ID-a-None"), query_string="x=1")
    newer_states = pb.WidgetStates()
    other = newer_states.widgets.add()
    other.id = "$$ID-b-None"
    other.bool_value = True
    merged = older.merged_with(RerunRequest(widget_states=newer_states))
    assert merged.widget_states is not None
    by_id = {s.id: s for s in merged.widget_states.widgets}
    assert by_id["$$ID-a-None"].trigger_value is True
    assert by_id["$$ID-b-None"].bool_value is True
    assert merged.query_string == "x=1"


def test_a_fragment_request_merged_with_a_full_one_runs_the_whole_app() -> None:
    fragment_only = RerunRequest(fragment_ids=["f1"])
    assert fragment_only.merged_with(RerunRequest()).fragment_ids == []
    both = fragment_only.merged_with(RerunRequest(fragment_ids=["f2"]))
    assert both.fragment_ids == ["f1", "f2"]


FRAGMENT_APP = """
import streamlit as st
st.session_state.setdefault("card_runs", 0)

@st.fragment
def card():
    st.session_state.card_runs += 1
    st.text(f"card run {st.session_state.card_runs}")

card()
for i in range(50):
    st.text(f"line {i}")
"""


def _fragment_id(sent: list[pb.ForwardMsg]) -> str:
    ids = {m.metadata.fragment_id for m in sent if m.metadata.fragment_id}
    assert len(ids) == 1, ids
    return ids.pop()


def _run_with_click_at_line_5(
    script: str, tmp_path: Path
) -> tuple[AppSession, list[pb.ForwardMsg]]:
    """Runs `script` to the end; the first time it sends "line 5", the page clicks in its
    fragment. Returns the session and what it sent."""
    app = tmp_path / "app.py"
    app.write_text(script)
    sent: list[pb.ForwardMsg] = []
    session: AppSession

    def send(msg: pb.ForwardMsg) -> None:
        sent.append(msg)
        if msg.delta.new_element.text.body == "line 5" and session.state["card_runs"] == 1:
            assert session.request_rerun(RerunRequest(fragment_ids=[_fragment_id(sent)])) is False

    session = AppSession(app, send)
    assert session.start()
    session.run_pending()
    return session, sent


def _statuses(sent: list[pb.ForwardMsg]) -> list[int]:
    return [m.script_finished.status for m in sent if m.HasField("script_finished")]


def test_a_fragment_request_waits_for_the_running_full_run(tmp_path: Path) -> None:
    # As in Streamlit: a click in a fragment during a full run does not cut the run short
    # (the rest of the app would stay unwritten); the fragment runs once the run has ended.
    _, sent = _run_with_click_at_line_5(FRAGMENT_APP, tmp_path)
    assert _statuses(sent) == [Status.FINISHED_SUCCESSFULLY, Status.FRAGMENT_FINISHED]
    texts = [m.delta.new_element.text.body for m in sent if m.delta.new_element.HasField("text")]
    assert texts == ["card run 1", *(f"line {i}" for i in range(50)), "card run 2"]


def test_the_scripts_own_rerun_joins_a_waiting_fragment_request(tmp_path: Path) -> None:
    rerun_at_line_9 = (
        'st.text(f"line {i}")\n    if i == 9 and st.session_state.card_runs == 1: st.rerun()'
    )
    script = FRAGMENT_APP.replace('st.text(f"line {i}")', rerun_at_line_9)
    session, sent = _run_with_click_at_line_5(script, tmp_path)
    # st.rerun() asks for the whole app, which includes the fragment: one more run, a full one.
    assert _statuses(sent) == [Status.STOPPED_FOR_RERUN, Status.FINISHED_SUCCESSFULLY]
    assert session.state["card_runs"] == 2


def test_stop_request_ends_the_run_where_it_is(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(LONG_APP)
    sent: list[pb.ForwardMsg] = []
    session: AppSession

    def send(msg: pb.ForwardMsg) -> None:
        sent.append(msg)
        if msg.delta.new_element.text.body == "line 3":
            session.request_stop()

    session = AppSession(app, send)
    assert session.start()
    session.run_pending()
    statuses = [m.script_finished.status for m in sent if m.HasField("script_finished")]
    assert statuses == [Status.STOPPED]
    texts = [m.delta.new_element.text.body for m in sent if m.HasField("delta")]
    assert texts == [f"line {i}" for i in range(4)]
    assert not session.is_running
