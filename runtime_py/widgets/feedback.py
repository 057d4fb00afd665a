"""st.feedback: a thumbs, faces or stars rating; the script gets the chosen index or None.

Choosing the chosen option again clears it (None), as in Streamlit. A value the options cannot
show (a stars rating kept in session state for a thumbs widget) falls back to the default.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.errors import StreamlitValueError, StreamlitValueOutOfRangeError
from stbundle.runtime_py.widgets import url_binding, wire
from stbundle.runtime_py.widgets.choice import reset_to_default
from stbundle.runtime_py.widgets.registration import OnChange, fill_common, register_widget

#: How many options each kind of rating has.
_OPTION_COUNTS = {"thumbs": 2, "faces": 5, "stars": 5}


def _is_index(value: object, count: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < count


class FeedbackWidgetMixin(DeltaGeneratorBase):
    def feedback(
        self,
        options: str = "thumbs",
        *,
        key: Any = None,
        default: int | None = None,
        disabled: bool = False,
        on_change: OnChange = "rerun",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        width: int | str = "content",
        bind: str | None = None,
        persist_state: str | None = None,
    ) -> int | None:
        """Ask for a rating; returns the chosen option's index (thumbs: 0 down, 1 up; faces
        and stars: 0 to 4) or None."""
        count = _OPTION_COUNTS.get(options) if isinstance(options, str) else None
        if count is None:
            raise StreamlitValueError("options", ["'thumbs'", "'faces'", "'stars'"])
        if default is not None and not _is_index(default, count):
            raise StreamlitValueOutOfRangeError("default", default, 0, count - 1)

        def deserialize(state: pb.WidgetState | None) -> int | None:
            if state is None:
                return default
            if wire.is_null(state):
                return None
            value = wire.get_int(state)
            return value if 0 <= value < count else default

        indices = list(range(count))
        reg = register_widget(
            self,
            "feedback",
            key=key,
            params={"options": options, "default": default, "width": width},
            key_as_main_identity=frozenset({"options"}),
            deserialize=deserialize,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            persist_state=persist_state,
            bind=bind,
            url=url_binding.option(indices, [str(i) for i in indices], clearable=True),
        )
        if reg.value is not None and not _is_index(reg.value, count):
            reg = reset_to_default(reg, default)
        el = pb.Element()
        rating = el.feedback
        fill_common(
            rating.common, reg, "", help=None, disabled=disabled, label_visibility="visible"
        )
        rating.type = options
        if reg.display is not None and _is_index(reg.display, count):
            rating.has_value = True
            rating.value = reg.display
        set_layout(el, width=width, allow_content_width=True)
        self._emit(el)
        value: int | None = reg.value
        return value
