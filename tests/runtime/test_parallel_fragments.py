"""@st.fragment(parallel=True): bodies run in threads during a full run, the run waits for them,
a newer request or Stop ends them too, and nothing of a stopped run lands in the next.

Element placement and the refused commands' messages are compared with Streamlit 1.67 in
tests/differential/scenarios/parallel_fragments.py; these tests cover what a snapshot cannot:
time, threads and the order of messages on the wire.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py import parallel_fragments
from stbundle.runtime_py.app_session import AppSession, RerunRequest

from stbundle.testing import AppTest

Status = pb.ScriptFinished.Status

TWO_SLOW_CARDS = """
import threading
import time
import streamlit as st

spans = st.session_state.setdefault("spans", {})

@st.fragment(parallel=True)
def card(name):
    start = time.monotonic()
    st.write(f"{name} loading")
    time.sleep(0.5)
    st.write(f"{name} loaded")
    spans[name] = (start, time.monotonic(), threading.current_thread().name)

card("a")
card("b")
st.write("after the cards")
"""


def test_two_slow_parallel_fragments_run_at_the_same_time() -> None:
    at = AppTest.from_string(TWO_SLOW_CARDS, default_timeout=30).run()  # imports, compiling
    started = time.monotonic()
    at.run()
    elapsed = time.monotonic() - started
    spans = at.session_state["spans"]
    (a_start, a_end, a_thread), (b_start, b_end, b_thread) = spans["a"], spans["b"]
    # Each body sleeps 0.5 s: one after the other would take 1 s at least.
    assert b_start < a_end and a_start < b_end, "the two bodies did not overlap"
    assert elapsed < 0.95, elapsed
    assert a_thread != b_thread
    assert a_thread.startswith("stbundle-fragment") and b_thread.startswith("stbundle-fragment")
    # The run waited for both: every element is there, in its fragment's container.
    assert [m.value for m in at.markdown] == [
        "a loading",
        "a loaded",
        "b loading",
        "b loaded",
        "after the cards",
    ]


def _session(tmp_path: Path, script: str) -> tuple[AppSession, list[pb.ForwardMsg]]:
    app = tmp_path / "app.py"
    app.write_text(script)
    sent: list[pb.ForwardMsg] = []
    lock = threading.Lock()

    def send(msg: pb.ForwardMsg) -> None:
        with lock:
            sent.append(msg)

    return AppSession(app, send), sent


def _texts(msgs: list[pb.ForwardMsg]) -> list[str]:
    return [
        m.delta.new_element.markdown.body
        for m in msgs
        if m.HasField("delta") and m.delta.new_element.WhichOneof("type") == "markdown"
    ]


def test_script_finished_comes_after_every_body_and_elements_land_in_their_fragment(
    tmp_path: Path,
) -> None:
    session, sent = _session(
        tmp_path,
        """
import time
import streamlit as st
st.write("top")

@st.fragment(parallel=True)
def card(name, delay):
    time.sleep(delay)
    st.write(name)

card("slow", 0.3)
card("quick", 0.0)
st.write("bottom")
""",
    )
    assert session.start()
    session.run_pending()
    finished = [i for i, m in enumerate(sent) if m.HasField("script_finished")]
    assert [sent[i].script_finished.status for i in finished] == [Status.FINISHED_SUCCESSFULLY]
    deltas = {
        m.delta.new_element.markdown.body: tuple(m.metadata.delta_path)
        for m in sent[: finished[0]]
        if m.HasField("delta") and m.delta.HasField("new_element")
    }
    # Containers at (main, 1) and (main, 2), opened by the script's thread at the call.
    assert deltas == {"top": (0, 0), "slow": (0, 1, 0), "quick": (0, 2, 0), "bottom": (0, 3)}
    # The quick body wrote before the slow one: they ran side by side.
    order = _texts(sent)
    assert order.index("quick") < order.index("slow")
    # Each body's elements belong to its fragment (a click there reruns only it).
    owners = {
        m.delta.new_element.markdown.body: m.metadata.fragment_id
        for m in sent
        if m.HasField("delta") and m.delta.HasField("new_element")
    }
    assert owners["top"] == owners["bottom"] == ""
    assert owners["slow"] and owners["quick"] and owners["slow"] != owners["quick"]


LOOPING_CARD = """
import time
import streamlit as st
st.session_state.runs = st.session_state.get("runs", 0) + 1

@st.fragment(parallel=True)
def ticker():
    for i in range(200):
        st.write(f"tick {i}")
        time.sleep(0.01)

