"""XST401: a form with no submit button."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel


class FormWithoutSubmit(Rule):
    code = "XST401"
    name = "form-without-submit"
    summary = "An `st.form` without `st.form_submit_button`: its input is never sent."
    explanation = (
        "Widgets inside a form send their values only when the form's submit button is "
        "pressed. Without st.form_submit_button the form shows an error and its values never "
        "reach the script. Add a submit button inside the form."
    )
    example_bad = """\
        with st.form("f"):
            st.text_input("Name")
    """
    example_good = """\
        with st.form("f"):
            st.text_input("Name")
            st.form_submit_button("Save")
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for form in model.forms.values():
            if not form.has_submit and not form.opaque:
                name = f'"{form.key}"' if form.key else "this form"
                yield self.diag(
                    model,
                    form.file,
                    form.pos,
                    f"Form {name} has no st.form_submit_button, so its values are never sent. "
                    "Add one inside the form",
                )
