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
    summary = "A Streamlit command that stbundle does not support yet."
    explanation = (
        "The command exists in Streamlit 1.67 but not yet in stbundle: when the script reaches "
        'it, the page shows "st.X is not supported by stbundle yet" at that line and the run '
        f"stops there. {COVERAGE_DOC} lists every command, what is missing and why. Which "
        "commands these are comes from the command specs (specs/commands/), so this rule and "
        "the runtime always agree. Every command of Streamlit 1.67 is supported now, so today "
        "the rule only speaks for a command a spec marks not yet (a newer Streamlit's, while "
        "it is being written)."
    )
    example_bad = 'st.pdf("report.pdf")  # were st.pdf marked "not yet" in its spec'
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
