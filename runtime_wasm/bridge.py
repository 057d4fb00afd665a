"""The in-page end of the protocol: JavaScript hands BackMsg bytes in, ForwardMsg bytes go out.

The page calls `open_session(app_path, send_js, query_string, page)` once. The returned Bridge's
`begin()` and `handle(bytes)` only take requests (True: a run must start) and `run()` runs what
is pending. The page calls `run` with `callPromising()` where the browser has JSPI, so the run
can give the page its turn mid-run (live.py): clicks then arrive while a run is in progress and
the runtime's cooperative interruption stops it at its next element, as in serve mode.
Messages cross the boundary as serialized protobuf (the same frames as serve mode), so the
renderer keeps one decoding path: a ForwardMsgBatch of the messages emitted since the last one,
sent when the page gets its turn (end of a call, a live run's pause), as one JavaScript call.
`start()` is the same session run inline (no page hooks).
"""

from __future__ import annotations

import json
import os
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from stbundle.proto import encode
from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py import script_source
from stbundle.runtime_py.app_session import AppSession
from stbundle.runtime_py.browser_context import client_context_from_json
from stbundle.runtime_py.context import OutgoingDelta
from stbundle.runtime_py.site_keys import SITES_FILE
from stbundle.runtime_py.uploads import UploadRefused
from stbundle.runtime_wasm.live import LiveRuns

try:  # Pyodide: hand JavaScript a Uint8Array instead of a proxy of a Python bytes object.
    from pyodide.ffi import to_js  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # CPython (tests): the callable receives the bytes themselves.

    def to_js(data: bytes) -> Any:
        return data


#: The field of ForwardMsgBatch that holds each message.
_BATCH_MSGS = pb.ForwardMsgBatch.DESCRIPTOR.fields_by_name["msgs"].number


def _as_bytes(data: Any) -> bytes:
    """A JS Uint8Array arrives as a JsProxy with `to_bytes()`; CPython callers pass bytes."""
    to_bytes = getattr(data, "to_bytes", None)
    if callable(to_bytes):
        return bytes(to_bytes())
    return bytes(data)


def _page_context() -> pb.ClientContext | None:
    """The renderer's clientContext() (URL, locale, timezone, theme), asked of the page; None
    outside a browser (CPython tests)."""
    try:
        import js  # type: ignore[import-not-found,unused-ignore]

        return client_context_from_json(str(js.JSON.stringify(js.stbundle.clientContext())))
    except Exception:
        return None


class Bridge:
    """One page's session: decodes what the page sends and serializes what the runtime emits."""

    def __init__(
        self,
        app_path: str,
        send_js: Callable[[Any], None],
        query_string: str,
        live: LiveRuns | None = None,
        start_page: str = "",
    ) -> None:
        self._send_js = send_js
        # Serialized ForwardMsgs not handed to the page yet; each crossing into JavaScript (a
        # Uint8Array made and a function called) costs about as much as encoding a message.
        self._outbox: list[bytes] = []
        self.live = live
        if live is not None:
            live.before_turn = self.flush
        sites = Path(app_path).parent / SITES_FILE
        manifest = json.loads(sites.read_bytes()) if sites.is_file() else None
        self.session = AppSession(
            app_path,
            self._forward,
            query_string=query_string,
            session_id="page",
            manifest=manifest,
            page=start_page,
            send_delta=self._forward_delta,
        )
        # No handshake in a static build: st.context's first run reads what the page says.
        self.session.client.browser = _page_context()

    def _forward(self, msg: pb.ForwardMsg) -> None:
        self._outbox.append(encode.serialize(msg))
        if self.live is not None:
            self.live.after_send(msg)

    def _forward_delta(self, delta: OutgoingDelta) -> None:
        """An element or block: its bytes are written around the element's, never copied."""
        self._outbox.append(delta.wire_bytes())
        if self.live is not None:
            self.live.after_element(delta.element)

    def flush(self) -> None:
        """Hand the page what was emitted since the last flush, as one ForwardMsgBatch."""
        if not self._outbox:
            return
        frame = b"".join([encode.length_delimited(_BATCH_MSGS, data) for data in self._outbox])
        self._outbox.clear()
        self._send_js(to_js(frame))

    def begin(self) -> bool:
        """Greet the page and ask for the first run; True: call `run()`."""
        try:
            return self.session.start()
        finally:
            self.flush()

    def handle(self, data: Any) -> bool:
        """Take one serialized BackMsg from the renderer; True: call `run()`.

        During a run (the page had its turn mid-run) this only queues the request: the run in
        progress stops at its next element and takes it up.
        """
        msg = pb.BackMsg()
        msg.ParseFromString(_as_bytes(data))
        try:
            return self.session.handle_back_msg(msg)
        finally:
            self.flush()

    def media_bytes(self, file_id: str) -> Any:
        """A session media file's bytes for the page's Blob URL (None: no such file)."""
        media = self.session.media.get(str(file_id))
        return None if media is None else to_js(media.data)

    def media_type(self, file_id: str) -> str:
        media = self.session.media.get(str(file_id))
        return "" if media is None else media.mimetype

    def upload(self, widget_id: str, name: str, mimetype: str, data: Any) -> str:
        """Keep a file the person chose for a widget (the static build's upload, no server):
        JSON `{"file_id": ...}`, or `{"error": message}` when the widget refuses it."""
        try:
            file_id = self.session.uploads.add(
                str(widget_id), str(name), str(mimetype), _as_bytes(data)
            )
        except UploadRefused as exc:
            return json.dumps({"error": str(exc)})
        return json.dumps({"file_id": file_id})

    def drop_upload(self, file_id: str) -> None:
        """The person removed a file: free it now."""
        self.session.uploads.remove(str(file_id))

    def run(self) -> None:
        """Run what is pending until nothing is (once per True from begin/handle)."""
        if self.live is not None:
            self.live.run_started()
        try:
            self.session.run_pending()
        except Exception as exc:  # a runtime bug, not the app's error: still say it in the page
            error = pb.ForwardMsg()
            error.session_error.message = "".join(traceback.format_exception_only(exc)).strip()
            self._forward(error)
            traceback.print_exc()
        finally:
            self.flush()


def open_session(
    app_path: str,
    send_js: Callable[[Any], None],
    query_string: str = "",
    page: Any = None,
    start_page: str = "",
) -> Bridge:
    """The page's session, not started yet (the page calls `begin()`, then `run()`).

    `page` holds the page's hooks for live runs (runtime_wasm/src/live.ts); with it, the app's
    `time.sleep` waits without blocking the page while the browser can suspend Python;
    `start_page` is the URL pathname of the multipage app's page the address bar shows. The
    working directory becomes the app's folder, as with `streamlit run` from there, so the app's
    relative reads of its data files resolve.
    """
    os.chdir(Path(app_path).parent)
    script_source.WATCH_FILES = False  # a static site's files do not change while it is open
    live = None
    if page is not None:
        live = LiveRuns(page)
        live.install_sleep()
    return Bridge(app_path, send_js, query_string, live, start_page)


def start(
    app_path: str, send_js: Callable[[Any], None], query_string: str = ""
) -> Callable[[Any], None]:
    """Start the app's session inline (its first run included) and return the BackMsg handler."""
    bridge = open_session(app_path, send_js, query_string)

    def handle(data: Any) -> None:
        if bridge.handle(data):
            bridge.run()

    if bridge.begin():
        bridge.run()
    return handle
