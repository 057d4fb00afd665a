"""XST001 and XST002: files that cannot be read or parsed (reported by the compiler)."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel


class SyntaxErrorRule(Rule):
    code = "XST001"
    name = "syntax-error"
    severity = "error"
    summary = "The file does not parse; nothing else in it is checked."
    explanation = (
        "The compiler parses each file without running it. A syntax error is reported once, "
        "at its position, and the file is skipped. Fix the error (the message is Python's)."
    )
    example_bad = """\
        if x
            st.write(x)
    """
    example_good = """\
        if x:
            st.write(x)
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        yield from (d for d in model.problems if d.code == self.code)


class UnreadableFile(Rule):
    code = "XST002"
    name = "unreadable-file"
    severity = "error"
    summary = "The file cannot be read: missing, not UTF-8, or larger than 5 MB."
    explanation = (
        "Apps are read as UTF-8 text (as Python does by default). A file that cannot be "
        "opened, is not UTF-8, or is over the 5 MB limit is reported by name and skipped."
    )
    example_bad = "(a Latin-1 encoded app.py)"
    example_good = "(the same file saved as UTF-8)"

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        yield from (d for d in model.problems if d.code == self.code)
