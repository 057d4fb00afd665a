"""Checking a command's parameters the way Streamlit 1.67 does, with its error types.

A value of the wrong kind must fail at the user's call, naming the parameter, with the
exception class Streamlit raises there (apps and tests catch them by class): a flag that is not
a bool is a TypeError, an unknown option a StreamlitValueError, a wrong type where Streamlit
checks types a StreamlitInvalidParameterTypeError.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Collection
from typing import Any

from stbundle.runtime_py.errors import StreamlitInvalidParameterTypeError, StreamlitValueError

#: The `type=` of every button-like command (buttons, popover, link/download/menu buttons).
BUTTON_TYPES = ("primary", "secondary", "tertiary")


def as_bool(value: Any, parameter: str) -> bool:
    """`value` as a flag: bools, ints and numpy bools/ints, as Streamlit's protobuf takes them."""
    if isinstance(value, bool):
        return value
    try:
        return bool(operator.index(value))
    except TypeError:
        raise TypeError(
            f"`{parameter}` must be True or False, not {type(value).__name__} ({value!r})."
        ) from None


def check_option(value: Any, parameter: str, options: Collection[Any], *, got: bool = False) -> Any:
    """`value` when it is one of `options`; else Streamlit's StreamlitValueError."""
    if (isinstance(value, (str, int, float, bool)) or value is None) and value in options:
        return value
    shown = [repr(o) if isinstance(o, str) else str(o) for o in options]
    raise StreamlitValueError(parameter, shown, detail=f"Got {value!r}." if got else "")


def check_icon_position(value: Any) -> str:
    """A button-like command's `icon_position`: "left" or "right" (None means "left")."""
    if value is None:
        return "left"
    return str(check_option(value, "icon_position", ("left", "right")))


def check_type(value: Any, parameter: str, types: tuple[type, ...], names: list[str]) -> Any:
    """`value` when it is an instance of `types`; else StreamlitInvalidParameterTypeError."""
    if isinstance(value, types):
        return value
    raise StreamlitInvalidParameterTypeError(parameter, type(value).__name__, names)


_ICON_HINT = (
    "Please use a single emoji or a Material icon shortcode like `:material\u200b/thumb_up:`."
)


def check_icon(icon: Any) -> str:
    """An `icon=` as Streamlit 1.67 accepts it: "" for none, "spinner", ":material/name:", or
    text that is not plain ASCII (an emoji; Streamlit also checks it against its emoji list,
    which stbundle does not ship). Plain words and emoji shortcodes get Streamlit's error."""
    from stbundle.runtime_py.errors import StreamlitAPIException

    if icon is None:
        return ""
    check_type(icon, "icon", (str,), ["str", "None"])
    text = str(icon).strip()
    if not text or text == "spinner" or text.lower().startswith(":material"):
        return text
    if re.fullmatch(r":[a-zA-Z0-9_+-]+:", text):
        raise StreamlitAPIException(
            f'The value "{text}" is not a valid icon. Emoji shortcodes are not supported. '
            + _ICON_HINT
        )
    if text.isascii():
        raise StreamlitAPIException(f'The value "{text}" is not a valid icon. {_ICON_HINT}')
    return text
