"""The idle-time warm-up a static page runs after its first run (runtime_wasm/warm_up.py): a
throwaway session of the page's bridge, never the app, that leaves nothing behind and waits
while the page's own session runs. Its effect on click latency is measured in Chromium
(bench/bench_static.py); the page's scheduling of it in tests/browser (static scenarios)."""

from __future__ import annotations

import re
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


def test_its_runs_are_clicks_as_the_renderer_sends_them() -> None:
    """Each run after the first gets the BackMsg a click on the script's widgets would send
    (the page hands it in from JavaScript, as a click's): Add clicked every other run, a name
    typed, so the runs take a click's path through the runtime."""
    frames: list[Any] = []
    warm = warm_up.WarmUp(runs=5, send_js=frames.append)
    assert warm.begin() is True
    assert warm.bridge is not None
    warm.bridge.run()
    requests = []
    while (request := warm.next_request()) is not None:
        requests.append(pb.BackMsg.FromString(bytes(request)))
        if warm.bridge.handle(request):
            warm.bridge.run()
    assert (warm.runs, warm.failure, len(requests)) == (5, None, 4)
    clicked = [
        [w.trigger_value for w in r.rerun.widget_states.widgets if w.HasField("trigger_value")]
        for r in requests
    ]
    assert clicked == [[False], [True], [False], [True]]
    assert requests[-1].rerun.HasField("page") and requests[-1].rerun.context.locale
    shown = texts(frames)
    counts = re.findall(r'body: "Count =  `(\d+)`"', shown)
    assert counts == ["0", "0", "1", "1", "2"]  # two clicks on Add took effect
    assert 'value: "name 5"' in shown  # the last run's typed name came back as the input's


def test_its_widget_sites_are_the_compilers(tmp_path: Path) -> None:
    """The warm-up's widgets get their ids from call sites as a built app's widgets do: its
    sites file holds what `bundle build` would write for its script."""
    from stbundle.builder.build import compile_app
    from stbundle.runtime_py.site_keys import SITES_FILE, sites_json

    script = tmp_path / "warm_up_app.py"
    script.write_text(warm_up.SCRIPT, encoding="utf-8")
    model, _ = compile_app(script, False)
    warm = warm_up.WarmUp(runs=1)
    written = (Path(warm._folder) / SITES_FILE).read_bytes()
    assert written == sites_json(model.to_manifest())
    assert warm.bridge is not None and warm.bridge.session.site_keys is not None
    warm.close()
