"""st.link_button: a link drawn as a button. With on_click="ignore" (the default) it is a plain
element; with "rerun" or a callable it is also a trigger widget (the click reruns the script)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import effective_width, set_layout
from stbundle.runtime_py.errors import StreamlitValueError
from stbundle.runtime_py.param_checks import BUTTON_TYPES, check_icon_position, check_option
from stbundle.runtime_py.widgets import wire
from stbundle.runtime_py.widgets.registration import fill_common, register_widget, require_label
from stbundle.runtime_py.widgets.shortcuts import normalize_shortcut


class LinkButtonMixin(DeltaGeneratorBase):
    def link_button(
        self,
        label: str,
        url: str,
        *,
        key: Any = None,
        on_click: Callable[..., Any] | str = "ignore",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        help: str | None = None,
        type: str = "secondary",
        icon: str | None = None,
        icon_position: str = "left",
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: int | str = "content",
        shortcut: str | None = None,
        wrap: bool | None = None,
    ) -> Any:
        """A button that opens `url` in a new tab; returns True on the run its click caused
        when on_click is "rerun" or a callable (else the element's handle)."""
        label = require_label(label, "link_button")
        check_option(type, "type", BUTTON_TYPES)
        icon_position = check_icon_position(icon_position)
        keys = None if shortcut is None else normalize_shortcut(shortcut)
        if not callable(on_click) and on_click not in ("ignore", "rerun"):
            raise StreamlitValueError("on_click", ["'rerun'", "'ignore'", "a callback function"])
        el = pb.Element()
        button = el.link_button
        button.common.label = label
        button.common.disabled = bool(disabled)
        if help:
            button.common.help = str(help)
        button.url = str(url)
        button.type = type
        button.icon = icon or ""
        button.icon_position = icon_position
        button.shortcut = keys or ""
        width = effective_width(width, use_container_width)
        set_layout(el, width=width, allow_content_width=True, wrap=wrap)
        if on_click == "ignore":
            return self._emit(el)
        reg = register_widget(
            self,
            "link_button",
            key=key,
            params={
                "label": label,
                "url": url,
                "help": help,
                "type": type,
                "icon": icon,
                "icon_position": icon_position,
                "shortcut": keys,
            },
            key_as_main_identity=True,
            deserialize=wire.clicked,
            on_change=None if on_click == "rerun" else on_click,
            on_change_param="on_click",
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            is_trigger=True,
            writes_allowed=False,
        )
        fill_common(
            button.common, reg, label, help=help, disabled=disabled, label_visibility="visible"
        )
        self._emit(el)
        return bool(reg.value)
