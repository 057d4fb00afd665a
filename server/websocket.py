"""The `/ws` endpoint: binary protobuf ForwardMsgs out, BackMsgs in, one session per tab.

Each connection runs two tasks on the event loop: a receiver that validates every frame before
the session sees it, and a sender that drains the session's outbox. A bad frame closes only its
own connection, with a close code and reason, and logs why; the scripts themselves run in worker
threads, never here.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState
from stbundle.runtime_py.auth_config import auth_section_for
from stbundle.runtime_py.browser_context import ClientFacts, client_context_from_json
from stbundle.server.identity_cookie import handshake_user
from stbundle.server.origin import OriginPolicy
from stbundle.server.outbox import Flusher, Outbox, OutboxOverflow
from stbundle.server.protocol import (
    CLOSE_POLICY_VIOLATION,
    CLOSE_TRY_AGAIN_LATER,
    ProtocolError,
    batch_frame,
    check_widget_states,
    close_reason,
    decode_back_msg,
)
from stbundle.server.sessions import Connection, ServerSession, SessionRegistry
from stbundle.server.settings import ServerSettings

_LOG = logging.getLogger(__name__)
_CLOSE_TIMEOUT_SECONDS = 5.0


class SendTimeout(Exception):
    """A send stayed blocked for `seconds`: the page's socket is full, it stopped reading."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"send blocked for {seconds}s")
        self.seconds = seconds


def _client_facts(websocket: WebSocket) -> ClientFacts:
    """st.context's view of this connection: the handshake's headers, cookies and peer, and
    what the page said about itself in `?context=` (JSON of proto ClientContext)."""
    return ClientFacts(
        headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in websocket.headers.raw],
        cookies=dict(websocket.cookies),
        remote_ip=websocket.client.host if websocket.client else None,
        browser=client_context_from_json(websocket.query_params.get("context")),
    )


class SessionEndpoint:
    """The WebSocket handler of one app (route it with `WebSocketRoute(path, endpoint.handle)`)."""

    def __init__(self, registry: SessionRegistry, settings: ServerSettings) -> None:
        self.registry = registry
        self.settings = settings
        self.origins = OriginPolicy(settings.allowed_origins)
        self.flusher = Flusher()

    def auth_section(self) -> dict[str, Any] | None:
        """The app's [auth] secrets: a new session's st.user comes from the identity cookie."""
        app_dir = self.registry.script_path.parent
        return auth_section_for(app_dir, self.settings.script_hooks.secrets)

    async def handle(self, websocket: WebSocket) -> None:
        origin = websocket.headers.get("origin")
        if not self.origins.permits(origin, host=websocket.headers.get("host")):
            _LOG.warning("refused WebSocket from origin %r (not in the allow-list)", origin)
            await websocket.close(CLOSE_POLICY_VIOLATION, f"origin {origin} is not allowed")
            return
        await websocket.accept()
        loop = asyncio.get_running_loop()
        self.flusher.ensure_running()
        outbox = Outbox(loop, max_bytes=self.settings.max_outbox_bytes, flusher=self.flusher)
        kicked: list[tuple[int, str]] = []
        tasks: list[asyncio.Task[None]] = []

        def kick(code: int, reason: str) -> None:
            kicked.append((code, reason))
            for task in tasks:
                task.cancel()

        connection = Connection(outbox=outbox, kick=kick)
        params = websocket.query_params
        session = self.registry.connect(
            connection,
            session_id=params.get("session"),
            query_string=params.get("query", ""),
            page=params.get("page", ""),
            client=_client_facts(websocket),
            user_info=handshake_user(websocket, self.auth_section()),
        )

        def overflowed() -> None:
            limit = self.settings.max_outbox_bytes
            _LOG.warning(
                "session %s: cut off: the page did not read %.1f MiB of messages",
                session.id[:8],
                limit / (1 << 20),
            )
            kick(CLOSE_TRY_AGAIN_LATER, "the page did not keep up with the server's messages")

        outbox.on_overflow = overflowed
        sender = asyncio.create_task(self._send_loop(websocket, outbox))
        receiver = asyncio.create_task(self._receive_loop(websocket, session))
        tasks.extend((sender, receiver))
        close: tuple[int, str] | None = None
        try:
            done, _ = await asyncio.wait({sender, receiver}, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                if not task.cancelled() and task.exception() is not None:
                    close = self._close_for(task.exception(), session)
        except asyncio.CancelledError:
            close = (1001, "server shutting down")
            raise
        finally:
            sender.cancel()
            receiver.cancel()
            await asyncio.gather(sender, receiver, return_exceptions=True)
            if kicked:
                close = kicked[0]
            self.registry.disconnect(session, connection)
            if close is not None:
                await self._close(websocket, *close)

    async def _receive_loop(self, websocket: WebSocket, session: ServerSession) -> None:
        max_bytes = self.settings.max_frame_bytes
        while True:
            message = await websocket.receive()
            if message["type"] == "websocket.disconnect":
                return
            frame = message.get("bytes")
            if frame is None:
                frame = message.get("text")
            msg = decode_back_msg(frame, max_bytes=max_bytes)
            check_widget_states(
                msg, was_shown=session.was_shown, metadata=session.app.state.widget_metadata
            )
            self.registry.handle(session, msg)

    async def _send_loop(self, websocket: WebSocket, outbox: Outbox) -> None:
        # Everything queued goes out as one frame: the page handles a run in one task.
        timeout = self.settings.send_timeout_seconds
        while True:
            frame = batch_frame(await outbox.get_batch())
            try:
                async with asyncio.timeout(timeout):
                    await websocket.send_bytes(frame)
            except TimeoutError:
                raise SendTimeout(timeout) from None
            outbox.sent()

    def _close_for(
        self, exc: BaseException | None, session: ServerSession
    ) -> tuple[int, str] | None:
        sid = session.id[:8]
        if isinstance(exc, ProtocolError):
            _LOG.warning("session %s: closing connection (%d): %s", sid, exc.code, exc.reason)
            return exc.code, exc.reason
        if isinstance(exc, SendTimeout):
            _LOG.warning(
                "session %s: cut off: the page took no message for %.0fs", sid, exc.seconds
            )
            return CLOSE_TRY_AGAIN_LATER, "the page did not keep up with the server's messages"
        if isinstance(exc, OutboxOverflow):  # noticed by the sender before the overflow call
            return CLOSE_TRY_AGAIN_LATER, "the page did not keep up with the server's messages"
        if isinstance(exc, WebSocketDisconnect | OSError):
            return None
        _LOG.error("session %s: connection failed", sid, exc_info=exc)
        return 1011, "internal server error"

    async def _close(self, websocket: WebSocket, code: int, reason: str) -> None:
        if websocket.application_state != WebSocketState.CONNECTED:
            return
        if websocket.client_state == WebSocketState.DISCONNECTED:
            return
        # A page that stopped reading cannot take the close frame either: give up on it after
        # a while, and the server drops the connection when this handler returns.
        with contextlib.suppress(Exception):
            await asyncio.wait_for(
                websocket.close(code, close_reason(reason)), _CLOSE_TIMEOUT_SECONDS
            )
