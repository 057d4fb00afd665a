"""st.logo: the app's logo, sent as its own ForwardMsg (not an element of the page's tree).

The page shows it at the top of the sidebar and, while the sidebar is closed or absent, the
icon image (else the same image) in the page's corner. A complete run that does not call
st.logo removes it, as in Streamlit. Images are prepared like st.image's; an emoji or a
`:material/name:` icon may stand instead of an image.
"""

from __future__ import annotations

from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.chat import is_emoji
from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.elements.image import fill_image
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitInvalidURLError,
    StreamlitValueError,
)
from stbundle.runtime_py.media_sources import is_url

_SIZES = ("small", "medium", "large")


def _invalid(field: str) -> str:
    return (
        f"The {field} passed to st.logo is invalid - See "
        "[documentation](https://docs.streamlit.io/develop/api-reference/media/st.logo) "
        "for more information on valid types"
    )


def _fill(ref: pb.MediaRef, image: Any, field: str) -> str:
    """Point `ref` at the image; returns the emoji or icon name given instead ("" if none)."""
    if isinstance(image, str) and (image.startswith(":material") or is_emoji(image)):
        return image
    try:
        fill_image(ref, image)
    except Exception as ex:
        raise StreamlitAPIException(_invalid(field)) from ex
    return ""


def logo(
    image: Any,
    *,
    size: str = "medium",
    link: str | None = None,
    icon_image: Any = None,
) -> None:
    """Show `image` as the app's logo (linking to `link`); `icon_image` for the closed sidebar."""
    ctx = get_run_context()
    if ctx is None:
        return
    msg = pb.ForwardMsg()
    shown = msg.logo
    shown.image_text = _fill(shown.image, image, "image")
    if link:
        if not is_url(link, ("http", "https")):
            raise StreamlitInvalidURLError(
                f'"{link}" is not a valid URL. You must use a fully qualified domain beginning '
                'with "http://" or "https://".'
            )
        shown.link = link
    if icon_image:
        shown.icon_text = _fill(shown.icon_image, icon_image, "icon_image")
    if not isinstance(size, str) or size.lower() not in _SIZES:
        raise StreamlitValueError("size", [f"'{s}'" for s in _SIZES])
    shown.size = size.lower()
    ctx.emit(msg)
