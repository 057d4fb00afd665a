"""st.iframe and components.v1's html/iframe: other pages, HTML or files in a sandboxed frame.

The renderer gives every frame a sandbox without the page's origin, so scripts in the embedded
HTML run inside the frame only: they can never read or change the app's page.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any, Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.errors import (
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from stbundle.runtime_py.media_sources import keep, read_named_file

_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_URL_SCHEMES = ("http://", "https://", "data:")


def _check_tab_index(frame: pb.IFrame, tab_index: Any) -> None:
    if tab_index is None:
        return
    if isinstance(tab_index, bool) or not isinstance(tab_index, int):
        raise StreamlitInvalidParameterTypeError("tab_index", type(tab_index).__name__, ["int"])
    if tab_index < -1:
        raise StreamlitValueError("tab_index", ["None", "-1", "a non-negative integer"])
    frame.tab_index = tab_index


class IframeMixin(DeltaGeneratorBase):
    def iframe(
        self,
        src: str | Path,
        *,
        width: int | str = "stretch",
        height: int | str = "content",
        tab_index: int | None = None,
        alt: str | None = None,
    ) -> Self:
        """Embed a URL, a local HTML file (a Path) or an HTML string in a sandboxed frame.

        `height="content"` sizes the frame to the embedded HTML; a URL's content cannot be
        measured, so it gets 400 px, as in Streamlit.
        """
        element = pb.Element()
        frame = element.iframe
        frame.scrolling = True
        set_layout(
            element, width=width, height=height, allow_content_width=True, allow_content_height=True
        )
        if isinstance(src, Path) and src.suffix.lower() in _HTML_SUFFIXES:
            frame.srcdoc = read_named_file(src, "utf-8")
        elif isinstance(src, Path):  # other files: the browser's own viewer, from the media channel
            data = read_named_file(src)
            mimetype = mimetypes.guess_type(src.name)[0] or "application/octet-stream"
            keep(frame.file, data, mimetype, src.name)
        elif src.startswith(_URL_SCHEMES) or src.startswith("/"):
            frame.src = src
        else:
            frame.srcdoc = src
        _check_tab_index(frame, tab_index)
        if alt is not None and str(alt).strip():
            frame.alt = str(alt).strip()
        if not frame.srcdoc:  # content from elsewhere cannot be measured
            if width == "content":
                element.layout.width_stretch = True
            if height == "content":
                element.layout.height_pixels = 400
        return self._emit(element)

    def _frame(
        self,
        *,
        src: str | None,
        srcdoc: str | None,
        width: Any,
        height: Any,
        scrolling: bool,
        tab_index: Any,
    ) -> Self:
        """components.v1.html / .iframe: fixed-size frames (150 px high unless told)."""
        element = pb.Element()
        frame = element.iframe
        if src is not None:
            frame.src = str(src)
        if srcdoc is not None:
            frame.srcdoc = str(srcdoc)
        frame.scrolling = bool(scrolling)
        _check_tab_index(frame, tab_index)
        set_layout(
            element,
            width="stretch" if width is None else width,
            height=150 if height is None else height,
        )
        return self._emit(element)
