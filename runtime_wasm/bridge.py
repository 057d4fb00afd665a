"""The in-page end of the protocol: JavaScript hands BackMsg bytes in, ForwardMsg bytes go out.

The page calls `start(app_path, send_js)` once and then the returned `handle(bytes)` for every
BackMsg. Messages cross the boundary as serialized protobuf (the same frames as serve mode), so
the renderer keeps one decoding path. Runs are inline: there are no threads in the page, and
the runtime's cooperative interruption never has to fire because JavaScript cannot call in
while a run is in progress.
"""

from __future__ import annotations

import json
import os
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.app_session import AppSession
from stbundle.runtime_py.site_keys import SITES_FILE

try:  # Pyodide: hand JavaScript a Uint8Array instead of a proxy of a Python bytes object.
    from pyodide.ffi import to_js as _to_js  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # CPython (tests): the callable receives the bytes themselves.

    def _to_js(data: bytes) -> Any:
        return data


def _as_bytes(data: Any) -> bytes:
    """A JS Uint8Array arrives as a JsProxy with `to_bytes()`; CPython callers pass bytes."""
    to_bytes = getattr(data, "to_bytes", None)
    if callable(to_bytes):
        return bytes(to_bytes())
    return bytes(data)


class Bridge:
    """One page's session: decodes what the page sends and serializes what the runtime emits."""

    def __init__(self, app_path: str, send_js: Callable[[Any], None], query_string: str) -> None:
        self._send_js = send_js
        sites = Path(app_path).parent / SITES_FILE
        manifest = json.loads(sites.read_bytes()) if sites.is_file() else None
        self.session = AppSession(
            app_path,
            self._forward,
            query_string=query_string,
            session_id="page",
            manifest=manifest,
        )

    def _forward(self, msg: pb.ForwardMsg) -> None:
        self._send_js(_to_js(msg.SerializeToString()))

    def _run(self, must_run: bool) -> None:
        if not must_run:
            return
        try:
            self.session.run_pending()
        except Exception as exc:  # a runtime bug, not the app's error: still say it in the page
            error = pb.ForwardMsg()
            error.session_error.message = "".join(traceback.format_exception_only(exc)).strip()
            self._forward(error)
            traceback.print_exc()

    def start(self) -> None:
        self._run(self.session.start())

    def handle(self, data: Any) -> None:
        """Take one serialized BackMsg from the renderer and run what it asks for."""
        msg = pb.BackMsg()
        msg.ParseFromString(_as_bytes(data))
        self._run(self.session.handle_back_msg(msg))


def start(
    app_path: str, send_js: Callable[[Any], None], query_string: str = ""
) -> Callable[[Any], None]:
    """Start the app's session (its first run included) and return the BackMsg handler.

    The working directory becomes the app's folder, as with `streamlit run` from there, so the
    app's relative reads of its data files resolve.
    """
    os.chdir(Path(app_path).parent)
    bridge = Bridge(app_path, send_js, query_string)
    bridge.start()
    return bridge.handle
