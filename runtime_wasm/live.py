"""Live runs in the page: the script gives the browser its turn while it runs.

In a static build the script runs on the page's only thread. Where the browser has JavaScript
Promise Integration (JSPI), the page starts each run with `callPromising()`, and Python can then
wait on a JavaScript promise without returning (`pyodide.ffi.run_sync`): the page paints, timers
fire and clicks arrive while the run is suspended. This module decides when to do so:

- after an element is emitted, at most once per animation frame (a spinner at once: nothing may
  follow it until its block ends), so `st.progress` in a loop is seen moving;
- in `time.sleep`, which waits on a timer instead of blocking the tab; the Stop control ends
  the wait early and the run stops there, as the server's forced stop ends a sleeping run.

A click during a run is queued by the session (`AppSession.handle_back_msg`) and the run stops
at its next element, the same cooperative interruption serve mode uses. Where JSPI is missing
(`can_run_sync()` is false) every hook does what it did before: nothing, and a blocking sleep.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import get_run_context

#: The longest the script runs between two chances for the page to paint.
FRAME_S = 1 / 60

try:
    from pyodide.ffi import (  # type: ignore[import-not-found,unused-ignore]
        can_run_sync as _can_run_sync,
    )
    from pyodide.ffi import run_sync as _run_sync  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # CPython (tests): never live unless a test provides the two functions

    def _can_run_sync() -> bool:
        return False

    def _run_sync(awaitable: Any) -> Any:
        raise RuntimeError("run_sync needs Pyodide")


def _nothing() -> None:
    return None


class LiveRuns:
    """The page's hooks (`page.afterPaint()`, `page.sleep(ms)`: promises) and when to use them.

    `can_run_sync` and `run_sync` are Pyodide's; tests pass their own.
    """

    def __init__(
        self,
        page: Any,
        *,
        can_run_sync: Callable[[], bool] = _can_run_sync,
        run_sync: Callable[[Any], Any] = _run_sync,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._page = page
        self._can_run_sync = can_run_sync
        self._run_sync = run_sync
        self._clock = clock
        self._last_turn = clock()
        #: The longest the script runs between two turns of the page (every other warm-up run
        #: takes one at each element: runtime_wasm/warm_up.py).
        self.frame_s = FRAME_S
        self.turns = 0  # how often the page had its turn (tests, figures)
        # Called just before the page gets its turn: the bridge hands over what is pending.
        self.before_turn: Callable[[], None] = _nothing
        self._blocking_sleep: Callable[[float], None] = time.sleep

    @property
    def active(self) -> bool:
        """Whether Python may wait on the page now (JSPI, inside a promising call)."""
        return bool(self._can_run_sync())

    def run_started(self) -> None:
        self._last_turn = self._clock()

    def after_send(self, msg: pb.ForwardMsg) -> None:
        """Give the page a frame after an element, when one is due (see the module docstring)."""
        if msg.WhichOneof("type") != "delta":
            return
        element = msg.delta.new_element if msg.delta.HasField("new_element") else None
        self.after_element(element)

    def after_element(self, element: pb.Element | None) -> None:
        """The same for a delta sent unwrapped (`element` None: a block)."""
        spinner = element is not None and element.WhichOneof("type") == "spinner"
        if not spinner and self._clock() - self._last_turn < self.frame_s:
            return
        if not self.active:
            return
        self.before_turn()
        self._run_sync(self._page.afterPaint())
        self._after_turn()

    def sleep(self, seconds: float) -> None:
        """`time.sleep` for the app: the page runs meanwhile; Stop ends the wait and the run."""
        if not self.active:
            self._blocking_sleep(seconds)
            return
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        deadline = self._clock() + seconds
        while True:
            remaining = deadline - self._clock()
            self.before_turn()
            stopped = self._run_sync(self._page.sleep(max(0.0, remaining) * 1000))
            self._after_turn()
            if stopped:
                ctx = get_run_context()
                if ctx is not None:
                    ctx.check_interrupt()  # raises StopException: the Stop control was used
            if remaining <= 0 or self._clock() >= deadline:
                return

    def _after_turn(self) -> None:
        self.turns += 1
        self._last_turn = self._clock()

    def install_sleep(self) -> None:
        """Make `time.sleep` this object's (in the page only: never called in serve mode)."""
        if getattr(time.sleep, "__self__", None) is self:
            return
        self._blocking_sleep = time.sleep
        time.sleep = self.sleep  # type: ignore[assignment]
