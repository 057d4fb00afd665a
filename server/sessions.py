"""The sessions of one served app: one per browser tab, kept across short disconnects.

A session is created when a page connects without a session id, and reattached when the page
reconnects with the id it learnt from NewSession (the id is an unguessable capability). When its
connection closes, the session waits `reconnect_grace_seconds` for the tab to come back, then it
is freed (its script stopped, by force if it ignores the stop). Everything here runs on the event
loop except the script runs, which go to the worker pool.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.app_session import AppSession, RerunRequest
from stbundle.runtime_py.browser_context import ClientFacts
from stbundle.server.compilation import AppCompilation
from stbundle.server.interrupt import ForcedStop, RunningThread
from stbundle.server.outbox import Outbox
from stbundle.server.protocol import widget_id_of
from stbundle.server.settings import ServerSettings
from stbundle.server.workers import WorkerPool

_LOG = logging.getLogger(__name__)
_MAX_TRACKED_WIDGETS = 50_000
# Lazy-table row requests a session may have waiting; more are refused until these are answered.
_MAX_WAITING_ROW_REQUESTS = 8
_FIRST_COMPILE_WAIT_SECONDS = 2.0


@dataclass(eq=False)
class Connection:
    """One open WebSocket as the registry sees it: where to send, and how to cut it off."""

    outbox: Outbox
    kick: Callable[[int, str], None]


# What a run emits on its way: it rides with the run's end (or the next flush of a long run).
# A multipage app's navigation message starts every run: were it urgent, each page switch
# would wake the loop mid-run and reach the page as two frames.
_ON_THE_WAY = frozenset(
    {"delta", "script_started", "page_config", "query_string", "auto_rerun", "navigation"}
)


def _is_urgent(msg: pb.ForwardMsg) -> bool:
    """Messages that end something go out at once; deltas may wait for the next flush."""
    kind = msg.WhichOneof("type")
    if kind == "session_status":
        return not msg.session_status.script_is_running
    return kind not in _ON_THE_WAY


class ServerSession:
    """An AppSession plus what the server needs around it."""

    def __init__(
        self,
        session_id: str,
        script_path: Path,
        *,
        query_string: str,
        compilation: AppCompilation,
        page: str = "",
    ) -> None:
        self.id = session_id
        self.connection: Connection | None = None
        self.running = RunningThread()
        self.messages_sent = 0
        self._shown_widgets: set[str] = set()
        self._too_many_widgets = False
        self.expiry: asyncio.TimerHandle | None = None
        self.app = AppSession(
            script_path,
            self.send,
            query_string=query_string,
            session_id=session_id,
            manifest=compilation.manifest,
            page=page,
        )
        self._compilation = compilation
        # Row requests of lazy tables, answered one at a time in a worker (never on the loop).
        self._row_requests: deque[pb.DataframeRowsRequest] = deque()
        self._answering_rows = False
        self._rows_lock = threading.Lock()

    def ask_rows(self, request: pb.DataframeRowsRequest, pool: WorkerPool) -> None:
        """Queue a page's row request; a worker answers it (reading and sorting rows of a big
        table must not hold up the event loop)."""
        frames = self.app.lazy_frames
        if frames is None:
            return
        with self._rows_lock:
            full = len(self._row_requests) >= _MAX_WAITING_ROW_REQUESTS
            if not full:
                self._row_requests.append(request)
            start = not full and not self._answering_rows
            self._answering_rows = self._answering_rows or start
        if full:
            self.send(frames.refusal(request, "Too many row requests at once; ask again."))
        elif start:
            with contextlib.suppress(RuntimeError):  # the server is shutting down
                pool.submit(self._answer_rows)

    def _answer_rows(self) -> None:
        """Worker job: answer the waiting row requests in order."""
        while True:
            with self._rows_lock:
                if not self._row_requests:
                    self._answering_rows = False
                    return
                request = self._row_requests.popleft()
            self.app.answer_rows(request)

    def send(self, msg: pb.ForwardMsg) -> None:
        """The AppSession's outlet; called from the worker thread (and the loop for greetings)."""
        if msg.WhichOneof("type") != "dataframe_rows":  # a stuck run's sign of life is its own
            self.messages_sent += 1
        widget_id = widget_id_of(msg)
        if widget_id is not None and not self._too_many_widgets:
            if len(self._shown_widgets) >= _MAX_TRACKED_WIDGETS:
                self._too_many_widgets = True  # stop judging ids rather than grow forever
            self._shown_widgets.add(widget_id)
        connection = self.connection
        if connection is not None:
            connection.outbox.put(msg.SerializeToString(), urgent=_is_urgent(msg))

    def was_shown(self, widget_id: str) -> bool:
        """Whether this session ever showed a widget with this id to a page."""
        return self._too_many_widgets or widget_id in self._shown_widgets

    def run(self) -> None:
        """Worker-thread job: run the session's pending requests."""
        self.running.enter()
        try:
            if self.app.site_keys is None:
                # A page that connects while the server's first compile is still going waits
                # for it (briefly), so its first run already knows the app's widget sites.
                manifest = self._compilation.first_manifest(_FIRST_COMPILE_WAIT_SECONDS)
                if manifest is not None:
                    self.app.set_manifest(manifest)
            self.app.run_pending()
        except ForcedStop:
            pass
        except Exception:
            _LOG.exception("session %s: the run loop failed", self.id[:8])
        finally:
            while True:  # a forced stop may land here too; leaving must still happen
                try:
                    self.running.leave()
                    break
                except ForcedStop:
                    continue


