"""Idle-time warm-up of the interpreter after a static site's first run, so first clicks are fast.

The browser compiles Pyodide's WebAssembly function by function: a baseline compile on first use,
an optimised one (tier-up) in background threads once a function has run a lot. A page started
without the memory snapshot has run Python's whole start (imports, compiles) before anyone can
click, so by then the interpreter's hot functions are optimised. A page restored from the
snapshot has run very little: its first clicks ran on baseline code while the optimising compiler
was still busy (measured in Chromium: click → DOM 2-6x the `--no-snapshot` page's for seconds
after the start, 2 s of optimising-compiler work during 20 clicks against 6 ms).

So once the first run is shown, the page reruns a small built-in script (never the app, whose
runs may have effects) through a throwaway session of the page's own bridge, one run per
low-priority task, paused while the person clicks, until `RUNS` runs are done. That makes the
interpreter's hot paths run enough to be optimised before the person's first clicks, and the
optimised code is what the browser keeps in its code cache for the next visit. A run never
starts while the page's own session is running (a live run waiting for a paint): the page
tries again later.

The runs take the path of a click, not a shortcut through Python (runtime_wasm/src/main.ts):
the page hands the bridge the BackMsg a click on the script's widgets would send, as bytes from
JavaScript, starts the run with `callPromising()`, and decodes the ForwardMsgs it gets back.
Why: Chromium's optimised code inlines the targets of the interpreter's indirect calls it has
seen, and a call to one it has not seen (a JavaScript object's method where the warm-up had
called a Python one) throws the whole interpreter loop back to baseline code ("wrong call
target" deopts, each a main-thread recompile and ~0.4 s of optimising again). Each deopt teaches
the optimiser one more target, so they stop only after several rounds; the warm-up is long
enough for them to happen in idle time rather than in the person's first clicks (`RUNS`). A
warm-up through Python only also left functions of the click's path (a JavaScript proxy's
methods, the call into JavaScript) to be compiled at the first clicks.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.site_keys import SITES_FILE, sites_json
from stbundle.runtime_wasm.bridge import Bridge, to_js
from stbundle.runtime_wasm.live import FRAME_S, LiveRuns

#: Runs of the script below (runtime_wasm/src/main.ts schedules one per background task).
#: ~20 took the interpreter's hot functions through their first tier-up in Chromium, but each
#: optimised interpreter loop then met call targets its first feedback had not seen and went
#: back to baseline code, several times over the next seconds (the deopts described above):
#: after 24 runs the first 60 clicks still paid 2-6 of them, after 100 one page in two did,
#: after 200 (4 pages traced) or 300 (3 pages) none did.
RUNS = 200

#: Common elements and widgets, so the paths of a typical rerun are the ones that run.
SCRIPT = """\
import streamlit as st

st.title("Warm-up")
st.markdown("Some **markdown** with `code` and a [link](https://example.com).")
if "n" not in st.session_state:
    st.session_state.n = 0
if st.button("Add"):
    st.session_state.n += 1
