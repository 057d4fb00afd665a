"""Display elements as a test sees them: `.value` plus the element's parameters as attributes.

Types and values follow `streamlit.testing.v1`: `at.markdown[0].value` is the markdown source,
`at.title[0].value` the heading text, `at.exception[0].value` the message. Any other attribute is
read from the element's message (proto/stbundle.proto), as Streamlit reads its own protos.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NoReturn

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.testing.errors import AppTestError

if TYPE_CHECKING:
    from collections.abc import Iterator

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
    """An element AppTest has no class for (st.empty's slot, a finished spinner)."""

    def __init__(self, proto: Any, root: ElementTree, type_: str) -> None:
        super().__init__(proto, root)
        self.type = type_


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


class Metric(Element):
    type = "metric"

    @property
    def value(self) -> str:
        return str(self.proto.body)

    @property
    def color(self) -> str:
        return pb.Metric.DeltaColor.Name(self.proto.delta_color).lower()


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


class Spinner(Element):
    type = "spinner"

    @property
    def value(self) -> str:
        return str(self.proto.text)
