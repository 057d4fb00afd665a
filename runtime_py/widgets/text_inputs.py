"""Free text: st.text_input and st.text_area (the renderer sends them on Enter or blur)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.errors import StreamlitAPIException
from stbundle.runtime_py.session_state import Callback
from stbundle.runtime_py.widgets import wire
from stbundle.runtime_py.widgets.registration import fill_common, register_widget, require_label


def _text_deserializer(default: str | None, max_chars: int | None) -> Any:
    def deserialize(state: pb.WidgetState | None) -> str | None:
        if state is None:
            return default
        if wire.is_null(state):
            return None
        text = wire.get_string(state)
        # The page enforces max_chars; a client that did not is clamped, not trusted.
        return text[:max_chars] if max_chars else text

    return deserialize


def _check_default(kind: str, label: str, value: Any, max_chars: int | None) -> str | None:
    default = None if value is None else str(value)
    if default is not None and max_chars is not None and len(default) > max_chars:
        raise StreamlitAPIException(
            f'Default value for {kind} "{label}" exceeds max_chars {max_chars}'
        )
    return default


class TextInputMixin(DeltaGeneratorBase):
    def text_input(
        self,
        label: Any,
        value: Any = "",
        max_chars: int | None = None,
        key: Any = None,
        type: str = "default",
        help: str | None = None,
        autocomplete: str | None = None,
        on_change: Callback | None = None,
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        icon: str | None = None,
        width: Any = "stretch",
        bind: Any = None,
        **_: Any,
    ) -> str | None:
        label = require_label(label, "text_input")
        if type not in ("default", "password"):
            raise StreamlitAPIException(
                f"'{type}' is not a valid text_input type. Valid types are 'default' and "
                "'password'."
            )
        default = _check_default("text_input", label, value, max_chars)
        reg = register_widget(
            self,
            "text_input",
            key=key,
            params={
                "label": label,
                "value": default,
                "max_chars": max_chars,
                "type": type,
                "help": help,
                "autocomplete": autocomplete,
                "placeholder": str(placeholder),
            },
            key_as_main_identity=frozenset({"max_chars"}),
            deserialize=_text_deserializer(default, max_chars),
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
        )
        el = pb.Element()
        t = el.text_input
        fill_common(
            t.common, reg, label, help=help, disabled=disabled, label_visibility=label_visibility
        )
        if reg.display is not None:
            t.has_value = True
            t.value = str(reg.display)
        t.max_chars = max_chars or 0
        t.password = type == "password"
        if placeholder is not None:
            t.placeholder = str(placeholder)
        if autocomplete is not None:
            t.autocomplete = autocomplete
        elif type == "password":
            t.autocomplete = "new-password"
        self._emit(el)
        return None if reg.value is None else str(reg.value)

    def text_area(
        self,
        label: Any,
        value: Any = "",
        height: Any = None,
        max_chars: int | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: Callback | None = None,
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
        bind: Any = None,
        **_: Any,
    ) -> str | None:
        label = require_label(label, "text_area")
        default = _check_default("text_area", label, value, max_chars)
        reg = register_widget(
            self,
            "text_area",
            key=key,
            params={
                "label": label,
                "value": default,
                "height": height,
                "max_chars": max_chars,
                "help": help,
                "placeholder": str(placeholder),
            },
            key_as_main_identity=frozenset({"max_chars"}),
            deserialize=_text_deserializer(default, max_chars),
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
        )
        el = pb.Element()
        t = el.text_area
        fill_common(
            t.common, reg, label, help=help, disabled=disabled, label_visibility=label_visibility
        )
        if reg.display is not None:
            t.has_value = True
            t.value = str(reg.display)
        t.max_chars = max_chars or 0
        if placeholder is not None:
            t.placeholder = str(placeholder)
        if isinstance(height, int):
            t.height = height
        self._emit(el)
        return None if reg.value is None else str(reg.value)

    def color_picker(
        self,
        label: Any,
        value: str | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: Callback | None = None,
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "content",
        bind: Any = None,
    ) -> str:
        label = require_label(label, "color_picker")
        default = "#000000" if value is None else str(value)
        if not _is_hex_color(default):
            raise StreamlitAPIException(
                f"'{default}' is not a valid hex code for colors. Valid ones are like "
                "'#00FFAA' or '#000'."
            )

        def deserialize(state: pb.WidgetState | None) -> str:
            if state is None:
                return default
            color = wire.get_string(state)
            if not _is_hex_color(color):
                raise ValueError(f"not a hex colour: {color!r}")
            return color

        reg = register_widget(
            self,
            "color_picker",
            key=key,
            params={"label": label, "value": default, "help": help},
            key_as_main_identity=True,
            deserialize=deserialize,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
        )
        el = pb.Element()
        fill_common(
            el.color_picker.common,
            reg,
            label,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
        )
        el.color_picker.value = str(reg.display)
        self._emit(el)
        return str(reg.value)


def _is_hex_color(text: str) -> bool:
    if not text.startswith("#") or len(text) not in (4, 7):
        return False
    return all(c in "0123456789abcdefABCDEF" for c in text[1:])
