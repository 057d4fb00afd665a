"""st.pagination: numbered page buttons with previous/next arrows; the script gets the page
(1-based). One page is always chosen: a value the pages cannot show (the page count shrank, a
bad session-state write) falls back to the default, as in Streamlit."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueOutOfRangeError,
)
from stbundle.runtime_py.widgets import url_binding, wire
from stbundle.runtime_py.widgets.choice import reset_to_default
from stbundle.runtime_py.widgets.registration import OnChange, fill_common, register_widget


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class PaginationMixin(DeltaGeneratorBase):
    def pagination(
        self,
        num_pages: int,
        *,
        default: int = 1,
        max_visible_pages: int | None = 7,
        width: int | str = "content",
        key: Any = None,
        on_change: OnChange = "rerun",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        disabled: bool = False,
        bind: str | None = None,
        persist_state: str | None = None,
    ) -> int:
        """Page buttons for `num_pages` pages; returns the chosen page (1 to num_pages)."""
        if not _is_int(num_pages) or num_pages < 1:
            raise StreamlitAPIException(
                f"`num_pages` must be an integer of at least 1. Got {num_pages}."
            )
        if not _is_int(default):
            raise StreamlitInvalidParameterTypeError("default", type(default).__name__, ["int"])
        if not 1 <= default <= num_pages:
            raise StreamlitValueOutOfRangeError("default", default, 1, num_pages)
        if max_visible_pages is not None and (
            not _is_int(max_visible_pages) or max_visible_pages < 0
        ):
            raise StreamlitAPIException(
                "`max_visible_pages` must be a non-negative integer or None. "
                f"Got {max_visible_pages}."
            )

        def deserialize(state: pb.WidgetState | None) -> int:
            if state is None or wire.kind(state) is None:
                return default
            page = wire.get_int(state)
            return page if 1 <= page <= num_pages else default

        reg = register_widget(
            self,
            "pagination",
            key=key,
            params={
                "num_pages": num_pages,
                "default": default,
                "max_visible_pages": max_visible_pages,
                "width": width,
            },
            key_as_main_identity=True,
            deserialize=deserialize,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            persist_state=persist_state,
            bind=bind,
            url=url_binding.number(True, 1, num_pages, clearable=False),
        )
        if not (_is_int(reg.value) and 1 <= reg.value <= num_pages):
            reg = reset_to_default(reg, default)
        el = pb.Element()
        pager = el.pagination
        fill_common(pager.common, reg, "", help=None, disabled=disabled, label_visibility="visible")
        pager.num_pages = num_pages
        shown = reg.display if _is_int(reg.display) and 1 <= reg.display <= num_pages else default
        pager.value = shown
        if max_visible_pages is not None:
            pager.max_visible_pages = max_visible_pages
        set_layout(el, width=width, allow_content_width=True)
        self._emit(el)
        page: int = reg.value
        return page
