"""The shape every lint rule has: a code, a name, words for people, and ``check(model)``."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from typing import ClassVar

from stbundle.compiler.diagnostics import Certainty, Diagnostic, Fix, Severity
from stbundle.compiler.model import AppModel, Pos

TARGETS = ("server", "pyodide")


def char_col(model: AppModel, file: str, line: int, byte_col: int) -> int:
    """1-based character column for an ``ast`` (UTF-8 byte) column."""
    module = model.modules.get(file)
    if module is None or not 0 < line <= len(module.lines):
        return byte_col + 1
    text = module.lines[line - 1]
    if text.isascii():
        return byte_col + 1
    return len(text.encode("utf-8")[:byte_col].decode("utf-8", errors="ignore")) + 1


class Rule:
    """Base class: subclasses set the class attributes and implement ``check``."""

    code: ClassVar[str]
    name: ClassVar[str]
    summary: ClassVar[str]  # one line, for --explain and the docs table
    explanation: ClassVar[str]  # why it hurts and what to do instead
    certainty: ClassVar[Certainty] = "certain"
    severity: ClassVar[Severity] = "warning"
    targets: ClassVar[tuple[str, ...]] = TARGETS
    default: ClassVar[bool] = True  # selected unless the config says otherwise
    example_bad: ClassVar[str] = ""
    example_good: ClassVar[str] = ""

    def check(self, model: AppModel) -> Iterable[Diagnostic]:
        raise NotImplementedError

    def example(self, which: str) -> str:
        """``example_bad`` or ``example_good`` without the indentation of the class body."""
        text: str = getattr(self, f"example_{which}")
        return textwrap.dedent(text).strip("\n")

    def diag(
        self,
        model: AppModel,
        file: str,
        pos: Pos,
        message: str,
        *,
        fix: Fix | None = None,
        certainty: Certainty | None = None,
    ) -> Diagnostic:
        sure = certainty or self.certainty
        if sure == "heuristic":
            message += " (heuristic)"
        return Diagnostic(
            code=self.code,
            name=self.name,
            message=message,
            path=file,
            line=pos.line,
            col=char_col(model, file, pos.line, pos.col),
            end_line=pos.end_line,
            end_col=char_col(model, file, pos.end_line, pos.end_col),
            severity=self.severity,
            certainty=sure,
            fix=fix,
        )
