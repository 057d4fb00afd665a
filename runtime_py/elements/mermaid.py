"""st.mermaid_chart: a Mermaid diagram. As in Streamlit 1.67 it is a Markdown element holding the
diagram in a ```mermaid fence (so AppTest sees the same markdown); the renderer draws such fences
with the lazy `mermaid` chunk. `alt` becomes a `%% stAlt: ...` comment line before the diagram
type, which the renderer reads as the diagram's accessible name."""

from __future__ import annotations

import re
from typing import Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.elements.text import TextMixin

_ALT_LINE = re.compile(r"^\s*%%\s*stAlt\s*:[^\n]*\n?", re.MULTILINE)
ALT_PREFIX = "%% stAlt: "


def _diagram_start(lines: list[str]) -> int:
    """Index of the line naming the diagram type: past blank lines, %% comments, %%{init}%%
    directives (one or several lines) and a YAML front matter block."""
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            i += 1
        elif line.startswith("%%{"):
            while i < len(lines) and "}%%" not in lines[i]:
                i += 1
            i += 1
        elif line.startswith("%%"):
            i += 1
        elif line == "---":
            i += 1
            while i < len(lines) and lines[i].strip() != "---":
                i += 1
            i += 1
        else:
            break
    return min(i, len(lines))


def with_alt(body: str, alt: str) -> str:
    """`body` with one `%% stAlt:` line (the alt on one line) right before the diagram type."""
    lines = _ALT_LINE.sub("", body).splitlines(keepends=True)
    at = _diagram_start(lines)
    if at > 0 and not lines[at - 1].endswith("\n"):
        lines[at - 1] += "\n"
    lines.insert(at, f"{ALT_PREFIX}{' '.join(alt.split())}\n")
    return "".join(lines)


def fenced(body: str) -> str:
    """`body` in a ```mermaid fence longer than any run of backticks inside it (at least 4)."""
    longest = max((len(run) for run in re.findall(r"`+", body)), default=0)
    fence = "`" * max(4, longest + 1)
    return f"{fence}mermaid\n{body}\n{fence}"


class MermaidMixin(TextMixin):
    def mermaid_chart(
        self, body: str, *, width: int | str = "stretch", alt: str | None = None
    ) -> Self:
        """Draw a Mermaid diagram (flowchart, sequence, class, state, gantt... diagrams) from
        its source text; `alt` names it for screen readers."""
        text = str(alt).strip() if alt is not None else ""
        source = with_alt(body, text) if text else body
        return self._markdown(fenced(source), pb.Markdown.NATIVE, width=width)
