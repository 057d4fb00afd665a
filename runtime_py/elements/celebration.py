"""st.balloons and st.snow: a short full-page animation drawn by the renderer."""

from __future__ import annotations

from typing import Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase


class CelebrationMixin(DeltaGeneratorBase):
    def balloons(self) -> Self:
        """Float balloons up the page."""
        el = pb.Element()
        el.balloons.show = True
        return self._emit(el)

    def snow(self) -> Self:
        """Let snowflakes fall down the page."""
        el = pb.Element()
        el.snow.show = True
        return self._emit(el)
