"""Idle-time warm-up of the interpreter after a static site's first run, so first clicks are fast.

The browser compiles Pyodide's WebAssembly function by function: a baseline compile on first use,
an optimised one (tier-up) in background threads once a function has run a lot. A page started
without the memory snapshot has run Python's whole start (imports, compiles) before anyone can
click, so by then the interpreter's hot functions are optimised. A page restored from the
snapshot has run very little: its first clicks ran on baseline code while the optimising compiler
was still busy (measured in Chromium: click → DOM 2-6x the `--no-snapshot` page's for seconds
after the start, 2 s of optimising-compiler work during 20 clicks against 6 ms).

So once the first run is shown, the page calls `step()` in idle time: each call reruns a small
built-in script (never the app, whose runs may have effects) through a throwaway session of the
page's own bridge, ForwardMsgs encoded as the page's are and then dropped, until `RUNS` runs are
done. That makes the interpreter's hot paths run enough to be optimised before the person's
first clicks, and the optimised code is what the browser keeps in its code cache for the next
visit. A step never runs while the page's own session is running (a live run waiting for a
paint): it reports "not now" and the page tries again later.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_wasm.bridge import Bridge

#: Runs of the script below; in Chromium ~20 took the interpreter's hot functions through
#: tier-up (runtime_wasm/src/main.ts schedules them a few per idle period).
RUNS = 24

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


class WarmUp:
    """A throwaway session rerun in idle time; `step()` until it returns False."""

    def __init__(
        self,
        page_bridge: Any = None,
        runs: int = RUNS,
        send_js: Callable[[Any], None] | None = None,
    ) -> None:
        self._page = page_bridge
        self._left = runs
        self.runs = 0
        #: The first error of a warm-up run (a runtime bug: the warm-up stops there), else None.
        self.failure: str | None = None
        self._folder = Path(tempfile.mkdtemp(prefix="stb-warm-up-"))
        script = self._folder / "warm_up_app.py"
        script.write_text(SCRIPT, encoding="utf-8")
        self._bridge: Bridge | None = Bridge(str(script), send_js or _drop, "")
        rerun = pb.BackMsg()
        rerun.rerun.SetInParent()
        self._rerun = rerun.SerializeToString()

    def busy(self) -> bool:
        """Whether the page's own session is running (a live run paused for a paint)."""
        session = getattr(self._page, "session", None)
        return bool(session is not None and session.is_running)

    def step(self) -> bool:
        """One more run unless the page is busy; False once the warm-up is over."""
        bridge = self._bridge
        if bridge is None:
            return False
        if self.busy():
            return True
        try:
            wants_run = bridge.begin() if self.runs == 0 else bridge.handle(self._rerun)
            if wants_run:
                bridge.run()
            error = bridge.session.last_exception
        except Exception as exc:  # a warm-up must never break the page: stop warming instead
            error = exc
        if error is not None:
            self.failure = f"{type(error).__name__}: {error}"
            self._left = 0
        self.runs += 1
        self._left -= 1
        if self._left <= 0:
            self.close()
            return False
        return True

    def close(self) -> None:
        """Forget the session and its script (the session put its folder on sys.path)."""
        self._bridge = None
        folder = str(self._folder)
        sys.path[:] = [p for p in sys.path if p != folder]
        shutil.rmtree(folder, ignore_errors=True)


def _drop(frame: Any) -> None:
    """The warm-up's ForwardMsgs are encoded like the page's, then dropped."""


def start(page_bridge: Any = None, runs: int = RUNS) -> WarmUp:
    return WarmUp(page_bridge, runs)
