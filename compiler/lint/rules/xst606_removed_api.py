"""XST606: commands removed from Streamlit (experimental_*, beta_*, st.cache)."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic, Edit, Fix
from stbundle.compiler.lint.rule import Rule, char_col
from stbundle.compiler.model import AppModel
from stbundle.compiler.streamlit_api import REMOVED_APIS


class RemovedApi(Rule):
    code = "XST606"
    name = "removed-api"
    severity = "error"
    summary = "`st.experimental_rerun`, `st.cache`, `st.beta_columns`... no longer exist."
    explanation = (
        "These commands were removed from Streamlit; in 1.67 they raise AttributeError. "
        "The message names the replacement; plain renames (experimental_rerun -> rerun, "
        "experimental_fragment -> fragment, beta_columns -> columns, ...) are fixed by "
        "`bundle lint --fix`."
    )
    example_bad = "st.experimental_rerun()"
    example_good = "st.rerun()"

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for fact in model.facts:
            if fact.kind != "removed-api":
                continue
            removed = REMOVED_APIS[fact.detail]
            fix = None
            if removed.rename and fact.extra == ("attribute",):
                pos = fact.pos
                start = pos.end_col - len(fact.detail)
                edit = Edit(
                    removed.rename,
                    pos.end_line,
                    char_col(model, fact.file, pos.end_line, start),
                    pos.end_line,
                    char_col(model, fact.file, pos.end_line, pos.end_col),
                )
                fix = Fix(f"Replace with `{removed.rename}`", (edit,))
            yield self.diag(
                model,
                fact.file,
                fact.pos,
                f"`st.{fact.detail}` was removed from Streamlit; use {removed.replacement}",
                fix=fix,
            )
