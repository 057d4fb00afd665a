"""Apply safe fixes (``bundle lint --fix``): edits are replayed from the end of each file."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from stbundle.compiler.diagnostics import Diagnostic, Edit


def _offset(lines: list[str], line: int, col: int) -> int:
    return sum(len(text) + 1 for text in lines[: line - 1]) + col - 1


def apply_fixes(diagnostics: Sequence[Diagnostic]) -> int:
    """Apply every safe fix to the files named by the diagnostics; return how many applied."""
    edits: dict[str, list[Edit]] = defaultdict(list)
    for d in diagnostics:
        if d.fix is not None and d.fix.safe:
            edits[d.path].extend(d.fix.edits)
    applied = 0
    for path, file_edits in edits.items():
        target = Path(path)
        text = target.read_text(encoding="utf-8")
        lines = text.split("\n")
        spans = sorted(
            {
                (_offset(lines, e.line, e.col), _offset(lines, e.end_line, e.end_col), e.content)
                for e in file_edits
            },
            reverse=True,
        )
        last_start = len(text) + 1
        for start, end, content in spans:
            if end > last_start:
                continue  # overlapping edit: leave it for the next run
            text = text[:start] + content + text[end:]
            last_start = start
            applied += 1
        target.write_text(text, encoding="utf-8")
    return applied
