"""One place that turns a command's width=/height=/text_alignment=/wrap= into a proto Layout.

Every element and block carries an optional `layout` beside its oneof (as Streamlit 1.67 carries
its width and height configs), so commands never grow a size field of their own and the renderer
applies sizes in one place. Values are checked here with Streamlit's errors and wording.
"""

from __future__ import annotations

from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.errors import (
    StreamlitIncompatibleParametersError,
    StreamlitInvalidHeightError,
    StreamlitInvalidWidthError,
    StreamlitValueError,
)

_UINT32_MAX = 2**32 - 1
TEXT_ALIGNMENTS = ("left", "center", "right", "justify")
GAP_SIZES = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")
HORIZONTAL_ALIGNMENTS = ("left", "center", "right", "distribute")
VERTICAL_ALIGNMENTS = ("top", "center", "bottom", "distribute")


class _Unset:
    """Marks a size the command does not have (as opposed to one given as None)."""


UNSET: Any = _Unset()


def _pixels(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_width(width: object, allow_content: bool) -> None:
    allowed = ("stretch", "content") if allow_content else ("stretch",)
    if isinstance(width, str) and width in allowed:
        return
    if _pixels(width) and 0 < width <= _UINT32_MAX:  # type: ignore[operator]
        return
    raise StreamlitInvalidWidthError(width, allow_content)


def _check_height(height: object, allow_content: bool, allow_stretch: bool) -> None:
    allowed = ("stretch",) * allow_stretch + ("content",) * allow_content
    if isinstance(height, str) and height in allowed:
        return
    if _pixels(height) and 0 < height <= _UINT32_MAX:  # type: ignore[operator]
        return
    raise StreamlitInvalidHeightError(height, allow_content)


def gap_value(gap: object) -> str:
    """A gap as the renderer reads it: a size name, "none", or pixels as "<n>px"."""
    if _pixels(gap) and 0 <= gap <= _UINT32_MAX:  # type: ignore[operator]
        return f"{gap}px"
    if gap is None:
        return "none"
    if isinstance(gap, str) and gap.lower() in GAP_SIZES:
        return gap.lower()
    raise StreamlitValueError(
        "gap",
        [*(f"'{size}'" for size in GAP_SIZES), "None", "a non-negative integer (pixels)"],
        detail=f"Got {gap!r}.",
    )


def set_flow(
    block: pb.Block,
    *,
    horizontal: bool,
    gap: object,
    horizontal_alignment: str,
    vertical_alignment: str,
    wrap: bool,
) -> None:
    """How a container's children flow: a row or a column, their gap and alignment."""
    if horizontal_alignment not in HORIZONTAL_ALIGNMENTS:
        raise StreamlitValueError(
            "horizontal_alignment",
            [f"'{a}'" for a in HORIZONTAL_ALIGNMENTS],
            detail=f"Got {horizontal_alignment!r}.",
        )
    if vertical_alignment not in VERTICAL_ALIGNMENTS:
        raise StreamlitValueError(
            "vertical_alignment",
            [f"'{a}'" for a in VERTICAL_ALIGNMENTS],
            detail=f"Got {vertical_alignment!r}.",
        )
    if wrap is False and not horizontal:
        raise StreamlitIncompatibleParametersError(
            "`wrap=False` and `horizontal=False` cannot be used together. A vertical container "
            "has no horizontal row of elements to keep in a single, scrolling row. Set "
            "`horizontal=True` to use `wrap=False`, or remove the `wrap` argument."
        )
    layout = block.layout
    layout.gap = gap_value(gap)
    layout.horizontal = bool(horizontal)
    layout.no_wrap = bool(horizontal) and not wrap
    if horizontal_alignment != "left":
        layout.horizontal_alignment = horizontal_alignment
    if vertical_alignment != "top":
        layout.vertical_alignment = vertical_alignment


def effective_width(
    width: Any, use_container_width: bool | None, *, keep_pixels: bool = False
) -> Any:
    """`width`, unless `use_container_width` (Streamlit's older spelling of width="stretch" or
    "content") is given: then what it says; with `keep_pixels` (charts, the data editor), False
    leaves a width in pixels as it is."""
    if use_container_width is None:
        return width
    if use_container_width:
        return "stretch"
    return width if keep_pixels and isinstance(width, int) else "content"


def set_layout(
    target: pb.Element | pb.Block,
    *,
    width: Any = UNSET,
    height: Any = UNSET,
    allow_content_width: bool = False,
    allow_content_height: bool = False,
    allow_stretch_height: bool = True,
    text_alignment: str | None = None,
    wrap: bool | None = None,
) -> None:
    """Check the layout parameters a command received and record them on its element/block.

    `wrap` None leaves wrapping to the renderer's default for the kind (labels of widgets);
    False keeps the text on one line.
    """
    # Fields are set on target.layout directly: the submessage exists only once one is set.
    if width is not UNSET:
        _check_width(width, allow_content_width)
        if width == "stretch":
            target.layout.width_stretch = True
        elif width == "content":
            target.layout.width_content = True
        else:
            target.layout.width_pixels = int(width)
    if height is not UNSET:
        _check_height(height, allow_content_height, allow_stretch_height)
        if height == "stretch":
            target.layout.height_stretch = True
        elif height == "content":
            target.layout.height_content = True
        else:
            target.layout.height_pixels = int(height)
    if text_alignment is not None:
        if text_alignment not in TEXT_ALIGNMENTS:
            raise StreamlitValueError(
                "text_alignment", ["'left'", "'center'", "'right'", "'justify'"]
            )
        if text_alignment != "left":
            target.layout.text_alignment = text_alignment
    if wrap is not None:
        if not isinstance(wrap, bool):
            raise StreamlitValueError("wrap", ["True", "False"])
        if not wrap:
            target.layout.no_wrap = True
