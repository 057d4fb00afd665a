"""Text and markup: headings, markdown, code, json, html, st.write and friends."""

from __future__ import annotations

from stbundle.specs.model import AppTestQuery as Q
from stbundle.specs.model import Command
from stbundle.specs.model import Renderer as R

_HEADING = R("HeadingEl", "elements/text")
_MARKDOWN = R("MarkdownEl", "elements/text", chunks=("sanitize",))  # unsafe_allow_html

SPECS = [
    Command(
        "title", "A title (h1).", proto="element:heading", apptest=Q("Title"), renderer=_HEADING
    ),
    Command(
        "header", "A header (h2).", proto="element:heading", apptest=Q("Header"), renderer=_HEADING
    ),
    Command(
        "subheader",
        "A subheader (h3).",
        proto="element:heading",
        apptest=Q("Subheader"),
        renderer=_HEADING,
    ),
    Command(
        "markdown",
        "GitHub-flavoured markdown; raw HTML only with unsafe_allow_html.",
        proto="element:markdown",
        apptest=Q("Markdown"),
        renderer=_MARKDOWN,
    ),
    Command(
        "caption",
        "Small, muted text.",
        proto="element:markdown",
        apptest=Q("Caption"),
        renderer=_MARKDOWN,
    ),
    Command(
        "latex",
        "A LaTeX formula.",
        proto="element:markdown",
        apptest=Q("Latex"),
        renderer=_MARKDOWN,
    ),
    Command(
        "divider",
        "A horizontal rule.",
        proto="element:markdown",
        apptest=Q("Divider"),
        renderer=_MARKDOWN,
    ),
    Command(
        "text",
        "Fixed-width preformatted text.",
        proto="element:text",
        apptest=Q("Text"),
        renderer=R("TextEl", "elements/text"),
    ),
    Command(
        "code",
        "A code block with syntax language.",
        proto="element:code",
        apptest=Q("Code"),
        renderer=R("CodeEl", "elements/text"),
    ),
    Command(
        "json",
        "A collapsible, pretty-printed JSON tree.",
        proto="element:json",
        apptest=Q("Json"),
        renderer=R("JsonEl", "elements/json"),
    ),
    Command(
        "html",
        "Sanitised HTML inserted into the page.",
        proto="element:html",
        apptest=Q("Html"),
        renderer=R("HtmlEl", "elements/misc", chunks=("sanitize",)),
    ),
    Command("write", "Writes each argument the way its type is best shown (Streamlit's rules)."),
    Command(
        "write_stream",
        "Writes a stream of text chunks as they arrive, returns the text.",
    ),
    Command(
        "echo",
        "Shows the code of its `with` block, then runs it.",
        impl="stbundle.runtime_py.echo:echo",
    ),
    Command(
        "help",
        "Shows an object's documentation.",
        proto="element:help_info",
        apptest=Q("Help"),
        # Few apps call st.help: its element is a lazy chunk, not in the core every visitor loads.
        renderer=R("DocStringEl", "elements/help", lazy=True),
    ),
    Command(
        "badge",
        "A small coloured badge.",
        # Sent as Markdown's badge directive, as Streamlit does (AppTest sees a markdown).
        proto="element:markdown",
        renderer=_MARKDOWN,
    ),
    Command(
        "metric",
        "A big number with an optional delta.",
        proto="element:metric",
        apptest=Q("Metric"),
        # Formats, the delta's description and sparklines are drawn by the lazy "metric" chunk.
        renderer=R("MetricEl", "elements/misc", chunks=("metric",)),
    ),
]
