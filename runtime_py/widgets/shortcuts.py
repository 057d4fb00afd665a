"""Keyboard shortcuts of buttons (`shortcut="Ctrl+K"`), checked and normalised for the renderer.

The rules are Streamlit 1.67's: one non-modifier key (a letter or digit, F1-F24, or a named key)
with any of Ctrl/Cmd/Alt/Shift and their aliases; C and R are reserved (copy and reload).
"""

from __future__ import annotations

from stbundle.runtime_py.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError

_MODIFIERS = {
    "ctrl": "ctrl", "control": "ctrl", "mod": "ctrl",
    "cmd": "cmd", "command": "cmd", "meta": "cmd",
    "alt": "alt", "option": "alt",
    "shift": "shift",
}  # fmt: skip
_MODIFIER_ORDER = ("ctrl", "cmd", "alt", "shift")
_NAMED_KEYS = {
    "enter": "enter", "return": "enter", "space": "space", "spacebar": "space", "tab": "tab",
    "escape": "escape", "esc": "escape", "backspace": "backspace", "delete": "delete",
    "del": "delete", "home": "home", "end": "end", "pageup": "pageup", "pagedown": "pagedown",
    "left": "left", "arrowleft": "left", "right": "right", "arrowright": "right",
    "up": "up", "arrowup": "up", "down": "down", "arrowdown": "down",
}  # fmt: skip
_RESERVED = ("c", "r")


def _key(token: str) -> str:
    if token in _NAMED_KEYS:
        return _NAMED_KEYS[token]
    if (len(token) == 1 and token.isalnum()) or (token[:1] == "f" and token[1:].isdigit()):
        return token
    raise StreamlitAPIException(
        "shortcut must include a single character or one of the supported keys "
        "(e.g. Enter, Space, Tab, Escape)."
    )


def normalize_shortcut(shortcut: object) -> str:
    """`shortcut` as "mod+...+key" in a fixed modifier order, or Streamlit's error."""
    if not isinstance(shortcut, str):
        raise StreamlitInvalidParameterTypeError("shortcut", type(shortcut).__name__, ["str"])
    tokens = [t.strip().lower() for t in shortcut.split("+") if t.strip()]
    if not tokens:
        raise StreamlitAPIException("The `shortcut` must contain at least one key or modifier.")
    modifiers: set[str] = set()
    key: str | None = None
    for token in tokens:
        if token in _MODIFIERS:
            modifiers.add(_MODIFIERS[token])
            continue
        if key is not None:
            raise StreamlitAPIException(
                "The `shortcut` may only specify a single non-modifier key."
            )
        key = _key(token)
        if key in _RESERVED:
            raise StreamlitAPIException(
                "The `shortcut` cannot use the keys 'C' or 'R', with or without modifiers."
            )
    if key is None:
        raise StreamlitAPIException(
            "The `shortcut` must include a non-modifier key such as 'K' or 'Ctrl+K'."
        )
    return "+".join([m for m in _MODIFIER_ORDER if m in modifiers] + [key])
