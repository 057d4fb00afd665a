"""XST801: a command of Streamlit 1.67 that stbundle does not support yet."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel

COVERAGE_DOC = "docs/api-coverage.md"


class NotSupportedYet(Rule):
    code = "XST801"
    name = "not-supported-yet"
    severity = "error"
    summary = "A Streamlit command that stbundle does not support yet (`st.login`, ...)."
    explanation = (
        "The command exists in Streamlit 1.67 but not yet in stbundle: when the script reaches "
        'it, the page shows "st.X is not supported by stbundle yet" at that line and the run '
        f"stops there. {COVERAGE_DOC} lists every command, what is missing and why. Which "
        "commands these are comes from the command specs (specs/commands/), so this rule and "
        "the runtime always agree."
    )
    example_bad = 'st.connection("db")  # data connections are not supported yet'
    example_good = 'st.write("Welcome")  # a supported command'

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for fact in model.facts:
            if fact.kind == "not-yet":
                yield self.diag(
                    model,
                    fact.file,
                    fact.pos,
                    f"`st.{fact.detail}` is not supported by stbundle yet "
                    f"(see {COVERAGE_DOC}#{fact.detail.lower()})",
                )
