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


def _uploads(value: Any) -> Any:
    """Uploaded files compare by what the script reads (their ids are random per run), and a
    chat value by what it holds (text, and files and audio where the input accepts them)."""
    kind = type(value).__name__
    if kind == "UploadedFile":
        return ("UploadedFile", value.name, value.type, value.size, value.getvalue())
    if kind == "ChatInputValue":
        return ("ChatInputValue", {k: _uploads(v) for k, v in value.to_dict().items()})
    if isinstance(value, list) and value and type(value[0]).__name__ == "UploadedFile":
        return [_uploads(f) for f in value]
    return value


def _value(node: Any) -> Any:
    try:
        value = node.value
    except Exception as exc:
        return f"<{type(exc).__name__}>"
    if type(value).__name__ == "DataFrame":
        return ("DataFrame", _frame(value))
    return (type(value).__name__, _uploads(value))


def _help_details(node: Any) -> tuple[Any, ...]:
    members = [(m.name, m.type, m.value, m.doc_string) for m in node.proto.members]
    return (node.name, node.proto.type, node.doc_string, members)


def _button_group_details(node: Any) -> tuple[Any, ...]:
    return (list(node.options), list(node.indices), list(node.formatted_values), node.disabled)


def _media_url(url: str) -> str:
    """A session media file's URL names its session's store (Streamlit's AppTest: /mock/media/
    <hash>.<ext>; ours: media/<id>): compared as one word."""
    return "<media file>" if url.startswith(("/mock/media/", "media/")) else url


def _image_details(node: Any) -> tuple[Any, ...]:
    return (
        [_media_url(u) for u in node.value],
        list(node.captions),
        [img.alt for img in node.proto.imgs],
        node.proto.link,
    )


def _player_details(node: Any) -> tuple[Any, ...]:
    """Streamlit's Audio/Video protos hold url and subtitle labels; ours a MediaRef source and
    subtitle refs whose caption is the label."""
    p = node.proto
    if hasattr(p, "source"):
        url = p.source.url or (f"media/{p.source.media_id}" if p.source.media_id else "")
        labels = [s.caption for s in p.subtitles]
        youtube = p.youtube
    else:
        url = p.url
        labels = [s.label for s in getattr(p, "subtitles", [])]
        youtube = getattr(p, "type", 0) == 2  # Video.Type.YOUTUBE_IFRAME
    media = (p.start_time, p.end_time, p.loop, p.autoplay, getattr(p, "muted", False))
    return (_media_url(url), *media, labels, youtube)


def _iframe_details(node: Any) -> tuple[Any, ...]:
    p = node.proto
    return (p.src, p.srcdoc, p.scrolling, p.tab_index if p.HasField("tab_index") else None)


# Node type -> what else of it to compare, beyond (type, label, value).
_DETAILS = {
    "help_info": _help_details,
    "button_group": _button_group_details,
    "image": _image_details,
    "audio": _player_details,
    "video": _player_details,
    "iframe": _iframe_details,
}
# Node types whose value is compared through their details only (it names session files).
_VALUE_IN_DETAILS = frozenset({"image"})


# What Streamlit's AppTest rebuilds of an st.grid's arguments.
_GRID_ATTRS = (
    "column_count",
    "wrap",
    "border",
    "min_column_width",
    "gap",
    "vertical_alignment",
    "dense",
    "row_height",
    "width",
    "height",
    "key",
)


def _dialog_details(node: Any) -> tuple[Any, ...]:
    """Streamlit's Block node holds the whole Block proto, ours its Dialog part."""
    d = getattr(node.proto, "dialog", node.proto)
    common = getattr(d, "common", None)
    dismiss_id = d.id if common is None else common.id  # Streamlit's field, ours
    return (d.title, d.is_open, d.dismissible, d.icon, bool(dismiss_id))


def _nodes(block: Any) -> list[tuple[Any, ...]]:
    """The block's children in order; a child block as ("block", type, label, its children)."""
    out: list[tuple[Any, ...]] = []
    for _, node in sorted(block.children.items()):
        if hasattr(node, "children"):
            extra = (node.state, node.icon) if node.type == "status" else ()
            if node.type == "dialog":
                extra = _dialog_details(node)
            if node.type == "grid_container":
                extra = tuple(getattr(node, a) for a in _GRID_ATTRS)
            out.append(("block", node.type, _label(node), _nodes(node), *extra))
        else:
            details = _DETAILS.get(node.type)
            extra = (details(node),) if details else ()
            value = None if node.type in _VALUE_IN_DETAILS else _value(node)
            out.append((node.type, _label(node), value, *extra))
    return out


def _bottom(at: Any) -> list[tuple[Any, ...]]:
    """st.bottom's content. A chat input pinned there is compared by type and label: what it
    sent is compared where the scripts show it (AppTests differ on the pending text's value)."""
    if 3 not in at._tree.children:
        return []
    return [n[:2] if n[0] == "chat_input" else n for n in _nodes(at._tree.children[3])]


def snapshot(at: Any, ignore_state: frozenset[str] = frozenset()) -> dict[str, Any]:
    return {
        "main": _nodes(at.main),
        "sidebar": _nodes(at.sidebar),
        # The event area's blocks: open (and refused) dialogs.
        "dialogs": [n for n in _nodes(at._tree.children[2]) if n[0] == "block"],
        # The bottom of the page (Streamlit's AppTest makes this root only once it is written).
        "bottom": _bottom(at),
        "toasts": [t.value for t in at.toast],
        "exceptions": [(e.proto.type, e.value) for e in at.exception],
        "session_state": {
            _state_key(k): _uploads(v) for k, v in at.session_state.items() if k not in ignore_state
        },
    }
