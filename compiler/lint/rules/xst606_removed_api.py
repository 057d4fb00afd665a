"""XST606: commands removed from Streamlit (experimental_*, beta_*, st.cache)."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic, Edit, Fix
from stbundle.compiler.lint.rule import Rule, char_col
from stbundle.compiler.model import AppModel, Fact
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
        "`bundle lint --fix`: `st.experimental_rerun` becomes `st.rerun` whatever the module "
        "is called, and `from streamlit import experimental_rerun` becomes `from streamlit "
        "import rerun as experimental_rerun`, so the script's own names keep working. "
        "Replacements that behave differently (st.cache, the query-params functions) are "
        "left to you."
    )
    example_bad = "st.experimental_rerun()"
    example_good = "st.rerun()"

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for fact in model.facts:
            if fact.kind != "removed-api":
                continue
            removed = REMOVED_APIS[fact.detail]
            yield self.diag(
                model,
                fact.file,
                fact.pos,
                f"`st.{fact.detail}` was removed from Streamlit; use {removed.replacement}",
                fix=_rename(model, fact) if removed.rename else None,
            )


def _rename(model: AppModel, fact: Fact) -> Fix | None:
    """Name the replacement where the removed command is named (compiler/lint/fixes/)."""
    rename = REMOVED_APIS[fact.detail].rename
    assert rename is not None
    pos = fact.pos
    end = char_col(model, fact.file, pos.end_line, pos.end_col)
    if fact.extra == ("attribute",):  # st.experimental_rerun: the attribute name ends the node
        start = char_col(model, fact.file, pos.end_line, pos.end_col - len(fact.detail))
        edit = Edit(rename, pos.end_line, start, pos.end_line, end)
        return Fix(f"Replace with `{rename}`", (edit,))
    if fact.extra == ("import",):  # from streamlit import experimental_rerun [as name]
        module = model.modules.get(fact.file)
        if module is None or pos.line != pos.end_line:
            return None
        words = module.lines[pos.line - 1].encode()[pos.col : pos.end_col].decode().split()
        local = words[2] if len(words) == 3 else fact.detail
        start = char_col(model, fact.file, pos.line, pos.col)
        edit = Edit(f"{rename} as {local}", pos.line, start, pos.line, end)
        return Fix(f"Import `{rename}` as `{local}`", (edit,))
    return None
