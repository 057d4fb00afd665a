"""One diagnostic: what the compiler or a lint rule found, where, and how sure it is.

Shared by the analysis (parse and read errors), the lint rules and every output format, so it
lives apart from both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "info"]
Certainty = Literal["certain", "heuristic"]


@dataclass(frozen=True)
class Edit:
    """Replace ``[start, end)`` (1-based line, 1-based character column) with ``content``."""

    content: str
    line: int
    col: int
    end_line: int
    end_col: int


@dataclass(frozen=True)
class Fix:
    """A suggested change; ``safe`` fixes are applied by ``bundle lint --fix``."""

    message: str
    edits: tuple[Edit, ...]
    safe: bool = True


@dataclass(frozen=True)
class Diagnostic:
    """A finding at a position. ``line`` and ``col`` are 1-based; ``col`` counts characters."""

    code: str
    name: str
    message: str
    path: str
    line: int
    col: int
    end_line: int
    end_col: int
    severity: Severity = "warning"
    certainty: Certainty = "certain"
    fix: Fix | None = None
    url: str | None = None
    noqa_row: int | None = field(default=None, compare=False)

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.col, self.code)

    def to_dict(self) -> dict[str, object]:
        """The manifest form (compact; the lint JSON format is ruff-shaped instead)."""
        return {
            "code": self.code,
            "name": self.name,
            "message": self.message,
            "file": self.path,
            "line": self.line,
            "col": self.col,
            "severity": self.severity,
            "certainty": self.certainty,
        }