class SessionRegistry:
    """All sessions of the app; owns their lifecycle and hands their runs to the workers."""

    def __init__(self, script_path: Path, settings: ServerSettings, pool: WorkerPool) -> None:
        self.script_path = script_path
        self.compilation = AppCompilation(script_path)
        self.settings = settings
        self.pool = pool
        self._sessions: dict[str, ServerSession] = {}
        self._lock = threading.Lock()  # the health endpoint may count from any thread

    def __len__(self) -> int:
        return len(self._sessions)

    def connected_count(self) -> int:
        with self._lock:
            return sum(1 for s in self._sessions.values() if s.connection is not None)

    def declares_page(self, url_path: str) -> bool:
        """Whether a session's last run declared a page at this URL path."""
        return any(p.url_path == url_path for s in self.sessions() for p in list(s.app.pages))

    def get(self, session_id: str) -> ServerSession | None:
        return self._sessions.get(session_id)

    def sessions(self) -> list[ServerSession]:
        with self._lock:
            return list(self._sessions.values())

    # -- connections ---------------------------------------------------------------------------
    def connect(
        self,
        connection: Connection,
        *,
        session_id: str | None,
        query_string: str,
        page: str = "",
        client: ClientFacts | None = None,
        user_info: dict[str, Any] | None = None,
    ) -> ServerSession:
        """Attach a new connection: to its earlier session if that still lives, else a new one.
        `client` is what st.context knows of the connection (the newest one counts);
        `user_info` is a new session's st.user (a session keeps its own)."""
        session = self._sessions.get(session_id) if session_id else None
        if session is not None and client is not None:
            session.app.client = client
        if session is None:
            session = ServerSession(
                secrets.token_urlsafe(24),
                self.script_path,
                query_string=query_string,
                compilation=self.compilation,
                page=page,
            )
            session.app.uploads.default_max_mb = self.settings.max_upload_size_mb
            session.app.hooks = self.settings.script_hooks
            if client is not None:
                session.app.client = client
            session.app.user_info = dict(user_info or {})
            with self._lock:
                self._sessions[session.id] = session
            session.connection = connection
            _LOG.info("session %s: new (%d open)", session.id[:8], len(self._sessions))
            if session.app.start():
                self._submit(session)
            return session
        if session.expiry is not None:
            session.expiry.cancel()
            session.expiry = None
        previous = session.connection
        session.connection = connection
        if previous is not None:
            previous.kick(4001, "this session was reopened by a newer connection")
        _LOG.info("session %s: reconnected", session.id[:8])
        # Messages sent while the tab was away are lost: greet it and show a fresh run, keeping
        # every widget value and st.session_state entry.
        session.send(session.app.new_session_message())
        self.rerun(session)
        return session

    def disconnect(self, session: ServerSession, connection: Connection) -> None:
        """The connection closed: keep the session for the grace period, then free it."""
        connection.outbox.close()
        if session.connection is not connection:
            return  # already replaced by a newer connection
        session.connection = None
        if session.id not in self._sessions:
            return
        loop = asyncio.get_running_loop()
        session.expiry = loop.call_later(
            self.settings.reconnect_grace_seconds, self.free, session.id
        )

    def free(self, session_id: str) -> None:
        """Forget a session whose tab is gone; stop its script."""
        with self._lock:
            session = self._sessions.pop(session_id, None)
        if session is None:
            return
        if session.expiry is not None:
            session.expiry.cancel()
            session.expiry = None
        session.app.request_stop()
        session.app.uploads.close()  # its uploaded files go now; later uploads are refused
        if session.app.lazy_frames is not None:
            session.app.lazy_frames.clear()  # and its lazy tables' rows
        self._force_stop_later(session)
        _LOG.info("session %s: freed (%d open)", session.id[:8], len(self._sessions))

    def recompile(self) -> list[str]:
        """Compile the app again and hand the new manifest to every session; its findings."""
        findings = self.compilation.refresh()
        manifest = self.compilation.manifest
        if manifest is not None:
            for session in self.sessions():
                session.app.set_manifest(manifest)
        return findings

    # -- runs ----------------------------------------------------------------------------------
    def handle(self, session: ServerSession, msg: pb.BackMsg) -> None:
        """A validated BackMsg from the session's page."""
        if msg.WhichOneof("type") == "dataframe_rows":
            session.ask_rows(msg.dataframe_rows, self.pool)
            return
        if session.app.handle_back_msg(msg):
            self._submit(session)
        if msg.WhichOneof("type") == "stop":
            self._force_stop_later(session)

    def rerun(self, session: ServerSession) -> None:
        """Rerun with the session's current widget values (reconnects, file changes)."""
        if session.app.request_rerun(RerunRequest(widget_states=None)):
            self._submit(session)

    def rerun_connected(self) -> int:
        """Rerun every session with an open page; returns how many."""
        count = 0
        for session in self.sessions():
            if session.connection is not None:
                self.rerun(session)
                count += 1
        return count

    def _submit(self, session: ServerSession) -> None:
        try:
            self.pool.submit(session.run)
        except RuntimeError:
            _LOG.warning("session %s: not run, the server is shutting down", session.id[:8])

    def _force_stop_later(self, session: ServerSession) -> None:
        delay = self.settings.force_stop_after_seconds
        if delay is None or not session.running.busy:
            return
        sent = session.messages_sent
        asyncio.get_running_loop().call_later(delay, self._force_stop_if_stuck, session, sent)

    def _force_stop_if_stuck(self, session: ServerSession, sent_before: int) -> None:
        if session.messages_sent != sent_before or not session.running.busy:
            return  # it stopped, or moved on to a newer run
        if session.running.force_stop():
            _LOG.warning(
                "session %s: script ignored the stop for %.1fs; stopped by force",
                session.id[:8],
                self.settings.force_stop_after_seconds or 0.0,
            )

    def shutdown(self) -> None:
        """Stop every script (the server is exiting)."""
        for session in self.sessions():
            if session.expiry is not None:
                session.expiry.cancel()
            session.app.request_stop()
        with self._lock:
            self._sessions.clear()
        self.pool.shutdown()
