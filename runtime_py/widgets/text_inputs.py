"""Free text: st.text_input and st.text_area (the renderer sends them on Enter or blur)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import Any, NamedTuple

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.caching.params import ttl_to_seconds
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from stbundle.runtime_py.widgets import url_binding, wire
from stbundle.runtime_py.widgets.registration import (
    OnChange,
    fill_common,
    register_widget,
    require_label,
)


class _TypeDefaults(NamedTuple):
    """What a text_input `type` brings unless the call says otherwise (Streamlit 1.67)."""

    icon: str | None
    placeholder: str | None
    validate: tuple[str, str] | None
    autocomplete: str


_EMAIL_RULE = (r"^[^\s@]+@[^\s@]+\.[^\s@]+$", "Enter a valid email address.")
_URL_RULE = (r"^([Hh][Tt][Tt][Pp][Ss]?://)?[^\s/.]+\.[^\s]+$", "Enter a valid URL.")
_TEXT_INPUT_TYPES: dict[str, _TypeDefaults] = {
    "default": _TypeDefaults(None, None, None, ""),
    "password": _TypeDefaults(None, None, None, "new-password"),
    "email": _TypeDefaults(":material/mail:", "you@example.com", _EMAIL_RULE, "email"),
    "url": _TypeDefaults(":material/link:", "https://example.com", _URL_RULE, "url"),
    "phone": _TypeDefaults(":material/call:", "+1 234 567 8900", None, "tel"),
    "search": _TypeDefaults(":material/search:", "Search", None, "off"),
}
_LIVE_DEFAULT_MS = 250
_LIVE_MAX_MS = 60_000


def _live_debounce_ms(live: object) -> int | None:
    """`live` as a pause in milliseconds (None: off). Bare numbers are refused, as in Streamlit."""
    if live is False:
        return None
    if live is True:
        return _LIVE_DEFAULT_MS
    if not isinstance(live, str):
        detail = ""
        if isinstance(live, (int, float, timedelta)):
            detail = (
                "A number or `datetime.timedelta` is not accepted. Use `True` for a 250ms pause, "
                "or a duration string like `'300ms'` or `'0.5s'`. `live=300` is not "
                "milliseconds (and `live=0.3` is not seconds); duration units must be explicit."
            )
        raise StreamlitInvalidParameterTypeError(
            "live", type(live).__name__, ["bool", "str"], detail=detail
        )
    seconds = ttl_to_seconds(live) or 0.0
    ms = round(seconds * 1000)
    if seconds > 0 and ms == 0:
        ms = 1
    if seconds < 0 or ms > _LIVE_MAX_MS:
        raise StreamlitValueOutOfRangeError("live", live, "0ms", "1m")
    return ms


def _validate_rule(validate: object) -> tuple[str, str] | None:
    """`validate` as (regex, message); a bare regex gets the renderer's generic message."""
    if validate is None:
        return None
    if isinstance(validate, str):
        return validate, ""
    if isinstance(validate, tuple):
        if len(validate) == 2 and all(isinstance(v, str) for v in validate):
            return validate[0], validate[1]
        raise StreamlitValueError(
            "validate", ["a regex string", "a (regex, message) tuple of strings"]
        )
    raise StreamlitInvalidParameterTypeError(
        "validate", type(validate).__name__, ["None", "str", "tuple"]
    )


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
        on_change: OnChange = "rerun",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        required: bool = False,
        label_visibility: str = "visible",
        icon: str | None = None,
        validate: str | tuple[str, str] | None = None,
        live: str | bool = False,
        width: int | str = "stretch",
        bind: str | None = None,
        persist_state: str | None = None,
    ) -> str | None:
        """Show a one-line text field; returns its text (None when `value=None` and empty).

        The page sends the text on Enter or blur, or while typing with `live`. `type` picks the
        native input ("password", "email", "url", "phone", "search") and, as in Streamlit, its
        default placeholder, icon, autocomplete and `validate` rule; `validate` and `required`
        are checked in the browser (check again in the script if it matters). With a key,
        `bind="query-params"` mirrors the text in the page URL (not for passwords).
        """
        label = require_label(label, "text_input")
        defaults = _TEXT_INPUT_TYPES.get(type)
        if defaults is None:
            raise StreamlitValueError("type", [repr(t) for t in _TEXT_INPUT_TYPES])
        live_ms = _live_debounce_ms(live)
        rule = _validate_rule(validate)
        default = _check_default("text_input", label, value, max_chars)
        if bind == "query-params" and type == "password":
            raise StreamlitIncompatibleParametersError(
                "`bind='query-params'` and `type='password'` cannot be used together. "
                "Password values must not appear in URLs."
            )
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
                "icon": icon,
                "width": width,
                "live": live_ms,
                "validate": rule[0] if rule else None,
                "required": required,
            },
            key_as_main_identity=frozenset({"max_chars", "validate"}),
            deserialize=_text_deserializer(default, max_chars),
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            persist_state=persist_state,
            bind=bind,
            url=url_binding.text(max_chars),
        )
        el = pb.Element()
        t = el.text_input
        fill_common(
            t.common,
            reg,
            label,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            required=required,
        )
        if reg.display is not None:
            t.has_value = True
            t.value = str(reg.display)
        t.max_chars = max_chars or 0
        t.type = type
        # An argument wins over the type's default; "" turns the feature off.
        placeholder = defaults.placeholder if placeholder is None else placeholder
        if placeholder:
            t.placeholder = str(placeholder)
        icon = defaults.icon if icon is None else icon
        if icon:
            t.common.icon = str(icon)
        t.autocomplete = defaults.autocomplete if autocomplete is None else str(autocomplete)
        if validate is None:
            rule = defaults.validate
        if rule and rule[0]:
            t.validate_regex = rule[0]
            t.validate_message = rule[1]
        if live_ms is not None:
            t.live = True
            t.live_debounce_ms = live_ms
        set_layout(el, width=width)
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
        on_change: OnChange = "rerun",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        required: bool = False,
        label_visibility: str = "visible",
        width: int | str = "stretch",
        bind: str | None = None,
        persist_state: str | None = None,
    ) -> str | None:
        """Show a multi-line text field; returns its text (None when `value=None` and empty).

        The page sends the text on blur or Ctrl/Cmd+Enter. `height` is pixels, "content" or
        "stretch"; `required` keeps a blank text from being sent. With a key,
        `bind="query-params"` mirrors the value in the page URL.
        """
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
                "width": width,
                "required": required,
            },
            key_as_main_identity=frozenset({"max_chars"}),
            deserialize=_text_deserializer(default, max_chars),
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            persist_state=persist_state,
            bind=bind,
            url=url_binding.text(max_chars),
        )
        el = pb.Element()
        t = el.text_area
        fill_common(
            t.common,
            reg,
            label,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            required=required,
        )
        if reg.display is not None:
            t.has_value = True
            t.value = str(reg.display)
        t.max_chars = max_chars or 0
        if placeholder is not None:
            t.placeholder = str(placeholder)
        set_layout(
            el,
            width=width,
            height="content" if height is None else height,
            allow_content_height=True,
        )
        self._emit(el)
        return None if reg.value is None else str(reg.value)

    def color_picker(
        self,
        label: Any,
        value: str | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: Iterable[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: int | str = "content",
        bind: str | None = None,
        persist_state: str | None = None,
    ) -> str:
        """Show a colour swatch that opens a picker; returns the colour as "#rrggbb".

        With a key, `bind="query-params"` mirrors the value in the page URL.
        """
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
            params={"label": label, "value": default, "help": help, "width": width},
            key_as_main_identity=True,
            deserialize=deserialize,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            persist_state=persist_state,
            bind=bind,
            url=_COLOR_URL,
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
        set_layout(el, width=width, allow_content_width=True)
        self._emit(el)
        return str(reg.value)


def _color_from_url(values: list[str]) -> str:
    color = values[-1]
    if not _is_hex_color(color):
        raise ValueError(f"not a hex colour: {color!r}")
    return color


_COLOR_URL = url_binding.UrlBinding(lambda v: [str(v)], _color_from_url)


def _is_hex_color(text: str) -> bool:
    if not text.startswith("#") or len(text) not in (4, 7):
        return False
    return all(c in "0123456789abcdefABCDEF" for c in text[1:])
