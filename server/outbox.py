"""Handing serialized ForwardMsgs from a worker thread to the connection's event loop.

A script run emits many small messages from its worker thread. Waking the loop for each would
make the loop and the worker fight over the GIL while the script runs, delaying both. So only a
message that ends something (a run finished, a new session) wakes the loop at once; the others
wait in the deque, and a shared `Flusher` ticking every few milliseconds sends what a long run
has emitted so far. The outbox is bounded: a page that stops reading is cut off rather than
growing the server's memory without limit.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque


class OutboxOverflow(Exception):
    """The page did not read its messages fast enough."""


class Flusher:
    """Wakes outboxes holding deferred messages, every `interval` seconds while any exist."""

    def __init__(self, interval: float = 0.015) -> None:
        self.interval = interval
        self._dirty: set[Outbox] = set()
        self._task: asyncio.Task[None] | None = None

    def mark(self, outbox: Outbox) -> None:
        """Callable from any thread (set.add is atomic)."""
        self._dirty.add(outbox)

    def ensure_running(self) -> None:
        """Start the ticker on the running loop (idempotent; call from the loop)."""
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._tick())

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            while self._dirty:
                try:
                    outbox = self._dirty.pop()
                except KeyError:
                    break
                outbox.wake()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task


class Outbox:
    """A thread-safe producer side, an asyncio consumer side, FIFO order."""

    def __init__(
        self, loop: asyncio.AbstractEventLoop, *, limit: int, flusher: Flusher | None = None
    ) -> None:
        self._loop = loop
        self._items: deque[bytes] = deque()
        self._ready = asyncio.Event()
        self._wake_scheduled = False
        self._limit = limit
        self._flusher = flusher
        self.overflowed = False
        self.closed = False

    def put(self, data: bytes, *, urgent: bool = True) -> None:
        """Queue one frame; callable from any thread. Non-urgent frames wait for the flusher."""
        if self.closed or self.overflowed:
            return
        if len(self._items) >= self._limit:
            self.overflowed = True
            urgent = True
        else:
            self._items.append(data)
        if not urgent and self._flusher is not None:
            self._flusher.mark(self)
            return
        if not self._wake_scheduled:
            self._wake_scheduled = True
            try:
                self._loop.call_soon_threadsafe(self.wake)
            except RuntimeError:  # the loop is closed: the server is shutting down
                self.closed = True

    def wake(self) -> None:
        """Let the consumer drain (on the loop thread)."""
        self._wake_scheduled = False
        self._ready.set()

    async def get_batch(self) -> list[bytes]:
        """Wait for frames and take all queued ones; raises OutboxOverflow when cut off."""
        while True:
            if self.overflowed:
                raise OutboxOverflow
            if self._items:
                batch = list(self._items)
                for _ in batch:
                    self._items.popleft()
                return batch
            self._ready.clear()
            if self._items or self.overflowed:
                continue
            await self._ready.wait()

    def close(self) -> None:
        self.closed = True
        self._items.clear()