st.write("Count = ", st.session_state.n)
left, right = st.columns(2)
left.text_input("Name", key="name")
right.checkbox("Check", key="check")
st.slider("Slider", 0, 10, 5, key="slider")
st.selectbox("Pick", ["a", "b", "c"], key="pick")
"""

#: The widget call sites of SCRIPT as `bundle build` writes them beside an app (line, column,
#: command), so the warm-up's widgets get their ids as a built app's do (runtime_py/site_keys.py).
SITES = (
    (7, 3, "button"),
    (11, 0, "text_input"),
    (12, 0, "checkbox"),
    (13, 0, "slider"),
    (14, 0, "selectbox"),
)


class _Widgets(LiveRuns):
    """The page's live-run hooks, and the ids of the widgets the script drew (for the next
    run's click). In the page `page` holds hooks that resolve at once: a warm-up run takes the
    page's turns (every element on odd runs) without letting the page handle anything meanwhile.
    """

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.ids: dict[str, str] = {}  # element kind -> widget id

    def after_element(self, element: pb.Element | None) -> None:
        kind = element.WhichOneof("type") if element is not None else None
        if kind in ("button", "checkbox", "text_input", "selectbox"):
            self.ids[kind] = getattr(element, kind).common.id
        super().after_element(element)


class WarmUp:
    """A throwaway session rerun in idle time.

    The page runs it as a click would be (`begin()`, then `next_request()` into the bridge's
    `handle` and `run`) until `next_request()` is None; `step()` does the same from Python.
    """

    def __init__(
        self,
        page_bridge: Any = None,
        runs: int = RUNS,
        send_js: Callable[[Any], None] | None = None,
        hooks: Any = None,
    ) -> None:
        self._page = page_bridge
        self._left = runs
        self.runs = 0
        #: The first error of a warm-up run (a runtime bug: the warm-up stops there), else None.
        self.failure: str | None = None
        self._folder = Path(tempfile.mkdtemp(prefix="stb-warm-up-"))
        script = self._folder / "warm_up_app.py"
        script.write_text(SCRIPT, encoding="utf-8")
        sites = self._folder / SITES_FILE
        sites.parent.mkdir()
        sites.write_bytes(sites_json({"widgets": [_site(*site) for site in SITES]}))
        self._widgets = _Widgets(hooks)
        self.bridge: Bridge | None = Bridge(str(script), send_js or _drop, "", self._widgets)

    def busy(self) -> bool:
        """Whether the page's own session is running (a live run paused for a paint)."""
        session = getattr(self._page, "session", None)
        return bool(session is not None and session.is_running)

    def begin(self) -> bool:
        """The first run's request, as the page's session starts; True: call the bridge's
        `run()`."""
        if self.bridge is None:
            return False
        self.runs = 1
        self._left -= 1
        return self.bridge.begin()

    def next_request(self) -> Any:
        """The BackMsg of the next run, as the renderer would send a click on the script's
        widgets (bytes; a Uint8Array in the page); None once the warm-up is over (its runs
        done, or the last one failed)."""
        if not self._more():
            return None
        self.runs += 1
        self._left -= 1
        self._widgets.frame_s = 0 if self.runs % 2 else FRAME_S
        return to_js(self._click(self.runs))

    def _more(self) -> bool:
        """After a run: whether another is due; when not, the session is closed."""
        bridge = self.bridge
        if bridge is None:
            return False
        error = bridge.session.last_exception
        if error is not None:
            self.failure = f"{type(error).__name__}: {error}"
            self._left = 0
        if self._left <= 0:
            self.close()
            return False
        return True

    def _click(self, n: int) -> bytes:
        """Add clicked, the checkbox toggled, a new name typed, another option picked."""
        msg = pb.BackMsg()
        rerun = msg.rerun
        ids = self._widgets.ids
        for kind, set_value in (
            ("button", lambda s: setattr(s, "trigger_value", n % 2 == 1)),
            ("checkbox", lambda s: setattr(s, "bool_value", n % 2 == 0)),
            ("text_input", lambda s: setattr(s, "string_value", f"name {n}")),
            ("selectbox", lambda s: setattr(s, "int_value", n % 3)),
        ):
            if kind in ids:
                state = rerun.widget_states.widgets.add()
                state.id = ids[kind]
                set_value(state)
        rerun.page = ""  # what the renderer sends (state.ts): its page, its client context
        context = rerun.context
        context.url = "http://localhost/"
        context.locale = "en-US"
        context.timezone = "UTC"
        context.timezone_offset = 0
        context.color_scheme = "light"
        context.is_embedded = False
        return msg.SerializeToString()

    def step(self) -> bool:
        """One more run from Python unless the page is busy; False once the warm-up is over."""
        bridge = self.bridge
        if bridge is None:
            return False
        if self.busy():
            return True
        try:
            if self.runs == 0:
                wants_run = self.begin()
            else:
                request = self.next_request()
                if request is None:
                    return False
                wants_run = bridge.handle(request)
            if wants_run:
                bridge.run()
        except Exception as exc:  # a warm-up must never break the page: stop warming instead
            self.failure = f"{type(exc).__name__}: {exc}"
            self.close()
            return False
        return self._more()

    def close(self) -> None:
        """Forget the session and its script (the session put its folder on sys.path)."""
        self.bridge = None
        self._left = 0
        folder = str(self._folder)
        sys.path[:] = [p for p in sys.path if p != folder]
        shutil.rmtree(folder, ignore_errors=True)


def _site(line: int, col: int, command: str) -> dict[str, Any]:
    return {
        "file": "warm_up_app.py",
        "line": line,
        "col": col,
        "site_key": f"warm_up_app:<module>:{command}:0",
    }


def _drop(frame: Any) -> None:
    """The warm-up's ForwardMsgs are encoded like the page's, then dropped."""


def start(page_bridge: Any, send_js: Callable[[Any], None], hooks: Any) -> WarmUp:
    """The page's warm-up: `send_js` decodes and drops, `hooks` resolve at once (main.ts)."""
    return WarmUp(page_bridge, RUNS, send_js, hooks)
