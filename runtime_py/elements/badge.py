"""st.badge: a small coloured label, sent as Streamlit sends it: Markdown's badge directive
(`:blue-badge[label]`), so AppTest sees it as markdown and the renderer draws one directive."""

from __future__ import annotations

from typing import Any, Self, cast

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.elements.text import TextMixin


def badge_markdown(label: str, icon: str | None, color: str) -> str:
    """The directive; brackets in the label are escaped so they cannot end it early."""
    escaped = str(label).replace("[", "\\[").replace("]", "\\]")
    prefix = f"{icon} " if icon else ""
    return f":{color}-badge[{prefix}{escaped}]"


class BadgeMixin(DeltaGeneratorBase):
    def badge(
        self,
        label: str,
        *,
        icon: str | None = None,
        color: str = "blue",
        width: int | str = "content",
        help: str | None = None,
    ) -> Self:
        """Show `label` as a small coloured badge (with an optional emoji or icon)."""
        text: Any = cast(TextMixin, self)
        handle: Self = text._markdown(
            badge_markdown(label, icon, color), pb.Markdown.NATIVE, False, help, width=width
        )
        return handle
