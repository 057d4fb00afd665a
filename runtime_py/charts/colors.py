"""Colours as the chart commands accept them: hex strings, RGB(A) tuples, rgb()/rgba() strings,
and the theme's colour names (resolved by the renderer), with Streamlit's error wording."""

from __future__ import annotations

from typing import Any

from stbundle.runtime_py.errors import StreamlitInvalidColorError

#: Names the renderer resolves to the theme's colours.
BUILTIN_COLOR_NAMES = frozenset(
    {"red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary"}
)


def invalid_color(color: Any) -> StreamlitInvalidColorError:
    return StreamlitInvalidColorError(
        f"This does not look like a valid color: {color!r}.\n\n"
        "Colors must be in one of the following formats:\n\n"
        "* Hex string with 3, 4, 6, or 8 digits. Example: `'#00ff00'`\n"
        "* List or tuple with 3 or 4 components. Example: `[1.0, 0.5, 0, 0.2]`"
    )


def is_hex_color_like(color: object) -> bool:
    return (
        isinstance(color, str)
        and color.startswith("#")
        and color[1:].isalnum()
        and len(color) in {4, 5, 7, 9}
    )


def is_css_color_like(color: object) -> bool:
    return is_hex_color_like(color) or (
        isinstance(color, str) and color.startswith(("rgb(", "rgba("))
    )


def is_color_tuple_like(color: object) -> bool:
    return (
        isinstance(color, (tuple, list))
        and len(color) in {3, 4}
        and all(isinstance(c, (int, float)) for c in color)
    )


def is_builtin_color_name(color: object) -> bool:
    return isinstance(color, str) and color.lower() in BUILTIN_COLOR_NAMES


def is_color_like(color: object) -> bool:
    """A CSS colour or a colour tuple (not a theme colour name: those stay names)."""
    return is_css_color_like(color) or is_color_tuple_like(color)


def _channel(component: Any, color: Any) -> int:
    if isinstance(component, float):
        component = int(component * 255)
    if isinstance(component, int):
        return min(255, max(component, 0))
    raise invalid_color(color)


def _alpha(component: Any, color: Any) -> float:
    if isinstance(component, int):
        component /= 255.0
    if isinstance(component, float):
        return min(1.0, max(component, 0.0))
    raise invalid_color(color)


def to_css_color(color: Any) -> str:
    """A CSS colour Vega can draw: hex and rgb() strings as given, tuples as rgb()/rgba()."""
    if is_css_color_like(color):
        return str(color)
    if is_color_tuple_like(color):
        r, g, b = (_channel(c, color) for c in color[:3])
        if len(color) == 3:
            return f"rgb({r}, {g}, {b})"
        return f"rgba({r}, {g}, {b}, {_alpha(color[3], color)})"
    raise invalid_color(color)
