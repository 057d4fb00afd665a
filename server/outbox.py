"""Handing serialized ForwardMsgs from a worker thread to the connection's event loop.

A script run emits many small messages from its worker thread. Scheduling one loop callback per
message would wake the loop for each; the outbox appends to a deque and schedules a single
wake-up until the sender has drained it. It is bounded: a page that stops reading is cut off
rather than growing the server's memory without limit.
"""

from __future__ import annotations

import asyncio
from collections import deque


class OutboxOverflow(Exception):
    """The page did not read its messages fast enough."""


class Outbox:
    """A thread-safe producer side, an asyncio consumer side, FIFO order."""

    def __init__(self, loop: asyncio.AbstractEventLoop, *, limit: int) -> None:
        self._loop = loop
        self._items: deque[bytes] = deque()
        self._ready = asyncio.Event()
        self._wake_scheduled = False
        self._limit = limit
        self.overflowed = False
        self.closed = False

    def put(self, data: bytes) -> None:
        """Queue one frame; callable from any thread."""
        if self.closed or self.overflowed:
            return
        if len(self._items) >= self._limit:
            self.overflowed = True
        else:
            self._items.append(data)
        if not self._wake_scheduled:
            self._wake_scheduled = True
            try:
                self._loop.call_soon_threadsafe(self._wake)
            except RuntimeError:  # the loop is closed: the server is shutting down
                self.closed = True

    def _wake(self) -> None:
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
