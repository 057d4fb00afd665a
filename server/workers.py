"""Worker threads for script runs: as many as there are busy sessions, reused when idle.

A script that loops without emitting an element cannot be interrupted cooperatively, so it
keeps its thread. A bounded pool would let a few such scripts starve every other session; here
a job that finds no idle thread gets a new one, and idle threads retire after a while. The
threads are daemons so a stuck script never delays the server's exit.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

from stbundle.runtime_py.errors import StopException

_LOG = logging.getLogger(__name__)


class WorkerPool:
    """An elastic pool of daemon threads running blocking jobs off the event loop."""

    def __init__(self, *, idle_seconds: float = 60.0, name: str = "stbundle-run") -> None:
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._idle = 0
        self._threads = 0
        self._idle_seconds = idle_seconds
        self._name = name
        self._closed = False

    @property
    def thread_count(self) -> int:
        return self._threads

    def submit(self, job: Callable[[], None]) -> None:
        with self._lock:
            if self._closed:
                raise RuntimeError("the worker pool is shut down")
            spawn = self._idle == 0
            if spawn:
                self._threads += 1
            else:
                self._idle -= 1  # that idle thread is now spoken for
        self._jobs.put(job)
        if spawn:
            threading.Thread(target=self._thread_main, name=self._name, daemon=True).start()

    def shutdown(self) -> None:
        """Let idle threads exit; busy ones finish (or stay stuck) on their own as daemons."""
        with self._lock:
            self._closed = True
            idle = self._idle
        for _ in range(idle):
            self._jobs.put(None)

    def _thread_main(self) -> None:
        # A forced stop (see interrupt.py) can land just after its run returned, anywhere in the
        # loop below; it only ever means "that run is over", so absorb it and carry on.
        while True:
            try:
                self._serve()
                return
            except StopException:
                continue

    def _serve(self) -> None:
        while True:
            try:
                job = self._jobs.get(timeout=self._idle_seconds)
            except queue.Empty:
                with self._lock:
                    if self._idle == 0:
                        continue  # a job was promised to this thread; it is on its way
                    self._idle -= 1
                    self._threads -= 1
                return
            if job is None:
                with self._lock:
                    self._threads -= 1
                return
            try:
                job()
            except StopException:
                pass
            except Exception:
                _LOG.exception("a worker job failed")
            with self._lock:
                self._idle += 1
