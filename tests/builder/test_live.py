"""Live runs in the page (runtime_wasm/live.py), under CPython with Pyodide's two JSPI functions
played by the test: when the page gets its turn, how `time.sleep` waits, and Stop during a sleep.
The browser tests (tests/browser/test_live_runs.py) check the same in Chromium."""

from __future__ import annotations

import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_wasm.bridge import Bridge
from stbundle.runtime_wasm.live import FRAME_S, LiveRuns

Status = pb.ScriptFinished.Status


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Page:
    """The page's hooks: each returns a 'promise' the fake run_sync resolves at once."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.calls: list[tuple[str, float]] = []
        self.on_sleep: Callable[[float], bool] = lambda ms: False

    def afterPaint(self) -> tuple[str, float]:  # the JS name
        self.calls.append(("paint", 0.0))
        return ("paint", 0.0)

    def sleep(self, ms: float) -> tuple[str, float]:
        self.calls.append(("sleep", ms))
        return ("sleep", ms)

    def resolve(self, promise: tuple[str, float]) -> Any:
        kind, ms = promise
        if kind == "sleep":
            stopped = self.on_sleep(ms)
            if not stopped:
                self.clock.now += ms / 1000
            return stopped
        self.clock.now += 0.004  # the frame the page painted
        return None


def live_runs(active: bool = True) -> tuple[LiveRuns, Page, Clock]:
    clock = Clock()
    page = Page(clock)
    live = LiveRuns(page, can_run_sync=lambda: active, run_sync=page.resolve, clock=clock)
    return live, page, clock


def delta(kind: str = "markdown") -> pb.ForwardMsg:
    msg = pb.ForwardMsg()
    getattr(msg.delta.new_element, kind).SetInParent()
    return msg


def test_the_page_gets_a_frame_at_most_once_per_frame_time() -> None:
    live, page, clock = live_runs()
    live.run_started()
    live.after_send(delta())
    assert page.calls == []  # the run has only just started
    clock.now += FRAME_S / 2
    live.after_send(delta())
    assert page.calls == []
    clock.now += FRAME_S
    live.after_send(delta())
    live.after_send(delta())  # right after a turn: not again
    assert page.calls == [("paint", 0.0)]


def test_a_spinner_is_painted_at_once_and_other_messages_never_yield() -> None:
    live, page, clock = live_runs()
    live.run_started()
    live.after_send(delta("spinner"))
    assert page.calls == [("paint", 0.0)]
    clock.now += 1
    status = pb.ForwardMsg()
    status.session_status.script_is_running = True
    live.after_send(status)
    assert page.calls == [("paint", 0.0)]


def test_without_jspi_nothing_yields_and_sleep_blocks() -> None:
    live, page, clock = live_runs(active=False)
    slept: list[float] = []
    live._blocking_sleep = slept.append
    clock.now += 1
    live.after_send(delta("spinner"))
    live.sleep(0.25)
    assert page.calls == [] and slept == [0.25]


def test_sleep_waits_on_the_page_and_rejects_negative_lengths() -> None:
    live, page, clock = live_runs()
    start = clock.now
    live.sleep(1.5)
    assert page.calls == [("sleep", 1500.0)]
    assert clock.now == pytest.approx(start + 1.5)
    live.sleep(0)  # still one turn: time.sleep(0) lets the page run
    assert page.calls[-1] == ("sleep", 0.0)
    with pytest.raises(ValueError):
        live.sleep(-1)


LOOP = """
import time
import streamlit as st

st.write("before")
for second in range(20):
    st.write(f"looped {second}")
    time.sleep(1)
