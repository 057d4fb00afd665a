"""What st.image, st.audio, st.video and st.logo take as a source, turned into a MediaRef.

A source is either a URL the page loads as it is (http(s), data:, Streamlit's relative
`/app/static/` paths) or bytes (given, or read from a file) that go into the session's media
files (media_files.py), so the page fetches them through its media channel: the session's HTTP
route in serve mode, a Blob URL in a static build. The same bytes keep the same id across reruns.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any, overload

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.errors import StreamlitAPIException

#: Streamlit's static-file route (server.enableStaticServing): such paths are used as URLs.
STATIC_PREFIX = "/app/static/"


class MediaFileStorageError(StreamlitAPIException):
    """A media file that could not be read (Streamlit's name and wording)."""


def is_url(text: str, schemes: tuple[str, ...] = ("http", "https")) -> bool:
    """Looks like a URL of one of `schemes` (not checked for reachability), as Streamlit."""
    from urllib.parse import urlparse  # only when a string source is given: ~60 ms in Pyodide

    try:
        parsed = urlparse(str(text))
    except ValueError:
        return False
    if parsed.scheme not in schemes:
        return False
    if parsed.scheme in ("http", "https"):
        return bool(parsed.netloc)
    return bool(parsed.path)


def is_external(source: str) -> bool:
    """A string the page loads as a URL: not a file here, and http(s), data: or static."""
    if os.path.isfile(source):
        return False
    return is_url(source, ("http", "https", "data")) or source.startswith(STATIC_PREFIX)


def read_file(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as ex:
        raise MediaFileStorageError(f"Error opening '{path}'") from ex


@overload
def read_named_file(path: str | Path) -> bytes: ...
@overload
def read_named_file(path: str | Path, encoding: str) -> str: ...
def read_named_file(path: str | Path, encoding: str | None = None) -> bytes | str:
    """A file the app names as an element's content (st.pdf, st.iframe), read whole: as text
    when `encoding` is given. Streamlit's error when it cannot be read or decoded."""
    try:
        if encoding is None:
            with open(path, "rb") as f:
                return f.read()
        with open(path, encoding=encoding) as f:
            return f.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise StreamlitAPIException(f"Unable to read file '{path}': {exc}") from exc


def stream_bytes(data: Any) -> bytes | None:
    """The whole content of a BytesIO or binary file object (from its start); None otherwise."""
    if isinstance(data, io.BytesIO):
        data.seek(0)
        return data.getvalue()
    if isinstance(data, (io.RawIOBase, io.BufferedReader)):
        data.seek(0)
        return bytes(data.read() or b"")
    return None


def is_ndarray(obj: Any) -> bool:
    """A NumPy array, told without importing NumPy."""
    kind = type(obj)
    return kind.__module__.split(".")[0] == "numpy" and kind.__name__ == "ndarray"


def as_path_text(data: Any) -> Any:
    return str(data) if isinstance(data, Path) else data


def keep(ref: pb.MediaRef, data: bytes, mimetype: str, filename: str = "") -> None:
    """Store `data` in the running session's media files and point `ref` at it (outside a run
    there is no session: the ref stays empty, as Streamlit's URL is empty without a runtime)."""
    ctx = get_run_context()
    if ctx is not None:
        ref.media_id = ctx.session.media.add(data, mimetype, filename)


def set_alt(ref: pb.MediaRef, alt: Any, *, allow_empty: bool) -> None:
    """Streamlit's alt rules: None omits it; "" marks a decorative image (where allowed);
    blank text is dropped; anything else is stripped text."""
    if alt is None:
        return
    text = alt.decode("utf-8", "replace") if isinstance(alt, (bytes, bytearray)) else str(alt)
    if text == "" and allow_empty:
        ref.decorative = True
    elif text.strip():
        ref.alt = text.strip()
