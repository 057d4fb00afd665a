"""The upload route: `PUT upload/<session id>?widget=<widget id>&name=<file name>` with the
file's bytes as the body (its MIME type in Content-Type); answers `{"file_id": ...}`.

Why HTTP and not the socket: a file can be hundreds of megabytes while BackMsg frames are capped
at 1 MiB, and a big upload on the socket would hold every click and rerun behind it; a separate
request streams beside the session (as Streamlit's `PUT /_stcore/upload_file` does) and is
counted as it arrives, so an oversized one is cut off at the limit, never buffered whole.
Uploads are checked like the socket (the Host middleware, the Origin policy) and against the
widget the session drew (runtime_py/uploads.py: its size limit and types, with Streamlit's
messages). Bytes stay in memory: nothing is written to disk, so nothing is left behind.
`DELETE upload/<session id>/<file id>` frees a file the person removed.
"""

from __future__ import annotations

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from stbundle.runtime_py.uploads import UploadRefused, size_limit_message
from stbundle.server.origin import OriginPolicy
from stbundle.server.sessions import ServerSession, SessionRegistry

_ENDED = "This session has ended (or never existed): reload the page to upload again."


class UploadRoute:
    def __init__(self, registry: SessionRegistry, origins: OriginPolicy) -> None:
        self.registry = registry
        self.origins = origins

    def _session(self, request: Request) -> ServerSession | Response:
        if not self.origins.permits(
            request.headers.get("origin"), host=request.headers.get("host")
        ):
            return PlainTextResponse("origin not allowed", status_code=403)
        session = self.registry.get(request.path_params["session_id"])
        if session is None:
            return PlainTextResponse(_ENDED, status_code=410)
        return session

    async def put(self, request: Request) -> Response:
        session = self._session(request)
        if isinstance(session, Response):
            return session
        store = session.app.uploads
        widget_id = request.query_params.get("widget", "")
        name = request.query_params.get("name", "")
        policy = store.policy(widget_id)
        if policy is None:
            return PlainTextResponse("No file uploader with this id in this session.", 404)
        too_big = PlainTextResponse(size_limit_message(policy.max_mb), status_code=413)
        declared_text = request.headers.get("content-length")
        declared = int(declared_text) if declared_text and declared_text.isdigit() else None
        if declared is not None and declared > policy.max_bytes:
            return too_big  # refused before a byte of the body is read
        chunks: list[bytes] = []
        received = 0
        try:
            async for chunk in request.stream():
                received += len(chunk)
                if received > policy.max_bytes:
                    return too_big
                chunks.append(chunk)
        except ClientDisconnect:
            return PlainTextResponse("The upload was interrupted; nothing was kept.", 400)
        if declared is not None and received != declared:
            return PlainTextResponse("The upload was truncated; nothing was kept.", 400)
        mimetype = request.headers.get("content-type", "") or "application/octet-stream"
        try:
            file_id = store.add(widget_id, name, mimetype, b"".join(chunks))
        except UploadRefused as exc:
            return PlainTextResponse(str(exc), status_code=exc.status)
        return JSONResponse({"file_id": file_id, "name": name, "size": received})

    async def delete(self, request: Request) -> Response:
        session = self._session(request)
        if isinstance(session, Response):
            return session
        if not session.app.uploads.remove(request.path_params["file_id"]):
            return PlainTextResponse("no such file in this session", status_code=404)
        return Response(status_code=204)
