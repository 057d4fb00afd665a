"""The custom component route: `component/<component name>/<file>` serves the files of a folder
the app declared with `components.v1.declare_component(name, path=...)`.

Only a declared component's folder is served, and only files inside it: a path that leaves it
(`..`, an absolute path, a link pointing elsewhere) or names a hidden file is refused, so the
route never reads anything else on the machine.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from stbundle.runtime_py.custom_components import declared_folder

# Content types the platform's table may lack or get wrong for a component's files.
_TYPES = {".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm"}


def component_file(folder: str, relative: str) -> Path | None:
    """The file `relative` names inside `folder`, or None when it is not one of its files."""
    root = Path(folder).resolve()
    parts = relative.replace("\\", "/").split("/")
    if relative.startswith("/") or any(p in ("..", "") or p.startswith(".") for p in parts):
        return None
    path = (root / relative).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        return None
    return path


def content_type(path: Path) -> str:
    suffix = path.suffix.lower()
    return _TYPES.get(suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"


async def serve_component_file(request: Request) -> Response:
    folder = declared_folder(request.path_params["name"])
    if folder is None:
        return PlainTextResponse("no such component", status_code=404)
    path = component_file(folder, request.path_params["path"] or "index.html")
    if path is None:
        return PlainTextResponse("no such file in this component", status_code=404)
    return FileResponse(path, media_type=content_type(path), headers={"Cache-Control": "no-cache"})