st.write("after")
"""


@pytest.fixture
def sleeping_app(tmp_path: Path) -> Iterator[tuple[Bridge, Page, list[pb.ForwardMsg]]]:
    app = tmp_path / "app.py"
    app.write_text(textwrap.dedent(LOOP))
    sent: list[pb.ForwardMsg] = []
    live, page, _ = live_runs()

    def send(data: bytes) -> None:
        batch = pb.ForwardMsgBatch()
        batch.ParseFromString(data)
        sent.extend(batch.msgs)
        page.calls.append(("batch", float(len(batch.msgs))))

    original = time.sleep
    bridge = Bridge(str(app), send, "", live)
    live.install_sleep()
    try:
        yield bridge, page, sent
    finally:
        time.sleep = original


def texts(sent: list[pb.ForwardMsg]) -> list[str]:
    return [
        m.delta.new_element.markdown.body
        for m in sent
        if m.WhichOneof("type") == "delta" and m.delta.new_element.HasField("markdown")
    ]


def statuses(sent: list[pb.ForwardMsg]) -> list[int]:
    return [m.script_finished.status for m in sent if m.HasField("script_finished")]


def stop_msg() -> bytes:
    back = pb.BackMsg()
    back.stop = True
    return back.SerializeToString()


def test_stop_during_a_sleep_ends_the_run_there(
    sleeping_app: tuple[Bridge, Page, list[pb.ForwardMsg]],
) -> None:
    bridge, page, sent = sleeping_app
    sleeps = 0

    def on_sleep(ms: float) -> bool:
        nonlocal sleeps
        sleeps += 1
        if sleeps < 3:
            return False
        assert bridge.handle(stop_msg()) is False  # queued: a run is in progress
        return True  # the Stop control woke the sleep

    page.on_sleep = on_sleep
    assert bridge.begin()
    bridge.run()
    assert texts(sent) == ["before", "looped 0", "looped 1", "looped 2"]
    assert statuses(sent) == [Status.STOPPED]
    assert sent[-1].session_status.script_is_running is False


def test_a_click_during_a_sleep_reruns_at_the_next_element(
    sleeping_app: tuple[Bridge, Page, list[pb.ForwardMsg]],
) -> None:
    bridge, page, sent = sleeping_app
    sleeps = 0

    def on_sleep(ms: float) -> bool:
        nonlocal sleeps
        sleeps += 1
        if sleeps == 2:
            rerun = pb.BackMsg()
            rerun.rerun.SetInParent()
            assert bridge.handle(rerun.SerializeToString()) is False
            page.on_sleep = lambda ms: bridge.handle(stop_msg()) or True  # then stop it
        return False  # a click does not cut the sleep short (as in serve mode)

    page.on_sleep = on_sleep
    assert bridge.begin()
    bridge.run()
    assert statuses(sent) == [Status.STOPPED_FOR_RERUN, Status.STOPPED]
    assert texts(sent) == ["before", "looped 0", "looped 1", "before", "looped 0"]


def test_a_run_reaches_the_page_in_one_call_and_before_each_pause(
    sleeping_app: tuple[Bridge, Page, list[pb.ForwardMsg]],
) -> None:
    """The bridge hands over what was emitted as one ForwardMsgBatch: once per call from the
    page, and before the page gets its turn mid-run (so a pause shows everything before it)."""
    bridge, page, sent = sleeping_app
    sleeps = 0

    def on_sleep(ms: float) -> bool:
        nonlocal sleeps
        sleeps += 1
        return sleeps >= 2 and bridge.handle(stop_msg()) is False  # Stop in the second sleep

    page.on_sleep = on_sleep
    assert bridge.begin()
    assert [c for c in page.calls if c[0] == "batch"] == [("batch", 1.0)]  # new_session
    page.calls.clear()
    bridge.run()
    kinds = [kind for kind, _ in page.calls]
    # Each sleep comes right after a batch holding the elements written before it.
    assert kinds[:2] == ["batch", "sleep"] and kinds[2:4] == ["batch", "sleep"]
    assert kinds[-1] == "batch" and kinds.count("batch") == 3
    assert texts(sent) == ["before", "looped 0", "looped 1"]
    assert statuses(sent) == [Status.STOPPED]
