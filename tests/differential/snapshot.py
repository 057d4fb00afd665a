"""What the differential tests compare: a normalised picture of one AppTest after a run.

The same function reads real Streamlit's AppTest and stbundle's (same API). A snapshot holds,
for main and sidebar, the tree of nodes (each element's type, label and value; each block's
type, label and children, so nesting is compared too), the toasts, the exceptions shown (type
and message) and the user-visible session state.

Normalisations, each because the two representations legitimately differ:
- values are compared with their type name, so 1 and 1.0 or a tuple and a list differ, but
  dates, times and the like compare by value.
- a container used as a widget key (`key=tab`) becomes its repr, which is Streamlit's internal
  dataclass text there and a short one here; both name the container's delta path, and the key
  is compared as that path.
- a few element types carry more than their value that a person sees (the doc string element's
  doc string and members): those fields are compared too, read from both AppTests' protos.
"""

from __future__ import annotations

import re
from typing import Any

_CONTAINER_KEY = re.compile(r"^\w*(DeltaGenerator|Container)\(")
_PATH = re.compile(r"path=(\([\d, ]*\))")


def _state_key(key: str) -> str:
    if _CONTAINER_KEY.match(key):
        path = _PATH.search(key)
        return f"<container at {path.group(1) if path else '?'}>"
    return key


def _label(node: Any) -> str | None:
    for attr in ("label",):
        try:
            value = getattr(node, attr)
        except Exception:
            return None
        if isinstance(value, str):
            return value
    return None


def _frame(df: Any) -> tuple[Any, ...]:
    """A DataFrame as comparable data: dtypes, labels, index and cells (NaN/NaT/NA as None)."""
    cells = [
        [
            ("ndarray", c.tolist()) if hasattr(c, "tolist") and hasattr(c, "shape") else c
            for c in row
        ]
        for row in df.astype(object).where(df.notna(), None).values.tolist()
    ]
    index = [None if v != v else v for v in df.index.tolist()]  # v != v: NaN
    return ([str(t) for t in df.dtypes], list(df.columns), type(df.index).__name__, index, cells)


def _value(node: Any) -> Any:
    try:
        value = node.value
    except Exception as exc:
        return f"<{type(exc).__name__}>"
    if type(value).__name__ == "DataFrame":
        return ("DataFrame", _frame(value))
    return (type(value).__name__, value)


def _help_details(node: Any) -> tuple[Any, ...]:
    members = [(m.name, m.type, m.value, m.doc_string) for m in node.proto.members]
    return (node.name, node.proto.type, node.doc_string, members)


def _button_group_details(node: Any) -> tuple[Any, ...]:
    return (list(node.options), list(node.indices), list(node.formatted_values), node.disabled)


# Node type -> what else of it to compare, beyond (type, label, value).
_DETAILS = {"help_info": _help_details, "button_group": _button_group_details}


def _nodes(block: Any) -> list[tuple[Any, ...]]:
    """The block's children in order; a child block as ("block", type, label, its children)."""
    out: list[tuple[Any, ...]] = []
    for _, node in sorted(block.children.items()):
        if hasattr(node, "children"):
            extra = (node.state, node.icon) if node.type == "status" else ()
            out.append(("block", node.type, _label(node), _nodes(node), *extra))
        else:
            details = _DETAILS.get(node.type)
            extra = (details(node),) if details else ()
            out.append((node.type, _label(node), _value(node), *extra))
    return out


def snapshot(at: Any, ignore_state: frozenset[str] = frozenset()) -> dict[str, Any]:
    return {
        "main": _nodes(at.main),
        "sidebar": _nodes(at.sidebar),
        "toasts": [t.value for t in at.toast],
        "exceptions": [(e.proto.type, e.value) for e in at.exception],
        "session_state": {
            _state_key(k): v for k, v in at.session_state.items() if k not in ignore_state
        },
    }
