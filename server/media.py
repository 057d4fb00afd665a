"""The media route: a session's files at `media/<session id>/<file id>` (downloads, images).

Ids are unguessable HMACs scoped to their session (runtime_py/media_files.py), so a page can
only fetch what its own session made; a file of another session, or of a session that has
ended, is a 404. Pages of foreign origins are refused as on the WebSocket (a browser sends
Origin on cross-origin fetches). Range requests get 206 partial content (audio and video seek
with them); the content type is the file's, and downloads carry their file name.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from stbundle.server.origin import OriginPolicy
from stbundle.server.sessions import SessionRegistry

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class MediaRoute:
    def __init__(self, registry: SessionRegistry, origins: OriginPolicy) -> None:
        self.registry = registry
        self.origins = origins

    async def respond(self, request: Request) -> Response:
        if not self.origins.permits(
            request.headers.get("origin"), host=request.headers.get("host")
        ):
            return PlainTextResponse("origin not allowed", status_code=403)
        session = self.registry.get(request.path_params["session_id"])
        media = None if session is None else session.app.media.get(request.path_params["file_id"])
        if media is None:
            return PlainTextResponse("no such file in this session", status_code=404)
        headers = {"Accept-Ranges": "bytes", "Cache-Control": "private, max-age=3600"}
        if media.filename:
            headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(media.filename)}"
        data, size = media.data, len(media.data)
        wanted = request.headers.get("range")
        if wanted is None:
            return Response(data, media_type=media.mimetype, headers=headers)
        match = _RANGE.match(wanted.strip())
        if match is None or (not match.group(1) and not match.group(2)):
            return _unsatisfiable(size)
        if match.group(1):
            start = int(match.group(1))
            end = min(int(match.group(2)), size - 1) if match.group(2) else size - 1
        else:  # "bytes=-N": the last N bytes
            start, end = max(0, size - int(match.group(2))), size - 1
        if start >= size or start > end:
            return _unsatisfiable(size)
        headers["Content-Range"] = f"bytes {start}-{end}/{size}"
        return Response(data[start : end + 1], 206, media_type=media.mimetype, headers=headers)


def _unsatisfiable(size: int) -> Response:
    return PlainTextResponse(
        "range not satisfiable", 416, headers={"Content-Range": f"bytes */{size}"}
    )
