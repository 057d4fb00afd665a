"""Display elements as a test sees them: `.value` plus the element's parameters as attributes.

Types and values follow `streamlit.testing.v1`: `at.markdown[0].value` is the markdown source,
`at.title[0].value` the heading text, `at.exception[0].value` the message. Any other attribute is
read from the element's message (proto/stbundle.proto), as Streamlit reads its own protos.
"""

from __future__ import annotations

import keyword
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NoReturn

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.testing.errors import AppTestError

if TYPE_CHECKING:
    from stbundle.runtime_py.testing.app_test import AppTest
    from stbundle.runtime_py.testing.element_tree import ElementTree


class Element:
    """One element of the page; the base of every display element and widget."""

    type: str = "unknown"

    def __init__(self, proto: Any, root: ElementTree) -> None:
        self.proto = proto
        self.root = root
        self.key: str | None = None

    @property
    def value(self) -> Any:
        return None

    def __iter__(self) -> Iterator[Element]:
        yield self

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name == "proto":
            raise AttributeError(name)
        if name in ("set_value", "click"):
            return self._unsupported(name)
        return getattr(self.proto, name)

    def _unsupported(self, method: str) -> Any:
        def refuse(*_args: Any, **_kwargs: Any) -> NoReturn:
            raise AppTestError(
                f"{method}() is not supported for {self.type}. AppTest can inspect this "
                "element but does not implement interactions for it."
            )

        return refuse

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the app again (a widget's pending value goes with it)."""
        return self.root.run(timeout=timeout)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self.type!r}, value={self.value!r})"


class UnknownElement(Element):
    """An element AppTest has no class for (st.empty's slot, a finished spinner, a chart)."""

    def __init__(self, proto: Any, root: ElementTree, type_: str) -> None:
        super().__init__(proto, root)
        self.type = type_

    @property
    def value(self) -> Any:
        """A widget's state when the element is one (a chart with `on_select`), as Streamlit's
        UnknownElement reads it; else None."""
        widget_id = getattr(self.proto, "id", "")
        if not widget_id and "common" in self.proto.DESCRIPTOR.fields_by_name:
            widget_id = self.proto.common.id  # a custom component (Streamlit's proto has `id`)
        if isinstance(widget_id, str) and widget_id:
            try:
                return self.root.state_value(widget_id)
            except KeyError:
                pass
        return None


class Markdown(Element):
    type = "markdown"

    @property
    def value(self) -> str:
        return str(self.proto.body)

    @property
    def is_caption(self) -> bool:
        return bool(self.proto.kind == pb.Markdown.CAPTION)


class Caption(Markdown):
    type = "caption"


class Latex(Markdown):
    type = "latex"


class Divider(Markdown):
    type = "divider"


class HeadingBase(Element):
    @property
    def value(self) -> str:
        return str(self.proto.body)


class Title(HeadingBase):
    type = "title"


class Header(HeadingBase):
    type = "header"


class Subheader(HeadingBase):
    type = "subheader"


class Text(Element):
    type = "text"

    @property
    def value(self) -> str:
        return str(self.proto.body)


class Code(Element):
    type = "code"

    @property
    def value(self) -> str:
        return str(self.proto.code_text)


class Json(Element):
    type = "json"

    @property
    def value(self) -> str:
        return str(self.proto.body)


class Image(Element):
    """st.image: `.value` is each image's URL (a session file as its `media/<id>` path, where
    Streamlit's AppTest shows `/mock/media/...`), `.captions` their captions."""

    type = "image"

    @property
    def value(self) -> list[str]:
        return [ref.url or f"media/{ref.media_id}" for ref in self.proto.imgs]

    @property
    def captions(self) -> list[str]:
        return [str(ref.caption) for ref in self.proto.imgs]


class PageLink(Element):
    """st.page_link: read-only; `.value` is its label (the page's title when none was given)."""

    type = "page_link"

    @property
    def value(self) -> str:
        return str(self.proto.label)


class LinkButton(Element):
    """st.link_button: read-only in AppTest (as in Streamlit's); `.value` is its label."""

    type = "link_button"

    def __init__(self, proto: Any, root: ElementTree) -> None:
        super().__init__(proto, root)
        widget_id = str(proto.common.id)
        user_key = widget_id.split("-", maxsplit=2)[-1] if widget_id else "None"
        self.key = None if user_key == "None" else user_key

    @property
    def value(self) -> str:
        return str(self.proto.common.label)

    @property
    def label(self) -> str:
        return self.value

    @property
    def url(self) -> str:
        return str(self.proto.url)


#: Streamlit's MetricColor enum, in its order (the AppTest exposes the number).
_METRIC_COLORS = ("red", "green", "gray", "orange", "yellow", "blue", "violet", "primary")


class Metric(Element):
    type = "metric"

    @property
    def value(self) -> str:
        return str(self.proto.body)

    @property
    def color(self) -> int:
        """The delta's colour as Streamlit 1.67's AppTest gives it: its MetricColor number
        (0 red, 1 green, 2 gray, 3 orange, 4 yellow, 5 blue, 6 violet, 7 primary)."""
        tone = self.proto.delta_tone
        return _METRIC_COLORS.index(tone if tone in _METRIC_COLORS else "gray")


class AlertBase(Element):
    @property
    def value(self) -> str:
        return str(self.proto.body)


class Error(AlertBase):
    type = "error"