ticker()
st.write("script done")
"""


def _run_in_thread(session: AppSession) -> threading.Thread:
    assert session.start()
    worker = threading.Thread(target=session.run_pending)
    worker.start()
    return worker


def _wait_for(predicate: object, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def _fragment_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("stbundle-fragment")]


def test_stop_ends_the_bodies_too_and_nothing_is_written_after_the_run(tmp_path: Path) -> None:
    session, sent = _session(tmp_path, LOOPING_CARD)
    runner = _run_in_thread(session)
    _wait_for(lambda: "tick 10" in _texts(list(sent)))
    session.request_stop()
    runner.join(timeout=10)
    assert not runner.is_alive()
    snapshot = list(sent)
    statuses = [m.script_finished.status for m in snapshot if m.HasField("script_finished")]
    assert statuses == [Status.STOPPED]
    assert "tick 199" not in _texts(snapshot)
    assert not _fragment_threads()  # the pool's threads are gone with the run
    time.sleep(0.1)
    assert len(sent) == len(snapshot)  # no body wrote after the run ended


def test_a_newer_full_rerun_ends_the_bodies_and_none_writes_into_the_next_run(
    tmp_path: Path,
) -> None:
    session, sent = _session(tmp_path, LOOPING_CARD)
    runner = _run_in_thread(session)
    _wait_for(lambda: "tick 10" in _texts(list(sent)))
    session.request_rerun(RerunRequest())
    _wait_for(lambda: sum(m.HasField("script_finished") for m in list(sent)) == 1)
    _wait_for(lambda: _texts(list(sent)).count("tick 10") == 2)  # the second run is going
    session.request_stop()
    runner.join(timeout=10)
    assert not runner.is_alive()
    statuses = [m.script_finished.status for m in sent if m.HasField("script_finished")]
    assert statuses == [Status.STOPPED_FOR_RERUN, Status.STOPPED]
    first_run = next(m.script_started.run_id for m in sent if m.HasField("script_started"))
    second_started = [i for i, m in enumerate(sent) if m.HasField("script_started")][1]
    late = [
        m for m in sent[second_started:] if m.HasField("delta") and m.metadata.run_id == first_run
    ]
    assert late == []
    assert session.state["runs"] == 2


def test_st_stop_in_a_body_ends_the_whole_run(tmp_path: Path) -> None:
    session, sent = _session(
        tmp_path,
        """
import time
import streamlit as st

@st.fragment(parallel=True)
def card():
    st.write("card")
    st.stop()
    st.write("never")

card()
time.sleep(0.3)
st.write("never either")
""",
    )
    assert session.start()
    session.run_pending()
    assert _texts(sent) == ["card"]
    statuses = [m.script_finished.status for m in sent if m.HasField("script_finished")]
    assert statuses == [Status.STOPPED]


def test_an_error_in_the_script_stops_the_bodies_before_it_is_shown(tmp_path: Path) -> None:
    session, sent = _session(
        tmp_path,
        """
import time
import streamlit as st

@st.fragment(parallel=True)
def card():
    for i in range(100):
        st.write(f"tick {i}")
        time.sleep(0.01)

card()
time.sleep(0.1)
raise ValueError("the script failed")
""",
    )
    assert session.start()
    session.run_pending()
    kinds = [m.delta.new_element.WhichOneof("type") for m in sent if m.HasField("delta")]
    assert kinds[-1] == "exception"
    assert "tick 99" not in _texts(sent)  # the body (1 s of ticks) was stopped, not waited for
    statuses = [m.script_finished.status for m in sent if m.HasField("script_finished")]
    assert statuses == [Status.FINISHED_WITH_ERROR]


CLICKABLE = """
import threading
import streamlit as st

@st.fragment(parallel=True)
def card():
    st.session_state.setdefault("threads", []).append(threading.current_thread().name)
    @st.fragment(parallel=True)
    def inner():
        st.write("inner", threading.current_thread().name.startswith("stbundle-fragment"))
    inner()
    st.button("again")

