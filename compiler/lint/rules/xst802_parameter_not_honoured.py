"""XST802: a parameter stbundle accepts but does not honour yet."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.lint.rules.xst801_not_supported_yet import COVERAGE_DOC
from stbundle.compiler.model import AppModel


class ParameterNotHonoured(Rule):
    code = "XST802"
    name = "parameter-not-honoured"
    summary = "A parameter stbundle accepts but does not honour yet."
    explanation = (
        "The call works, but this parameter has no effect under stbundle yet; the page shows "
        "a warning saying so once per session. The coverage doc "
        f"({COVERAGE_DOC}, 'Parameters not honoured yet') says why for each one. The list "
        "comes from the command specs (specs/commands/). Today every parameter of Streamlit "
        "1.67's commands is honoured, so the rule finds nothing; it stays for a parameter a "
        "newer Streamlit adds before stbundle honours it."
    )

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for fact in model.facts:
            if fact.kind == "not-honoured":
                (param,) = fact.extra
                yield self.diag(
                    model,
                    fact.file,
                    fact.pos,
                    f"`st.{fact.detail}({param}=...)` is not honoured by stbundle yet "
                    f"(see {COVERAGE_DOC})",
                )
