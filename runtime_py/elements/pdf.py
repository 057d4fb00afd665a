"""st.pdf: a PDF document drawn page by page in the page, in both modes.

Streamlit 1.67 hands the document to the separately installed `streamlit-pdf` component and
raises without it; stbundle draws it itself (pdf.js in the renderer's lazy `pdfjs` chunk), so
the same call shows the document wherever the app runs. The bytes travel on the session's media
channel; an http(s) URL is given to the page as it is.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.errors import (
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
)
from stbundle.runtime_py.media_sources import is_url, keep, read_named_file, set_alt

PDF_MIMETYPE = "application/pdf"


def _pdf_bytes(data: Any) -> bytes | str:
    """The document's bytes, or the URL the page loads it from (Streamlit's rules)."""
    if isinstance(data, (str, Path)):
        text = str(data).strip()
        if is_url(text, ("http", "https")):
            return text
        return read_named_file(text)
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    if isinstance(data, io.BytesIO) or (hasattr(data, "read") and hasattr(data, "getvalue")):
        return bytes(data.getvalue())
    if hasattr(data, "read"):
        return bytes(data.read())
    raise StreamlitInvalidParameterTypeError(
        "data",
        type(data).__name__,
        ["str", "Path", "bytes", "file-like object"],
        detail="A str can be a file path or a URL.",
    )


class PdfMixin(DeltaGeneratorBase):
    def pdf(
        self,
        data: Any,
        *,
        height: int | str = 500,
        key: str | None = None,
        alt: str | None = None,
    ) -> Self:
        """Show a PDF (a file path, an http(s) URL, bytes or a file object) in a scrolling
        viewer `height` pixels high (or "stretch")."""
        if data is None:
            raise StreamlitMissingRequiredParameterError(
                "data",
                detail="Please provide a valid PDF file path, URL, bytes data, or file-like "
                "object.",
            )
        element = pb.Element()
        set_layout(element, height=height)
        source = _pdf_bytes(data)
        viewer = element.pdf
        if isinstance(source, str):
            viewer.file.url = source
        else:
            keep(viewer.file, source, PDF_MIMETYPE, "document.pdf")
        set_alt(viewer.file, alt, allow_empty=False)
        if key is not None:
            viewer.key = str(key)
        return self._emit(element)