card()
"""


def test_a_fragment_rerun_runs_inline_and_nested_ones_dispatch(tmp_path: Path) -> None:
    session, sent = _session(tmp_path, CLICKABLE)
    assert session.start()
    session.run_pending()
    assert _texts(sent) == ["inner `True`"]
    (card_id,) = [f.id for f in session.fragments.values() if f.func.__name__ == "card"]
    del sent[:]
    # A click inside the card: the page asks for a rerun of that fragment only.
    assert session.request_rerun(RerunRequest(fragment_ids=[card_id]))
    session.run_pending()
    first, second = session.state["threads"]
    assert first.startswith("stbundle-fragment")
    assert not second.startswith("stbundle-fragment")  # a fragment rerun is sequential
    assert _texts(sent) == ["inner `False`"]
    statuses = [m.script_finished.status for m in sent if m.HasField("script_finished")]
    assert statuses == [Status.FRAGMENT_FINISHED]


def test_without_threads_bodies_run_inline_with_the_same_results(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What a static build does (Pyodide has no threads): same elements, same refusals."""
    from tests.differential.scenarios.parallel_fragments import REFUSED
    from tests.differential.snapshot import snapshot

    threaded = snapshot(AppTest.from_string(REFUSED.script).run(), frozenset())
    monkeypatch.setattr(parallel_fragments, "THREADS", False)
    at = AppTest.from_string(REFUSED.script).run()
    assert snapshot(at, frozenset()) == threaded
    assert not _fragment_threads()
    inline = AppTest.from_string(CLICKABLE).run()
    assert inline.markdown[0].value == "inner `False`"
    assert inline.session_state["threads"] == [threading.current_thread().name]


def test_one_key_claimed_by_two_bodies_at_once_is_refused_in_one_of_them() -> None:
    """As in Streamlit, whichever body claims the key second shows the duplicate-key error."""
    script = """
import threading
import streamlit as st

barrier = threading.Barrier(2, timeout=5)

@st.fragment(parallel=True)
def card(n):
    barrier.wait()  # both bodies claim the key at the same moment
    st.text_input(f"Name {n}", key="name")

card(1)
card(2)
"""
    for _ in range(5):
        at = AppTest.from_string(script, default_timeout=30).run()
        assert len(at.text_input) == 1
        (error,) = at.exception
        assert "name" in error.value and "key" in error.value.lower()


SPANS_APP = """
import time
import streamlit as st

spans = st.session_state.setdefault("spans", {})

@st.fragment(parallel=True)
def card(name):
    start = time.monotonic()
    time.sleep(0.2)
    st.write(name)
    spans[name] = (start, time.monotonic())

card("a")
card("b")
"""


def _app_with_config(tmp_path: Path, config: str) -> Path:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text(config)
    app = tmp_path / "app.py"
    app.write_text(SPANS_APP)
    return app


def test_runner_parallel_max_workers_sizes_the_pool(tmp_path: Path) -> None:
    app = _app_with_config(tmp_path, "[runner]\nparallelMaxWorkers = 1\n")
    at = AppTest.from_file(str(app), default_timeout=30).run()
    (a_start, a_end), (b_start, b_end) = at.session_state["spans"].values()
    assert b_start >= a_end or a_start >= b_end  # one thread: one body after the other
    assert [m.value for m in at.markdown] == ["a", "b"]


def test_a_bad_runner_parallel_max_workers_is_refused_as_in_streamlit(tmp_path: Path) -> None:
    app = _app_with_config(tmp_path, "[runner]\nparallelMaxWorkers = 0\n")
    at = AppTest.from_file(str(app), default_timeout=30).run()
    (error,) = at.exception
    assert error.value == "runner.parallelMaxWorkers must be None or a positive integer, got 0"


def test_a_forced_stop_of_the_script_reaches_a_body_that_never_writes(tmp_path: Path) -> None:
    """The server's last resort (server/interrupt.py) for a script that ignores Stop: raised in
    the script's thread while it waits for the bodies, it ends them too."""
    import ctypes

    from stbundle.server.interrupt import ForcedStop

    session, sent = _session(
        tmp_path,
        """
import streamlit as st

@st.fragment(parallel=True)
def spins():
    st.write("spinning")
    while True:  # never writes again: a Stop alone cannot end it
        pass

spins()
st.write("script done")
""",
    )
    runner = _run_in_thread(session)
    _wait_for(lambda: "script done" in _texts(list(sent)) and "spinning" in _texts(list(sent)))
    session.request_stop()
    time.sleep(0.3)
    assert runner.is_alive()  # waiting for the body, which cannot hear the Stop
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(runner.ident), ctypes.py_object(ForcedStop)
    )
    runner.join(timeout=10)
    assert not runner.is_alive()
    _wait_for(lambda: not _fragment_threads())  # the spinning body ended as well
    statuses = [m.script_finished.status for m in sent if m.HasField("script_finished")]
    assert statuses == [Status.STOPPED]
