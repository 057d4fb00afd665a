"""st.download_button: a button that saves bytes from the session's media files.

The data (text, bytes, a file-like object, or a callable returning one of those, called here
rather than at the click) is stored once per content in the session's MediaFiles; the element
carries only its id, which the page turns into a URL through its media channel. A click is a
trigger (True for the run it caused) unless on_click="ignore", which downloads without a rerun.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import effective_width, set_layout
from stbundle.runtime_py.errors import (
    FORM_DOCS_INFO,
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitValueError,
)
from stbundle.runtime_py.param_checks import BUTTON_TYPES, check_icon_position, check_option
from stbundle.runtime_py.widgets import wire
from stbundle.runtime_py.widgets.registration import fill_common, register_widget, require_label
from stbundle.runtime_py.widgets.shortcuts import normalize_shortcut


def as_bytes(data: Any) -> tuple[bytes, str]:
    """The bytes to save and the MIME type they imply (Streamlit's defaults)."""
    if isinstance(data, str):
        return data.encode("utf-8"), "text/plain"
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data), "application/octet-stream"
    if isinstance(data, io.TextIOBase):
        data.seek(0)
        return data.read().encode("utf-8"), "text/plain"
    if isinstance(data, (io.BufferedIOBase, io.RawIOBase)):
        data.seek(0)
        return bytes(data.read() or b""), "application/octet-stream"
    raise StreamlitAPIException(f"Invalid binary data format: {type(data)}")


class DownloadButtonMixin(DeltaGeneratorBase):
    def download_button(
        self,
        label: str,
        data: Any,
        file_name: str | None = None,
        mime: str | None = None,
        key: Any = None,
        help: str | None = None,
        on_click: Callable[..., Any] | str | None = "rerun",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        type: str = "secondary",
        icon: str | None = None,
        icon_position: str = "left",
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: int | str = "content",
        shortcut: str | None = None,
        wrap: bool | None = None,
    ) -> bool:
        """A button that saves `data` as `file_name`; True on the run its click caused."""
        label = require_label(label, "download_button")
        if self._current_form_id():
            raise StreamlitInvalidLayoutContextError(
                f"`st.download_button()` can't be used in an `st.form()`.{FORM_DOCS_INFO}"
            )
        check_option(type, "type", BUTTON_TYPES)
        icon_position = check_icon_position(icon_position)
        keys = None if shortcut is None else normalize_shortcut(shortcut)
        if on_click is not None and not callable(on_click) and on_click not in ("rerun", "ignore"):
            raise StreamlitValueError("on_click", ["'rerun'", "'ignore'", "a callback function"])
        content, implied = as_bytes(data() if callable(data) else data)
        reg = register_widget(
            self,
            "download_button",
            key=key,
            params={
                "label": label,
                "icon": icon,
                "file_name": file_name,
                "mime": mime,
                "help": help,
                "type": type,
                "width": width,
                "icon_position": icon_position,
                "shortcut": keys,
            },
            key_as_main_identity=True,
            deserialize=wire.clicked,
            on_change=None if on_click in ("rerun", "ignore") else on_click,
            on_change_param="on_click",
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            is_trigger=True,
            writes_allowed=False,
        )
        el = pb.Element()
        button = el.download_button
        fill_common(
            button.common, reg, label, help=help, disabled=disabled, label_visibility="visible"
        )
        button.common.set_value = False
        ctx = get_run_context()
        if ctx is not None and not disabled:
            button.media_id = ctx.session.media.add(content, mime or implied, file_name or "")
        button.file_name = file_name or ""
        button.type = type
        button.icon = icon or ""
        button.icon_position = icon_position
        button.shortcut = keys or ""
        button.rerun = on_click != "ignore"
        width = effective_width(width, use_container_width)
        set_layout(el, width=width, allow_content_width=True, wrap=wrap)
        self._emit(el)
        return bool(reg.value)
