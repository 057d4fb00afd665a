"""Handing serialized ForwardMsgs from a worker thread to the connection's event loop.

A script run emits many small messages from its worker thread. Waking the loop for each would
make the loop and the worker fight over the GIL while the script runs, delaying both. So only a
message that ends something (a run finished, a new session) wakes the loop at once; the others
wait in the deque, and a shared `Flusher` ticking every few milliseconds sends what a long run
has emitted so far. The outbox is bounded in bytes: a page that stops reading is cut off rather
than growing the server's memory without limit.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections import deque
from collections.abc import Callable

# What a queued frame costs beyond its bytes (the bytes object and its deque slot), counted so
# that a flood of tiny messages is bounded as well as a few large ones.
FRAME_OVERHEAD_BYTES = 64
# The most one WebSocket frame carries when a backlog has built up (a single larger message
# still goes alone): what a connection whose peer stopped reading can still hold in its
# transport buffer after it is cut off, until the peer goes. Runs smaller than this still reach
# the page as one frame, handled in one task.
DEFAULT_MAX_FRAME_BYTES = 1 << 20


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
    """A thread-safe producer side, an asyncio consumer side, FIFO order, bounded in bytes.

    The bound counts every queued frame (plus a fixed per-frame overhead, so a flood of empty
    messages is bounded too) and the batch being sent, until `sent()` says it left; it may be
    passed by one message at most. A put that finds it reached marks the outbox overflowed,
    drops the backlog and calls `on_overflow` on the loop at once: the sender may be blocked on
    a peer that does not read, and would never get back to `get_batch` to notice.
    """

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        *,
        max_bytes: int,
        flusher: Flusher | None = None,
        on_overflow: Callable[[], None] | None = None,
        max_frame_bytes: int = DEFAULT_MAX_FRAME_BYTES,
    ) -> None:
        self._loop = loop
        self._items: deque[bytes] = deque()
        self._ready = asyncio.Event()
        self._wake_scheduled = False
        self.max_bytes = max_bytes
        self._max_frame_bytes = max_frame_bytes
        self._flusher = flusher
        self.on_overflow = on_overflow
        self._lock = threading.Lock()
        self._queued_bytes = 0
        self._in_flight_bytes = 0
        self.overflowed = False
        self.closed = False

    @property
    def held_bytes(self) -> int:
        """Bytes queued or being sent, as counted against `max_bytes`."""
        return self._queued_bytes + self._in_flight_bytes

    def put(self, data: bytes, *, urgent: bool = True) -> None:
        """Queue one frame; callable from any thread. Non-urgent frames wait for the flusher."""
        size = len(data) + FRAME_OVERHEAD_BYTES
        with self._lock:
            if self.closed or self.overflowed:
                return
            # A message goes when the backlog is under the bound, however large it is itself.
            overflow = self._queued_bytes + self._in_flight_bytes >= self.max_bytes
            if overflow:
                self.overflowed = True
                self._items.clear()
                self._queued_bytes = 0
            else:
                self._items.append(data)
                self._queued_bytes += size
        if overflow:
            self._call_soon(self._report_overflow)
            return
        if not urgent and self._flusher is not None:
            self._flusher.mark(self)
            return
        if not self._wake_scheduled:
            self._wake_scheduled = True
            self._call_soon(self.wake)

    def _report_overflow(self) -> None:
        self.wake()
        if self.on_overflow is not None:
            self.on_overflow()

    def _call_soon(self, callback: Callable[[], None]) -> None:
        try:
            self._loop.call_soon_threadsafe(callback)
        except RuntimeError:  # the loop is closed: the server is shutting down
            self.closed = True

    def wake(self) -> None:
        """Let the consumer drain (on the loop thread)."""
        self._wake_scheduled = False
        self._ready.set()

    async def get_batch(self) -> list[bytes]:
        """Wait for frames and take the queued ones, up to about `max_frame_bytes` (always at
        least one); they count as in flight until `sent()`. Raises OutboxOverflow when cut off.
        """
        while True:
            if self.overflowed:
                raise OutboxOverflow
            batch = self._take()
            if batch:
                return batch
            self._ready.clear()
            if self._items or self.overflowed:
                continue
            await self._ready.wait()

    def _take(self) -> list[bytes]:
        batch: list[bytes] = []
        taken = 0
        with self._lock:
            while self._items and (not batch or taken < self._max_frame_bytes):
                data = self._items.popleft()
                batch.append(data)
                taken += len(data) + FRAME_OVERHEAD_BYTES
            self._queued_bytes -= taken
            self._in_flight_bytes += taken
            if self._items:
                self._ready.set()  # more is waiting: the next call need not wait
        return batch

    def sent(self) -> None:
        """The batch from the last `get_batch` has left (written to the connection)."""
        with self._lock:
            self._in_flight_bytes = 0

    def close(self) -> None:
        with self._lock:
            self.closed = True
            self._items.clear()
            self._queued_bytes = 0
            self._in_flight_bytes = 0
