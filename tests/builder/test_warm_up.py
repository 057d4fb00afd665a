"""The idle-time warm-up a static page runs after its first run (runtime_wasm/warm_up.py): a
throwaway session of the page's bridge, never the app, that leaves nothing behind and waits
while the page's own session runs. Its effect on click latency is measured in Chromium
(bench/bench_static.py); the page's scheduling of it in tests/browser (static scenarios)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_wasm import warm_up


def texts(frames: list[Any]) -> str:
    """Every ForwardMsg of what the bridge handed the page, as text."""
    out = []
    for frame in frames:
        batch = pb.ForwardMsgBatch()
        batch.ParseFromString(bytes(frame))
        if batch.msgs:
            out += [str(m) for m in batch.msgs]
        else:  # one ForwardMsg per call
            msg = pb.ForwardMsg()
            msg.ParseFromString(bytes(frame))
            out.append(str(msg))
    return "\n".join(out)


def test_it_reruns_its_own_script_then_leaves_nothing_behind() -> None:
    path_before = list(sys.path)
    frames: list[Any] = []
    warm = warm_up.WarmUp(runs=3, send_js=frames.append)
    folder = Path(warm._folder)
    steps = 1
    while warm.step():
        steps += 1
    assert (steps, warm.runs, warm.failure) == (3, 3, None)
    shown = texts(frames)
    assert shown.count("script_finished") == 3
    assert "Count = " in shown and "Warm-up" in shown
    assert sys.path == path_before  # the session put its folder first on sys.path
    assert not folder.exists()
    assert warm.step() is False  # over: nothing more runs


def test_it_waits_while_the_page_session_runs() -> None:
    page = SimpleNamespace(session=SimpleNamespace(is_running=True))
    frames: list[Any] = []
    warm = warm_up.WarmUp(page, runs=1, send_js=frames.append)
    assert warm.step() is True and warm.runs == 0 and frames == []
    page.session.is_running = False
    assert warm.step() is False and warm.runs == 1 and frames


def test_a_failing_run_stops_the_warm_up_and_says_why(monkeypatch: Any) -> None:
    monkeypatch.setattr(warm_up, "SCRIPT", "raise RuntimeError('boom')\n")
    warm = warm_up.WarmUp(runs=5)
    assert warm.step() is False
    assert warm.failure == "RuntimeError: boom" and warm.runs == 1
