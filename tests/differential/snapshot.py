"""What the differential tests compare: a normalised picture of one AppTest after a run.

The same function reads real Streamlit's AppTest and stbundle's (same API). A snapshot holds,
for main and sidebar in document order, each node's (type, label, value), the toasts, the
exceptions shown (type and message) and the user-visible session state.

Normalisations, each because the two representations legitimately differ:
- values are compared with their type name, so 1 and 1.0 or a tuple and a list differ, but
  dates, times and the like compare by value.
"""

from __future__ import annotations

from typing import Any


def _label(node: Any) -> str | None:
    for attr in ("label",):
        try:
            value = getattr(node, attr)
        except Exception:
            return None
        if isinstance(value, str):
            return value
    return None


def _value(node: Any) -> Any:
    try:
        value = node.value
    except Exception as exc:
        return f"<{type(exc).__name__}>"
    return (type(value).__name__, value)


def _nodes(block: Any) -> list[tuple[Any, ...]]:
    out = []
    for node in block:
        if node is block:
            continue
        if hasattr(node, "children"):
            out.append(("block", node.type, _label(node)))
        else:
            out.append((node.type, _label(node), _value(node)))
    return out


def snapshot(at: Any, ignore_state: frozenset[str] = frozenset()) -> dict[str, Any]:
    return {
        "main": _nodes(at.main),
        "sidebar": _nodes(at.sidebar),
        "toasts": [t.value for t in at.toast],
        "exceptions": [(e.proto.type, e.value) for e in at.exception],
        "session_state": {k: v for k, v in at.session_state.items() if k not in ignore_state},
    }
