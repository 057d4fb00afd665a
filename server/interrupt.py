"""Forcing a stop on a script that emits nothing, so the stop control and closed tabs free it.

Stopping is normally cooperative: the runtime checks at every emitted element. A script stuck
in a loop that never emits would keep its worker thread (and a CPU) forever, even after its tab
is gone. As a last resort the server raises `ForcedStop` (a StopException, so the runtime ends
the run as if `st.stop()` had been called) asynchronously in that thread. It is raised only
while the session's run is known to be in progress (see RunningThread), and only after the
script ignored a cooperative stop for a while. A thread blocked inside C code (a long
`time.sleep`) receives it when that call returns.
"""

from __future__ import annotations

import ctypes
import logging
import threading

from stbundle.runtime_py.errors import StopException

_LOG = logging.getLogger(__name__)


class ForcedStop(StopException):
    """The server stopped a script that did not stop on its own."""


class RunningThread:
    """Which thread runs a session's script now, guarded so a stop never hits the wrong job."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ident: int | None = None

    def enter(self) -> None:
        with self._lock:
            self._ident = threading.get_ident()

    def leave(self) -> None:
        with self._lock:
            self._ident = None

    @property
    def busy(self) -> bool:
        return self._ident is not None

    def force_stop(self) -> bool:
        """Raise ForcedStop in the running thread; False when no run is in progress."""
        with self._lock:
            ident = self._ident
            if ident is None:
                return False
            done = ctypes.pythonapi.PyThreadState_SetAsyncExc(
                ctypes.c_ulong(ident), ctypes.py_object(ForcedStop)
            )
        if done != 1:
            _LOG.error("could not interrupt worker thread %s (%s)", ident, done)
            return False
        return True
