"""A protocol-level page: speaks binary ForwardMsg/BackMsg over the WebSocket like the renderer.

It remembers the widgets it was shown (by label) and the widget values it holds, and sends every
held value with each rerun request, as the renderer does.
"""

from __future__ import annotations

import time
from collections import deque
from typing import Any
from urllib.parse import urlencode

from stbundle.proto import stbundle_pb2 as pb
from stbundle.server.protocol import widget_id_of
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

Status = pb.ScriptFinished.Status


class Run:
    """The messages of one script run, from script_started to script_finished."""

    def __init__(self, messages: list[pb.ForwardMsg]) -> None:
        self.messages = messages
        finished = [m for m in messages if m.WhichOneof("type") == "script_finished"]
        self.status = finished[-1].script_finished.status if finished else None

    def elements(self) -> list[pb.Element]:
        return [
            m.delta.new_element
            for m in self.messages
            if m.WhichOneof("type") == "delta" and m.delta.WhichOneof("type") == "new_element"
        ]

    def texts(self) -> list[str]:
        out = []
        for el in self.elements():
            kind = el.WhichOneof("type")
            if kind == "markdown":
                out.append(el.markdown.body)
            elif kind == "heading":
                out.append(el.heading.body)
            elif kind == "exception":
                exc: Any = el.exception  # pb.Exception: the stub's name shadows the builtin
                out.append(f"{exc.type}: {exc.message}")
        return out

    def exceptions(self) -> list[Any]:
        return [el.exception for el in self.elements() if el.WhichOneof("type") == "exception"]


class PageClient:
    """One browser tab, at the protocol level."""

    def __init__(
        self,
        ws_url: str,
        *,
        session: str | None = None,
        query: str | None = None,
        origin: str | None = None,
        timeout: float = 10.0,
        context: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        params = {
            k: v
            for k, v in (("session", session), ("query", query), ("context", context))
            if v is not None
        }
        url = ws_url + (f"?{urlencode(params)}" if params else "")
        headers = {**(headers or {}), **({"Origin": origin} if origin else {})} or None
        self.ws: ClientConnection = connect(
            url, additional_headers=headers, open_timeout=timeout, max_size=None, legacy=True
        )
        self.timeout = timeout
        self.session_id = ""
        self.widgets: dict[str, str] = {}  # label -> id
        self.kinds: dict[str, str] = {}  # id -> element kind
        self._queued: deque[pb.ForwardMsg] = deque()

    def recv(self, timeout: float | None = None) -> pb.ForwardMsg:
        """The next ForwardMsg (frames are ForwardMsgBatches: their messages are queued)."""
        if not self._queued:
            data = self.ws.recv(timeout=self.timeout if timeout is None else timeout)
            assert isinstance(data, bytes), "the server must send binary frames"
            self._queued.extend(pb.ForwardMsgBatch.FromString(data).msgs)
        msg = self._queued.popleft()
        if msg.WhichOneof("type") == "new_session":
            self.session_id = msg.new_session.session_id
        widget_id = widget_id_of(msg)
        if widget_id is not None:
            el = msg.delta.new_element
            kind = el.WhichOneof("type")
            self.widgets[getattr(el, kind).common.label] = widget_id
            self.kinds[widget_id] = kind
        return msg

    def run(self, timeout: float | None = None) -> Run:
        """Read messages until a script run finishes; returns that run's messages."""
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        messages: list[pb.ForwardMsg] = []
        while True:
            msg = self.recv(timeout=max(0.01, deadline - time.monotonic()))
            kind = msg.WhichOneof("type")
            if kind == "script_started":
                messages = []
            messages.append(msg)
            if kind == "script_finished":
                return Run(messages)

    def settled_run(self, timeout: float | None = None) -> Run:
        """Skip interrupted runs; the first run that completes."""
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        while True:
            run = self.run(timeout=max(0.01, deadline - time.monotonic()))
            if run.status != Status.STOPPED_FOR_RERUN:
                return run

    def send(self, msg: pb.BackMsg) -> None:
        self.ws.send(msg.SerializeToString())

    def click(self, label: str) -> None:
        msg = pb.BackMsg()
        state = msg.rerun.widget_states.widgets.add()
        state.id = self.widgets[label]
        state.trigger_value = True
        self.send(msg)

    def rerun(self, **values: Any) -> None:
        """A rerun request with some widget values, given by label."""
        msg = pb.BackMsg()
        msg.rerun.SetInParent()
        for label, value in values.items():
            state = msg.rerun.widget_states.widgets.add()
            state.id = self.widgets[label]
            if isinstance(value, bool):
                state.bool_value = value
            elif isinstance(value, str):
                state.string_value = value
            else:
                state.double_value = float(value)
        self.send(msg)

    def stop(self) -> None:
        msg = pb.BackMsg()
        msg.stop = True
        self.send(msg)

    def closed_with(self, timeout: float = 5.0) -> tuple[int | None, str]:
        """Drain until the server closes the connection; its close code and reason."""
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline:
                self.ws.recv(timeout=max(0.01, deadline - time.monotonic()))
        except ConnectionClosed as closed:
            rcvd = closed.rcvd
            return (rcvd.code, rcvd.reason) if rcvd else (None, "")
        except TimeoutError:
            pass
        raise AssertionError("the server did not close the connection")

    def close(self) -> None:
        self.ws.close()
