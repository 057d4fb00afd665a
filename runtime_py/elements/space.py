"""st.space: empty space along the parent's direction (height in a column, width in a row)."""

from __future__ import annotations

from typing import Any, Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.errors import StreamlitValueError

#: Streamlit 1.67's size names and their lengths in rem.
SPACE_REM = {
    "xxsmall": 0.25,
    "xsmall": 0.5,
    "small": 0.75,
    "medium": 2.5,
    "large": 4.25,
    "xlarge": 6.0,
    "xxlarge": 8.0,
}
SPACE_SIZES = ("stretch", *SPACE_REM)


class SpaceMixin(DeltaGeneratorBase):
    def space(self, size: Any = "small") -> Self:
        """Add space: a size name, "stretch" (fills what is left) or pixels."""
        element = pb.Element()
        if isinstance(size, str) and size in SPACE_SIZES:
            element.space.size = size
            element.space.rem = SPACE_REM.get(size, 0.0)
        elif isinstance(size, int) and not isinstance(size, bool) and 0 < size < 2**32:
            element.space.pixels = size
        else:
            raise StreamlitValueError(
                "size",
                [*(f"'{s}'" for s in SPACE_SIZES), "a positive integer"],
                detail=f"Got {size!r}.",
            )
        return self._emit(element)
