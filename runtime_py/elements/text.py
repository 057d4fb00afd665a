"""Text elements: headings, markdown, caption, text, code, latex, divider, html."""

from __future__ import annotations

import textwrap
from typing import Any, Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.errors import StreamlitAPIException

_DIVIDER_COLORS = ("blue", "green", "orange", "red", "violet", "yellow", "gray", "rainbow")


def clean_text(text: Any) -> str:
    """Streamlit dedents and strips text bodies, so indented triple-quoted strings read well."""
    return textwrap.dedent(str(text)).strip()


class TextMixin(DeltaGeneratorBase):
    def _heading(
        self,
        tag: str,
        body: Any,
        anchor: str | bool | None,
        help: str | None,
        divider: bool | str,
    ) -> Self:
        el = pb.Element()
        heading = el.heading
        heading.tag = tag
        heading.body = clean_text(body)
        if anchor is False:
            heading.anchor = "false"
        elif anchor:
            heading.anchor = str(anchor)
        if help:
            heading.help = str(help)
        if divider is True:
            heading.divider = "auto"
        elif divider:
            if divider not in _DIVIDER_COLORS:
                raise StreamlitAPIException(
                    f"Divider parameter has invalid value: `{divider}`. "
                    f"Please choose from: {', '.join(_DIVIDER_COLORS)}."
                )
            heading.divider = str(divider)
        return self._emit(el)

    def title(
        self,
        body: Any,
        anchor: str | bool | None = None,
        *,
        help: str | None = None,
        width: Any = "stretch",
    ) -> Self:
        return self._heading("h1", body, anchor, help, False)

    def header(
        self,
        body: Any,
        anchor: str | bool | None = None,
        *,
        help: str | None = None,
        divider: bool | str = False,
        width: Any = "stretch",
    ) -> Self:
        return self._heading("h2", body, anchor, help, divider)

    def subheader(
        self,
        body: Any,
        anchor: str | bool | None = None,
        *,
        help: str | None = None,
        divider: bool | str = False,
        width: Any = "stretch",
    ) -> Self:
        return self._heading("h3", body, anchor, help, divider)

    def _markdown(
        self,
        body: str,
        kind: pb.Markdown.Kind,
        allow_html: bool = False,
        help: str | None = None,
    ) -> Self:
        el = pb.Element()
        el.markdown.body = body
        el.markdown.kind = kind
        el.markdown.allow_html = bool(allow_html)
        if help:
            el.markdown.help = str(help)
        return self._emit(el)

    def markdown(
        self,
        body: Any,
        unsafe_allow_html: bool = False,
        *,
        help: str | None = None,
        width: Any = "stretch",
        text_alignment: Any = None,
    ) -> Self:
        return self._markdown(clean_text(body), pb.Markdown.NATIVE, unsafe_allow_html, help)

    def caption(
        self,
        body: Any,
        unsafe_allow_html: bool = False,
        *,
        help: str | None = None,
        width: Any = "stretch",
        text_alignment: Any = None,
    ) -> Self:
        return self._markdown(clean_text(body), pb.Markdown.CAPTION, unsafe_allow_html, help)

    def latex(self, body: Any, *, help: str | None = None, width: Any = "stretch") -> Self:
        if type(body).__module__.startswith("sympy"):
            import sympy  # type: ignore[import-not-found]

            body = sympy.latex(body)
        return self._markdown(f"$$\n{clean_text(body)}\n$$", pb.Markdown.LATEX, False, help)

    def divider(self, *, width: Any = "stretch") -> Self:
        return self._markdown("---", pb.Markdown.DIVIDER)

    def text(
        self,
        body: Any,
        *,
        help: str | None = None,
        width: Any = "content",
        text_alignment: Any = None,
    ) -> Self:
        el = pb.Element()
        el.text.body = clean_text(body)
        if help:
            el.text.help = str(help)
        return self._emit(el)

    def code(
        self,
        body: Any,
        language: str | None = "python",
        *,
        line_numbers: bool = False,
        wrap_lines: bool = False,
        height: Any = "content",
        width: Any = "stretch",
    ) -> Self:
        el = pb.Element()
        # Code keeps its indentation: Streamlit only drops one leading and one trailing newline.
        text = str(body)
        text = text.removeprefix("\n")
        el.code.code_text = text.removesuffix("\n")
        el.code.language = language or "plaintext"
        el.code.show_line_numbers = bool(line_numbers)
        el.code.wrap_lines = bool(wrap_lines)
        return self._emit(el)

    def html(
        self, body: Any, *, width: Any = "stretch", unsafe_allow_javascript: bool = False
    ) -> Self:
        """Raw HTML, which the API says is trusted: the renderer inserts it as is."""
        if hasattr(body, "_repr_html_"):
            body = body._repr_html_()
        el = pb.Element()
        el.html.body = str(body)
        return self._emit(el)