class Warning(AlertBase):
    type = "warning"


class Info(AlertBase):
    type = "info"


class Success(AlertBase):
    type = "success"


class Exception(Element):
    """An exception shown in the page; `.message`, `.stack_trace` and the user's file/line."""

    type = "exception"

    @property
    def value(self) -> str:
        return self.message

    @property
    def message(self) -> str:
        return str(self.proto.message)

    @property
    def stack_trace(self) -> list[str]:
        return list(self.proto.stack_trace)

    @property
    def is_markdown(self) -> bool:
        return False

    @property
    def exception_type(self) -> str:
        """The exception's class name (the message field Streamlit also calls `type`)."""
        return str(self.proto.type)


class Html(Element):
    type = "html"

    @property
    def value(self) -> str:
        return str(self.proto.body)


class Progress(Element):
    type = "progress"

    @property
    def value(self) -> int:
        return int(self.proto.value)

    @property
    def text(self) -> str:
        return str(self.proto.text)


class Toast(Element):
    type = "toast"

    @property
    def value(self) -> str:
        return str(self.proto.body)


class Space(Element):
    """st.space: `.value` is the size it was called with ("small", "stretch", pixels...)."""

    type = "space"

    @property
    def value(self) -> str | int:
        return str(self.proto.size) if self.proto.size else int(self.proto.pixels)


class Spinner(Element):
    type = "spinner"

    @property
    def value(self) -> str:
        return str(self.proto.text)


class Help(Element):
    """st.help's doc string element: `.name`, `.doc_string`, and `.value` as Streamlit reads it."""

    type = "help_info"

    @property
    def name(self) -> str:
        return str(self.proto.name)

    @property
    def doc_string(self) -> str:
        return str(self.proto.doc_string)

    @property
    def value(self) -> str:
        """The readable value; the name instead where the stored value is a signature."""
        raw = str(self.proto.value)
        if self.name and (not raw or is_signature_text(raw, str(self.proto.type))):
            return self.name
        return raw


# Types whose `name=value` parameter text is a signature, not a readable repr (Streamlit's list).
_CALLABLE_TYPES = frozenset(
    {
        "BoundCachedFunc",
        "CachedFunc",
        "builtin_function_or_method",
        "class",
        "classmethod",
        "classmethod_descriptor",
        "function",
        "method",
        "method_descriptor",
        "staticmethod",
        "wrapper_descriptor",
    }
)


def _top_level(text: str) -> Iterator[tuple[int, str, int]]:
    """(index, char, bracket depth) for each character of text outside quotes."""
    depth = 0
    quote = ""
    escaped = False
    for i, c in enumerate(text):
        if quote:
            if escaped:
                escaped = False
            elif c == "\\":
                escaped = True
            elif c == quote:
                quote = ""
            continue
        if c in "'\"":
            quote = c
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        yield i, c, depth


def _split_params(inside: str) -> list[str]:
    parts, start = [], 0
    for i, c, depth in _top_level(inside):
        if c == "," and depth == 0:
            parts.append(inside[start:i].strip())
            start = i + 1
    tail = inside[start:].strip()
    return [*parts, tail] if tail else parts


def _name_and_separator(part: str) -> tuple[str, str]:
    for i, c, depth in _top_level(part):
        if depth == 0 and c in ":=":
            return part[:i].strip(), c
    return part.strip(), ""


def _is_dotted_name(prefix: str) -> bool:
    return bool(prefix) and all(
        p.isidentifier() or (p.startswith("<") and p.endswith(">") and p[1:-1].isidentifier())
        for p in prefix.split(".")
    )


def _is_parameter(part: str) -> bool:
    if part in ("*", "/", "..."):
        return True
    stars = len(part) - len(part.lstrip("*"))
    name, separator = _name_and_separator(part[min(stars, 2) :])
    if not name.isidentifier() or keyword.iskeyword(name):
        return False
    return separator in ("", ":") if stars else separator in ("", ":", "=")


def is_signature_text(value: str, object_type: str) -> bool:
    """Whether st.help stored `module.name(params)` rather than a readable repr."""
    if not value or value[0] in "'\"" or "(" not in value:
        return False
    if len(value) >= 300 and value.endswith("..."):
        return False  # a repr st.help cut short
    open_at = value.find("(")
    prefix = value[:open_at]
    if not _is_dotted_name(prefix):
        return False
    close_at = next((i for i, c, d in _top_level(value[open_at:]) if c == ")" and d == 0), None)
    if close_at is None:
        return False
    close_at += open_at
    suffix = value[close_at + 1 :]
    if suffix and not suffix.startswith(" -> "):
        return False
    inside = value[open_at + 1 : close_at].strip()
    callable_type = object_type in _CALLABLE_TYPES
    if inside == "...":
        return True
    parts = _split_params(inside)
    if not parts:
        return "." in prefix or callable_type
    if not all(_is_parameter(p) for p in parts):
        return False
    if all(
        _name_and_separator(p)[1] == "=" and _name_and_separator(p)[0].isidentifier() for p in parts
    ):
        return callable_type
    return "." in prefix or callable_type


# The table nodes live in dataframes.py (they need Element, defined above).
from stbundle.runtime_py.testing.dataframes import Dataframe as Dataframe  # noqa: E402
from stbundle.runtime_py.testing.dataframes import Table as Table  # noqa: E402
