"""XST405: ``st.form_submit_button`` outside any form."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel


class SubmitOutsideForm(Rule):
    code = "XST405"
    name = "submit-button-outside-form"
    severity = "error"
    summary = "`st.form_submit_button` at top level, outside any `st.form`, raises."
    explanation = (
        "A submit button belongs to a form; outside one Streamlit raises StreamlitAPIException. "
        "Move it into the `with st.form(...)` block, or use st.button."
    )
    example_bad = """\
        st.text_input("Name")
        st.form_submit_button("Save")
    """
    example_good = """\
        with st.form("f"):
            st.text_input("Name")
            st.form_submit_button("Save")
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for site in model.widgets:
            # Only where the active container is known: module level (functions may be
            # called inside a form).
            if (
                site.kind == "form_submit_button"
                and site.form is None
                and site.ctx.function is None
            ):
                yield self.diag(
                    model,
                    site.file,
                    site.pos,
                    "st.form_submit_button is outside any form (Streamlit raises). Move it into "
                    "the `with st.form(...)` block or use st.button",
                )
