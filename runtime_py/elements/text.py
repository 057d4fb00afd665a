"""Text elements: headings, markdown, caption, text, code, latex, divider, html."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path, PurePath
from typing import Any, Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import UNSET, set_layout
from stbundle.runtime_py.errors import StreamlitMissingRequiredParameterError, StreamlitValueError
from stbundle.runtime_py.param_checks import as_bool

# Streamlit 1.67's divider colours, in the order its error message lists them.
_DIVIDER_COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "rainbow")


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
        icon: str | None,
        width: Any,
        text_alignment: str,
        wrap: bool,
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
                raise StreamlitValueError("divider", ["True", *(f"'{c}'" for c in _DIVIDER_COLORS)])
            heading.divider = str(divider)
        if icon:
            heading.icon = str(icon)
        set_layout(
            el,
            width=width,
            allow_content_width=True,
            text_alignment=text_alignment,
            wrap=wrap,
        )
        return self._emit(el)

    def title(
        self,
        body: Any,
        anchor: str | bool | None = None,
        *,
        help: str | None = None,
        icon: str | None = None,
        width: int | str = "stretch",
        text_alignment: str = "left",
        wrap: bool = True,
    ) -> Self:
        """Show `body` (Markdown) as the page title (h1) with an anchor link.

        `anchor=False` hides the link; `icon` goes before the text. Returns a handle whose next
        element replaces it.
        """
        return self._heading("h1", body, anchor, help, False, icon, width, text_alignment, wrap)

    def header(
        self,
        body: Any,
        anchor: str | bool | None = None,
        *,
        help: str | None = None,
        icon: str | None = None,
        divider: bool | str = False,
        width: int | str = "stretch",
        text_alignment: str = "left",
        wrap: bool = True,
    ) -> Self:
        """Show `body` (Markdown) as a section header (h2) with an anchor link.

        `divider=True` or a colour name draws a line under it. Same handle as st.title.
        """
        return self._heading("h2", body, anchor, help, divider, icon, width, text_alignment, wrap)

    def subheader(
        self,
        body: Any,
        anchor: str | bool | None = None,
        *,
        help: str | None = None,
        icon: str | None = None,
        divider: bool | str = False,
        width: int | str = "stretch",
        text_alignment: str = "left",
        wrap: bool = True,
    ) -> Self:
        """Show `body` (Markdown) as a sub-section header (h3) with an anchor link.

        `divider=True` or a colour name draws a line under it. Same handle as st.title.
        """
        return self._heading("h3", body, anchor, help, divider, icon, width, text_alignment, wrap)

    def _markdown(
        self,
        body: str,
        kind: pb.Markdown.Kind,
        allow_html: bool = False,
        help: str | None = None,
        *,
        width: Any,
        text_alignment: str | None = None,
        wrap: bool | None = None,
        anchors: bool = True,
    ) -> Self:
        el = pb.Element()
        el.markdown.body = body
        el.markdown.kind = kind
        el.markdown.allow_html = as_bool(allow_html, "unsafe_allow_html")
        el.markdown.hide_anchors = not anchors  # any value, as Streamlit takes it
        if help:
            el.markdown.help = str(help)
        set_layout(
            el,
            # "auto" (st.markdown's default) is the renderer's default width: nothing to send.
            width=UNSET if width == "auto" else width,
            allow_content_width=True,
            text_alignment=text_alignment,
            wrap=wrap,
        )
        return self._emit(el)

    def markdown(
        self,
        body: Any,
        unsafe_allow_html: bool = False,
        *,
        help: str | None = None,
        width: int | str = "auto",
        text_alignment: str = "left",
        anchors: bool = True,
        wrap: bool = True,
    ) -> Self:
        """Show `body` as GitHub-flavoured Markdown; HTML only with `unsafe_allow_html=True`.
        Its headings get ids (URL fragments link to them) and, unless `anchors=False`, a link
        icon on hover. Returns a handle whose next element replaces it.
        """
        return self._markdown(
            clean_text(body),
            pb.Markdown.NATIVE,
            unsafe_allow_html,
            help,
            width=width,
            text_alignment=text_alignment,
            wrap=wrap,
            anchors=anchors,
        )

    def caption(
        self,
        body: Any,
        unsafe_allow_html: bool = False,
        *,
        help: str | None = None,
        width: int | str = "stretch",
        text_alignment: str = "left",
        wrap: bool = True,
    ) -> Self:
        """Show `body` as small, muted Markdown text (notes under charts, footnotes)."""
        return self._markdown(
            clean_text(body),
            pb.Markdown.CAPTION,
            unsafe_allow_html,
            help,
            width=width,
            text_alignment=text_alignment,
            wrap=wrap,
        )

    def latex(self, body: Any, *, help: str | None = None, width: int | str = "stretch") -> Self:
        """Show a LaTeX formula (a string or a SymPy expression) as display math."""
        if type(body).__module__.startswith("sympy"):
            import sympy  # type: ignore[import-not-found]

            body = sympy.latex(body)
        return self._markdown(
            f"$$\n{clean_text(body)}\n$$", pb.Markdown.LATEX, False, help, width=width
        )

    def divider(self, *, width: int | str = "stretch") -> Self:
        """Draw a horizontal rule."""
        el = pb.Element()
        el.markdown.body = "---"
        el.markdown.kind = pb.Markdown.DIVIDER
        set_layout(el, width=width)
        return self._emit(el)

    def text(
        self,
        body: Any,
        *,
        help: str | None = None,
        width: int | str = "content",
        text_alignment: str = "left",
        wrap: bool = True,
    ) -> Self:
        """Show `body` as plain fixed text: no Markdown, no HTML."""
        el = pb.Element()
        el.text.body = clean_text(body)
        if help:
            el.text.help = str(help)
        set_layout(
            el,
            width=width,
            allow_content_width=True,
            text_alignment=text_alignment,
            wrap=wrap,
        )
        return self._emit(el)

    def code(
        self,
        body: Any,
        language: str | None = "python",
        *,
        line_numbers: bool = False,
        wrap_lines: bool = False,
        height: int | str | None = "content",
        width: int | str = "stretch",
    ) -> Self:
        """Show `body` as a code block with syntax highlighting for `language` and a copy button.

        `height` None or "content" fits the code; pixels or "stretch" scroll inside.
        """
        el = pb.Element()
        # Code keeps its indentation: Streamlit only drops one leading and one trailing newline.
        text = str(body)
        text = text.removeprefix("\n")
        el.code.code_text = text.removesuffix("\n")
        el.code.language = language or "plaintext"
        el.code.show_line_numbers = as_bool(line_numbers, "line_numbers")
        el.code.wrap_lines = as_bool(wrap_lines, "wrap_lines")
        set_layout(
            el,
            width=width,
            height="content" if height is None else height,
            allow_content_width=True,
            allow_content_height=True,
        )
        return self._emit(el)

    def html(
        self, body: Any, *, width: Any = "stretch", unsafe_allow_javascript: bool = False
    ) -> Self:
        """HTML, sanitised by the renderer as Streamlit does (DOMPurify); its <script>s run
        only with unsafe_allow_javascript=True.

        Like Streamlit, the text is dedented; HTML that is only <style> tags (and comments)
        goes to the event root, where it styles the page without taking a place in it.
        """
        if callable(getattr(body, "_repr_html_", None)):
            content = str(body._repr_html_())
        elif isinstance(body, PurePath):
            content = Path(body).read_text(encoding="utf-8")
            if body.suffix.lower() == ".css":
                content = f"<style>{content}</style>"
        else:
            if isinstance(body, str) and _is_file(body):
                from stbundle.runtime_py.delta_generator import main_dg

                main_dg.warning(_STRING_PATH_WARNING)  # as Streamlit's deprecation warning
            content = clean_text(body)
        if content == "":
            raise StreamlitMissingRequiredParameterError("body")
        el = pb.Element()
        el.html.body = content
        set_layout(el, width=width, allow_content_width=True)
        if _only_style_tags(content):
            from stbundle.runtime_py.delta_generator import event_dg

            return event_dg._emit(el)  # type: ignore[return-value]
        el.html.unsafe_allow_javascript = unsafe_allow_javascript
        return self._emit(el)


_STRING_PATH_WARNING = (
    "Passing a local file path as a string to `st.html` is no longer supported. "
    "To load a local file, pass a `pathlib.Path` object instead."
)


def _is_file(text: str) -> bool:
    if len(text) > 4096 or "<" in text:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_STYLE = re.compile(r"<style[^>]*>.*?</style>", re.DOTALL | re.IGNORECASE)


def _only_style_tags(html: str) -> bool:
    return _STYLE.sub("", _COMMENT.sub("", html)).strip() == ""
